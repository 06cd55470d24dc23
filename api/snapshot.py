"""A store folder served read-only that follows what other processes write into it.

`Store.read_only` opens a snapshot: articles a `cadregraph ingest` adds afterwards stay
invisible to it. Reopening costs 20 ms–0.5 s (more with a long write-ahead log), so the
server does not reopen per request: at most once every `interval_s` seconds, a request
compares the folder's data files (names, sizes, mtimes: one `scandir`, ~40 µs for a
store folder) with those seen at the last open, and reopens only when they moved. The
server never takes the folder's write lock, so ingestion keeps running beside it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from cadregraph.ingest.store import EmbeddedStore
from cadregraph.ingest.store.embedded import BULK_MARKER

LOG = logging.getLogger("cadregraph.store")
# RocksDB's info log and lock file change when a writer merely opens the folder.
NOT_DATA = ("LOG", "LOCK")
Signature = tuple[tuple[str, int, int], ...]


def folder_signature(path: Path) -> Signature | None:
    """The data files of the store folder as (name, size, mtime); None while an ingest is
    bulk loading (its articles are half written until it ends) or the folder is unreadable."""
    files = []
    try:
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.name == BULK_MARKER:
                    return None
                if entry.name.startswith(NOT_DATA) or not entry.is_file():
                    continue
                stat = entry.stat()
                files.append((entry.name, stat.st_size, stat.st_mtime_ns))
    except OSError:
        return None
    return tuple(sorted(files))


class SnapshotStore:
    """A GraphStore over a read-only snapshot of `path` that `refresh()` replaces when the
    folder changed; `generation` counts the reopenings. Everything else is delegated to the
    current `EmbeddedStore`, so pages and the endpoint use it like any other store, as long
    as they ask for `.raw` per request instead of keeping it."""

    def __init__(self, path: str | Path, interval_s: float = 5.0) -> None:
        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.read_only = True
        self.interval_s = interval_s
        self.generation = 0
        self.last_error: str | None = None
        self._signature = folder_signature(self.path)  # before opening: never newer than it
        self._inner = EmbeddedStore(self.path, read_only=True)
        self._checked_at = time.monotonic()
        self._lock = threading.Lock()
        self._listeners: list[Callable[[int], None]] = []

    @property
    def raw(self) -> ox.Store:
        return self._inner.raw

    def __getattr__(self, name: str) -> Any:
        if name == "_inner":  # not set yet: the constructor failed
            raise AttributeError(name)
        return getattr(self._inner, name)

    def on_reopen(self, listener: Callable[[int], None]) -> None:
        """Call `listener(generation)` after each reopening (e.g. to tell query processes)."""
        self._listeners.append(listener)

    def due(self) -> bool:
        return time.monotonic() - self._checked_at >= self.interval_s

    def refresh(self) -> bool:
        """Reopen the snapshot if the folder changed since the last one; True if it did.

        Never raises: a folder caught mid-write (a compaction removing files, say) keeps
        the previous snapshot answering, and the next check tries again."""
        if not self._lock.acquire(blocking=False):
            return False  # another request is checking; this one keeps the current snapshot
        try:
            if not self.due():
                return False
            self._checked_at = time.monotonic()
            signature = folder_signature(self.path)
            if signature is None or signature == self._signature:
                return False
            try:
                fresh = EmbeddedStore(self.path, read_only=True)
            except Exception as error:  # noqa: BLE001 - any failure keeps the old snapshot
                self.last_error = str(error)
                LOG.warning("kept the previous snapshot of %s: %s", self.path, error)
                return False
            # Requests still running on the old snapshot hold their own reference to it.
            self._inner, self._signature = fresh, signature
            self.generation += 1
            self.last_error = None
            generation = self.generation
        finally:
            self._lock.release()
        LOG.info("reopened %s: new data (snapshot %d)", self.path, generation)
        for listener in self._listeners:
            listener(generation)
        return True

    def close(self) -> None:
        self._inner.close()

    def __repr__(self) -> str:
        return f"SnapshotStore({self.location!r}, generation={self.generation})"


class FollowWrites:
    """ASGI middleware: before a request, reopen the snapshot if its check is due. The
    request that finds new data waits for the reopening (off the event loop), so what it
    answers includes that data; concurrent requests keep the previous snapshot meanwhile."""

    def __init__(self, app: Any, snapshot: SnapshotStore) -> None:
        self.app, self.snapshot = app, snapshot

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and self.snapshot.due():
            await asyncio.to_thread(self.snapshot.refresh)
        await self.app(scope, receive, send)
