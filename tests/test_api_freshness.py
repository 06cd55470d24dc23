"""A server on a store folder (read-only) sees what another process ingests, without a
restart: the endpoint (query processes and threads), the query page, the landing counts,
entity pages and search all follow, and the server never takes the folder's write lock."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from cadregraph.api.snapshot import SnapshotStore, folder_signature
from cadregraph.api.web.index_queries import load_entries
from cadregraph.api.web.ns import path_for_iri
from cadregraph.ingest.store import open_store
from cadregraph.ingest.store.embedded import BULK_MARKER
from fastapi.testclient import TestClient
from ingest_inputs import example_articles, write_jsonl

EX = "http://example.org/"
SEED = ox.Quad(ox.NamedNode(f"{EX}seed"), ox.NamedNode(f"{EX}p"), ox.Literal("0"),
               ox.NamedNode(f"{EX}g"))
LATER = ox.Quad(ox.NamedNode(f"{EX}later"), ox.NamedNode(f"{EX}p"), ox.Literal("1"),
                ox.NamedNode(f"{EX}g"))
HAS_LATER = f"ASK {{ <{EX}later> ?p ?o }}"


def _seeded(folder: Path) -> Path:
    with open_store(folder) as store:
        store.raw.add(SEED)
    return folder


def _ask(client: TestClient, query: str) -> bool:
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    return bool(response.json()["boolean"])


def _wait_for(condition, what: str, limit_s: float = 60.0) -> None:
    give_up = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < give_up, f"gave up waiting for {what}"
        time.sleep(0.1)


def test_article_ingested_by_another_process_appears_without_restart(tmp_path):
    folder = _seeded(tmp_path / "store")
    article = example_articles()[1]
    has_article = f'ASK {{ ?a a schema:NewsArticle ; cg:articleId "{article["id"]}" }}'
    settings = Settings(store_location=folder, refresh_interval_s=0, query_workers=1)
    app = create_app(settings)
    with TestClient(app) as client:
        assert client.get("/health").json()["isolated_queries"] is True
        assert _ask(client, has_article) is False
        assert "<strong>0</strong> articles" in client.get("/").text

        # The real CLI, in its own process: it must get the write lock the server left free.
        done = subprocess.run(
            [sys.executable, "-m", "cadregraph.api.cli.main", "ingest",
             str(write_jsonl(tmp_path / "one.jsonl", [article])), "--store", str(folder),
             "--quiet", "--json"], capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["ingested"] == 1, done.stdout

        assert _ask(client, has_article) is True  # answered by a query process
        snapshot = client.get("/health").json()["snapshot"]
        assert snapshot["generation"] >= 1 and snapshot["last_error"] is None
        assert "<strong>1</strong> articles" in client.get("/").text

        iri = next(iter(app.state.store.raw.query(
            f'SELECT ?a WHERE {{ ?a cg:articleId "{article["id"]}" }}',
            prefixes={"cg": "https://w3id.org/cadregraph/ontology#"},
            use_default_graph_as_union=True)))["a"].value
        page = client.get("/query", params={
            "query": "SELECT ?a WHERE { ?a a schema:NewsArticle }"})
        assert page.status_code == 200 and f'href="{path_for_iri(iri)}"' in page.text
        assert client.get(path_for_iri(iri), headers={"Accept": "text/html"}).status_code == 200

        # Search rebuilds its index in the background once it sees the new quad count.
        with open_store(folder, read_only=True) as fresh:
            entries = list(load_entries(fresh))
        assert entries, "the ingested article gave nothing searchable"
        wanted, _, label, _, _ = entries[0]

        def found() -> bool:
            hits = client.get("/search.json", params={"q": label, "limit": 500}).json()
            return wanted in {hit["iri"] for hit in hits["results"]}

        _wait_for(found, f"search to find {label!r}")


def test_the_check_interval_is_honoured_and_threads_follow_too(tmp_path):
    folder = _seeded(tmp_path / "store")
    app = create_app(Settings(store_location=folder, refresh_interval_s=3600,
                              isolate_queries=False, query_workers=1))
    with TestClient(app) as client:
        assert client.get("/health").json()["isolated_queries"] is False
        assert _ask(client, HAS_LATER) is False
        with open_store(folder) as writer:  # in-process writer: the lock is free
            writer.raw.add(LATER)
        assert _ask(client, HAS_LATER) is False  # within the interval: still the snapshot
        app.state.store.interval_s = 0
        assert _ask(client, HAS_LATER) is True
        assert app.state.store.generation == 1


def test_an_unchanged_folder_is_not_reopened_and_a_bulk_load_is_waited_for(tmp_path):
    folder = _seeded(tmp_path / "store")
    snapshot = SnapshotStore(folder, interval_s=0)
    assert snapshot.refresh() is False and snapshot.generation == 0
    with open_store(folder) as writer:
        writer.raw.add(LATER)
    marker = folder / BULK_MARKER
    marker.write_text("[]", encoding="utf-8")  # what an ingest's bulk load leaves meanwhile
    assert folder_signature(folder) is None
    assert snapshot.refresh() is False and LATER not in snapshot.raw
    marker.unlink()
    assert snapshot.refresh() is True and LATER in snapshot.raw
    assert snapshot.generation == 1
    assert snapshot.refresh() is False and snapshot.generation == 1
    snapshot.close()


def test_signature_ignores_the_info_log_but_not_data(tmp_path):
    folder = _seeded(tmp_path / "store")
    before = folder_signature(folder)
    assert before and all(not name.startswith(("LOG", "LOCK")) for name, _, _ in before)
    (folder / "LOG").write_text("a writer opened the folder\n", encoding="utf-8")
    assert folder_signature(folder) == before
    with open_store(folder) as writer:
        writer.raw.add(LATER)
    assert folder_signature(folder) != before


def test_a_folder_served_with_updates_is_not_a_snapshot(tmp_path):
    folder = _seeded(tmp_path / "store")
    app = create_app(Settings(store_location=folder, allow_update=True, update_token="t",
                              query_workers=1))
    with TestClient(app) as client:
        assert not isinstance(app.state.store, SnapshotStore)
        assert client.get("/health").json()["snapshot"] is None


@pytest.mark.parametrize("bad", [-1.0, -0.001])
def test_negative_interval_is_refused(bad):
    with pytest.raises(ValueError, match="refresh_interval_s"):
        Settings(refresh_interval_s=bad)
