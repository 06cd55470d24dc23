"""The graph store: an embedded Oxigraph folder, or a SPARQL 1.1 server behind a URL.

    store = open_store()                          # $CADREGRAPH_STORE or the default folder
    store = open_store("http://127.0.0.1:7878")   # an `oxigraph serve` process
"""

from __future__ import annotations

import os
from pathlib import Path

from cadregraph.ingest.store.base import (
    CONTENT_HASH,
    EXTRACTOR_VERSION,
    GraphStore,
    QueryResult,
    ReadOnlyStoreError,
    StoreError,
    StoreLockedError,
)
from cadregraph.ingest.store.embedded import EmbeddedStore
from cadregraph.ingest.store.remote import RemoteStore

__all__ = [
    "CONTENT_HASH",
    "EXTRACTOR_VERSION",
    "EmbeddedStore",
    "GraphStore",
    "QueryResult",
    "ReadOnlyStoreError",
    "RemoteStore",
    "StoreError",
    "StoreLockedError",
    "default_location",
    "is_remote",
    "open_store",
]


def default_location() -> Path:
    """$CADREGRAPH_STORE, else $XDG_DATA_HOME/cadregraph/store (~/.local/share/…)."""
    if configured := os.environ.get("CADREGRAPH_STORE"):
        return Path(configured).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home).expanduser() / "cadregraph" / "store"


def is_remote(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the store at `location` (a folder, or an http(s) URL of a SPARQL server).

    Raises `StoreLockedError` when another process holds the folder, `StoreError` (with what
    to do) for other problems.
    """
    if location is None or location == "":
        location = os.environ.get("CADREGRAPH_STORE") or default_location()
    if is_remote(location):
        return RemoteStore(str(location), read_only=read_only)
    return EmbeddedStore(location, read_only=read_only)
