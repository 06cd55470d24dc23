"""`EmbeddedStore`: a pyoxigraph `Store` in a folder on this machine (one writer at a time)."""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable
from pathlib import Path

from cadregraph.ingest.store.base import (
    CONTENT_HASH,
    EXTRACTOR_VERSION,
    QueryResult,
    ReadOnlyStoreError,
    Stamp,
    StoreError,
    StoreLockedError,
    diff_update,
    has_blank_node,
    in_graph,
    replace_update,
)
from pyoxigraph import NamedNode, Quad, RdfFormat, Store

# Written into the store folder while a bulk load runs (RocksDB ignores files it did not
# create). Bulk loads are not transactions: if the process dies, the next writable open
# removes the graphs listed here, so no half-loaded article survives; re-ingest restores them.
BULK_MARKER = "cadregraph-bulk-load.json"

FORMATS = {"nq": RdfFormat.N_QUADS, "nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}


def rdf_format(name: str) -> RdfFormat:
    try:
        return FORMATS[name.lower().lstrip(".")]
    except KeyError:
        raise StoreError(f"unknown dump format {name!r}; use one of: nq, trig") from None


class EmbeddedStore:
    """A store folder opened in this process; `raw` is the pyoxigraph `Store` itself."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.read_only = read_only
        self._store = self._open()
        self.recovered: list[NamedNode] = self._recover_interrupted_bulk_load()

    def _open(self) -> Store:
        if self.read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreError(
                    f"no cadregraph store in {self.path}: run 'cadregraph ingest FILE' (or "
                    "'cadregraph demo') to create one, or pass --store with the right folder")
            try:
                return Store.read_only(str(self.path))
            except OSError as error:
                raise StoreError(f"cannot open the store {self.path} read-only: {error}") from None
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            return Store(str(self.path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreLockedError(
                    f"the store {self.path} is in use: another 'cadregraph ingest' or "
                    "'cadregraph serve' (or another open handle) holds its lock. Wait for it "
                    "to finish or stop it, or pass --store with another folder; nothing was "
                    "written.") from None
            raise StoreError(f"cannot open the store {self.path}: {error}. Check that the "
                             "folder is writable and is a cadregraph store.") from None

    def _recover_interrupted_bulk_load(self) -> list[NamedNode]:
        marker = self.path / BULK_MARKER
        if not marker.exists():
            return []
        graphs = [NamedNode(iri) for iri in json.loads(marker.read_text(encoding="utf-8"))]
        if self.read_only:
            warnings.warn(f"an ingest into {self.path} was interrupted during a bulk load; "
                          f"{len(graphs)} article graphs may be incomplete. Run "
                          "'cadregraph ingest' on the same files to repair them.", stacklevel=3)
            return []
        for graph in graphs:
            self._store.remove_graph(graph)
        self._store.flush()
        marker.unlink()
        return graphs

    def bulk_load_graphs(self, graphs: list[NamedNode], quads: Iterable[Quad]) -> None:
        """Bulk-load `quads` of graphs not yet in the store, crash-safe per graph."""
        store = self._writable()
        marker = self.path / BULK_MARKER
        with open(marker, "w", encoding="utf-8") as handle:
            json.dump([g.value for g in graphs], handle)
            handle.flush()
            os.fsync(handle.fileno())
        store.bulk_extend(quads)
        store.flush()
        marker.unlink()

    @property
    def raw(self) -> Store:
        return self._store

    def _writable(self) -> Store:
        if self.read_only:
            raise ReadOnlyStoreError(f"the store {self.path} was opened read-only; "
                                     "open it without read_only to write")
        return self._store

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True) -> QueryResult:
        return self._store.query(sparql, use_default_graph_as_union=use_default_graph_as_union)

    def update(self, sparql: str) -> None:
        self._writable().update(sparql)

    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        store = self._writable()
        quads = in_graph(quads, graph)
        if not store.contains_named_graph(graph):
            # `extend` is transactional on its own and three times faster than INSERT DATA.
            store.extend(quads)
            return
        if not quads:
            store.remove_graph(graph)
            return
        old = list(store.quads_for_pattern(None, None, None, graph))
        if has_blank_node(old) or has_blank_node(quads):
            # DELETE DATA cannot name blank nodes; drop and refill instead.
            store.update(replace_update(graph, quads))
            return
        # pyoxigraph 0.5 has no explicit transaction, but one update request is one; sending
        # only the difference keeps big graphs rewritten per batch (linking) cheap, and an
        # identical graph costs no write at all.
        before, after = set(old), set(quads)
        if before != after:
            store.update(diff_update(graph, before - after, after - before))

    def graph_hash(self, graph: NamedNode) -> str | None:
        stamp = self.graph_stamp(graph)
        return stamp[0] if stamp else None

    def graph_stamp(self, graph: NamedNode) -> Stamp | None:
        for quad in self._store.quads_for_pattern(None, CONTENT_HASH, None, graph):
            for version in self._store.quads_for_pattern(quad.subject, EXTRACTOR_VERSION,
                                                         None, graph):
                return quad.object.value, version.object.value
            return quad.object.value, None
        return None

    def remove_graph(self, graph: NamedNode) -> None:
        self._writable().remove_graph(graph)

    def bulk_load(self, quads: Iterable[Quad]) -> None:
        self._writable().bulk_extend(quads)

    def count_quads(self) -> int:
        return len(self._store)

    def named_graphs(self) -> list[NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, NamedNode)]

    def dump(self, path: str | Path, format: str = "nq") -> None:
        self._store.dump(str(path), rdf_format(format))

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            self.flush()
            # RocksDB releases the folder lock when the last reference goes away.
            del self._store
            self._store = None  # type: ignore[assignment]

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EmbeddedStore({self.location!r}, read_only={self.read_only})"
