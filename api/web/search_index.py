"""An in-memory index from folded name tokens to entities, rebuilt when the store changes.

A SPARQL `FILTER(CONTAINS(LCASE(?name), …))` scans every name and knows no accent folding;
this index answers "dang thi hoa ray", "Đặng Thị Hoà Rây" or "hoa ray" with set
intersections. It is keyed on the store's quad count: a search after a write triggers a
rebuild in the background while the previous index keeps answering (the count itself is
taken in the background too: it walks the store).
"""

from __future__ import annotations

import bisect
import threading
import time
from dataclasses import dataclass
from typing import Any

from cadregraph.api.web.fold import fold, tokens
from cadregraph.api.web.index_queries import load_entries
from cadregraph.api.web.ns import path_for_iri
from cadregraph.api.web.sparql import quad_count

# Lower sorts first: canonical persons before bare mentions.
KIND_RANK = {"person": 0, "body": 1, "document": 2, "place": 3, "mention": 4}


@dataclass(frozen=True)
class Entry:
    iri: str
    kind: str
    label: str
    detail: str
    folded: str

    def as_dict(self) -> dict[str, Any]:
        return {"iri": self.iri, "kind": self.kind, "label": self.label,
                "detail": self.detail, "page": path_for_iri(self.iri)}


class _Index:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.postings: dict[str, list[int]] = {}
        for i, entry in enumerate(entries):
            for tok in set(entry.folded.split()):
                self.postings.setdefault(tok, []).append(i)
        self.vocabulary = sorted(self.postings)

    def _ids(self, tok: str, prefix: bool) -> set[int]:
        if not prefix:
            return set(self.postings.get(tok, ()))
        found: set[int] = set()
        start = bisect.bisect_left(self.vocabulary, tok)
        for word in self.vocabulary[start:start + 200]:  # a short prefix stays bounded
            if not word.startswith(tok):
                break
            found.update(self.postings[word])
        return found

    def search(self, query: str, limit: int) -> list[Entry]:
        toks = tokens(query)
        if not toks:
            return []
        ordered = sorted(range(len(toks)), key=lambda i: len(self.postings.get(toks[i], ())))
        hits: set[int] | None = None
        for i in ordered:
            ids = self._ids(toks[i], prefix=(i == len(toks) - 1))
            hits = ids if hits is None else hits & ids
            if not hits:
                return []
        phrase = " ".join(toks)

        def rank(i: int) -> tuple[int, int, int, str]:
            e = self.entries[i]
            exact = 0 if e.folded == phrase else 1 if phrase in e.folded else 2
            return (exact, KIND_RANK.get(e.kind, 9), len(e.folded), e.label)

        return [self.entries[i] for i in sorted(hits or (), key=rank)[:limit]]


class SearchIndex:
    """Search over one store; `search()` is safe to call from many request threads."""

    def __init__(self, store: Any, check_every: float = 2.0, build_now: bool = False) -> None:
        self._store = store
        self._check_every = check_every
        self._index: _Index | None = None
        self._built_for = -1
        self._checked_at = 0.0
        self._lock = threading.Lock()
        self._rebuilding = False
        self._worker: threading.Thread | None = None
        if build_now:  # at startup, in the background: a big store takes seconds to read
            self._worker = threading.Thread(target=self.refresh, kwargs={"force": True},
                                            daemon=True)
            self._worker.start()

    def _count(self) -> int:
        return quad_count(self._store)

    def _build(self, count: int) -> None:
        entries = [Entry(iri, kind, label, detail, " ".join(tokens(label + " " + extra)))
                   for iri, kind, label, detail, extra in load_entries(self._store)]
        self._index, self._built_for = _Index(entries), count

    def refresh(self, force: bool = False) -> None:
        """Build now if there is no index (or `force`); else, at most every `check_every`
        seconds, compare the quad count in the background and rebuild there when it moved.
        Requests never wait for a count or a rebuild once a first index exists."""
        if self._index is None or force:
            with self._lock:  # a request arriving during the startup build waits for it
                if self._index is None or force:
                    self._build(self._count())
            return
        now = time.monotonic()
        if now - self._checked_at < self._check_every:
            return
        with self._lock:
            if self._rebuilding:
                return
            self._rebuilding, self._checked_at = True, now

        def work() -> None:
            try:
                count = self._count()
                if count != self._built_for:
                    self._build(count)
            finally:
                self._rebuilding = False

        self._worker = threading.Thread(target=work, daemon=True)
        self._worker.start()

    def wait(self, timeout: float = 60.0) -> None:
        """Block until a background rebuild (if any) has finished."""
        if self._worker is not None:
            self._worker.join(timeout)

    def search(self, query: str, limit: int = 50) -> list[Entry]:
        self.refresh()
        assert self._index is not None
        return self._index.search(query, limit)

    @property
    def size(self) -> int:
        return len(self._index.entries) if self._index else 0


__all__ = ["Entry", "SearchIndex", "fold"]
