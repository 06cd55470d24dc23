"""`build_store`: articles on disk in, a queryable `Graph` out, through the ingest pipeline.

The same pipeline as `cadregraph ingest` (read → extract → link → map → write), so a notebook
built from files sees exactly the graph the CLI would have written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cadregraph.api.python.graph import Graph
from pyoxigraph import Store


def build_store(paths: Iterable[str | os.PathLike[str]], location: str | os.PathLike[str] | None
                = None, *, progress: bool = False, reorganisation: bool = True) -> Graph:
    """Ingest the articles under `paths` (.jsonl, .txt, .html files or folders) and return the
    graph. `location` is the store folder to create or update (unchanged articles are
    skipped); None builds the graph in memory, gone with the Graph. With `reorganisation`,
    the 2025 reorganisation graph is added when the store has none (as `cadregraph link`
    does; about 115,000 quads, some seconds).

    With a folder, the returned Graph holds the store open for writing: other processes
    cannot open it until `graph.close()` (or `with build_store(...) as graph:`)."""
    from cadregraph.ingest.pipeline import ingest

    sources = [Path(p) for p in paths]
    missing = [str(p) for p in sources if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such article file or folder: {', '.join(missing)}; "
                                "pass .jsonl/.txt/.html files or folders that exist")
    store = _memory_store() if location is None else _folder_store(location)
    # The bulk loader's crash marker needs a folder; an in-memory store has nothing to recover.
    summary = ingest([str(p) for p in sources], store, progress=progress,
                     bulk=location is not None)
    if reorganisation:
        _add_reorganisation(store)
    where = None if location is None else Path(location)
    return Graph(store.raw, where, owner=store, summary=summary)


def _add_reorganisation(store: Any) -> None:
    from cadregraph.ingest.link.reorg import write_reorganisation
    from cadregraph.ingest.rdf import REORGANISATION_GRAPH

    if not store.query(f"ASK {{ GRAPH {REORGANISATION_GRAPH} {{ ?s ?p ?o }} }}"):
        write_reorganisation(store)


def _folder_store(location: str | os.PathLike[str]) -> Any:
    from cadregraph.ingest.store import EmbeddedStore

    return EmbeddedStore(location)


def _memory_store() -> Any:
    from cadregraph.ingest.store import EmbeddedStore

    class MemoryStore(EmbeddedStore):
        """The embedded store's behaviour on a pyoxigraph Store that lives in memory."""

        def _open(self) -> Store:
            return Store()

    return MemoryStore("(in memory)")
