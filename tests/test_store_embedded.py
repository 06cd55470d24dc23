"""The embedded store's own promises: locations, the folder lock, read-only snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from cadregraph.ingest.store import (
    CONTENT_HASH,
    EmbeddedStore,
    ReadOnlyStoreError,
    RemoteStore,
    StoreError,
    StoreLockedError,
    default_location,
    open_store,
)
from pyoxigraph import Literal, NamedNode, Quad

GRAPH = NamedNode("https://w3id.org/cadregraph/id/graph/article/t1")
QUAD = Quad(NamedNode("https://w3id.org/cadregraph/id/article/t1"), CONTENT_HASH,
            Literal("h1"), GRAPH)


def test_default_location_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv("CADREGRAPH_STORE", str(tmp_path / "mine"))
    assert default_location() == tmp_path / "mine"
    monkeypatch.delenv("CADREGRAPH_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_location() == tmp_path / "data" / "cadregraph" / "store"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_location() == Path.home() / ".local" / "share" / "cadregraph" / "store"


def test_open_store_picks_the_implementation(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    assert isinstance(open_store("http://127.0.0.1:7878/query"), RemoteStore)
    assert open_store("http://127.0.0.1:7878/query").location == "http://127.0.0.1:7878"
    monkeypatch.setenv("CADREGRAPH_STORE", str(tmp_path / "env"))
    store = open_store()
    assert isinstance(store, EmbeddedStore) and store.path == tmp_path / "env"
    store.close()


def test_second_writer_gets_a_clear_lock_error(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    with pytest.raises(StoreLockedError, match=str(tmp_path)) as error:
        open_store(tmp_path)
    assert "--store" in str(error.value)
    first.close()
    open_store(tmp_path).close()  # the lock is released on close


def test_read_only_sees_committed_data_and_refuses_writes(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.replace_graph(GRAPH, [QUAD])
    reader = open_store(tmp_path, read_only=True)
    assert reader.graph_hash(GRAPH) == "h1"
    with pytest.raises(ReadOnlyStoreError):
        reader.replace_graph(GRAPH, [QUAD])


def test_read_only_of_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cadregraph ingest"):
        open_store(tmp_path / "nothing", read_only=True)


def test_unreachable_server_says_what_to_do() -> None:
    with pytest.raises(StoreError, match="oxigraph serve"):
        open_store("http://127.0.0.1:9").count_quads()
