"""What every graph store offers (`GraphStore`), its errors, and the SPARQL text both use.

Two implementations: `EmbeddedStore` (a pyoxigraph `Store` folder on this machine) and
`RemoteStore` (a standalone SPARQL 1.1 server such as `oxigraph serve`). Callers see the same
pyoxigraph result types from both, so pages, the CLI and tests never care which one they got.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, runtime_checkable

from cadregraph.ontology.terms import CG
from pyoxigraph import BlankNode, NamedNode, Quad, QueryBoolean, QuerySolutions, QueryTriples, Store

QueryResult = QuerySolutions | QueryTriples | QueryBoolean | bool

# The article node's content hash and extractor version let ingest skip unchanged articles.
CONTENT_HASH = CG.contentHash
EXTRACTOR_VERSION = CG.extractorVersion
# (content hash, extractor version or None for graphs written before versions were stored)
Stamp = tuple[str, str | None]


class StoreError(RuntimeError):
    """A store problem the user can act on; the message says what to do."""


class StoreLockedError(StoreError):
    """Another process holds the store folder open for writing."""


class ReadOnlyStoreError(StoreError):
    """A write was attempted on a store opened read-only."""


@runtime_checkable
class GraphStore(Protocol):
    """The store interface the pipeline, the CLI and the web API use."""

    location: str
    read_only: bool

    @property
    def raw(self) -> Store | None:
        """The pyoxigraph `Store` when embedded (for fast in-process queries), else None."""

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True) -> QueryResult:
        """Run SELECT/ASK/CONSTRUCT/DESCRIBE; by default the default graph is the union."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update in one transaction."""

    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Atomically drop every quad of `graph` and add `quads` (placed in `graph`)."""

    def graph_hash(self, graph: NamedNode) -> str | None:
        """The `cg:contentHash` stored in `graph`, or None when the graph is absent."""

    def graph_stamp(self, graph: NamedNode) -> Stamp | None:
        """`cg:contentHash` and `cg:extractorVersion` stored in `graph`, or None when the
        graph is absent."""

    def remove_graph(self, graph: NamedNode) -> None:
        """Delete `graph` and all its quads."""

    def bulk_load(self, quads: Iterable[Quad]) -> None:
        """Load many quads fast, without a transaction (for fresh stores and big batches)."""

    def count_quads(self) -> int:
        """Quads in the whole dataset (default graph and named graphs)."""

    def named_graphs(self) -> list[NamedNode]:
        """All named graphs."""

    def dump(self, path: str | Path, format: str = "nq") -> None:
        """Write the whole dataset to `path` (format: nq or trig)."""

    def close(self) -> None:
        """Flush and release the store (the folder lock, for the embedded store)."""


def in_graph(quads: Iterable[Quad], graph: NamedNode) -> list[Quad]:
    """`quads` with their graph set to `graph` (mappers may leave it on the default graph)."""
    return [q if q.graph_name == graph else Quad(q.subject, q.predicate, q.object, graph)
            for q in quads]


def replace_update(graph: NamedNode, quads: Iterable[Quad]) -> str:
    """One SPARQL update that drops `graph` and inserts `quads`: one request, one transaction.

    N-Triples term syntax is valid SPARQL term syntax, so `str(term)` is safe to splice.
    """
    triples = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{ {triples} }} }}"


def diff_update(graph: NamedNode, removed: Iterable[Quad], added: Iterable[Quad]) -> str:
    """One update that deletes `removed` and inserts `added` in `graph` (no blank nodes)."""
    parts = []
    if gone := " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in removed):
        parts.append(f"DELETE DATA {{ GRAPH {graph} {{ {gone} }} }}")
    if new := " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in added):
        parts.append(f"INSERT DATA {{ GRAPH {graph} {{ {new} }} }}")
    return " ;\n".join(parts)


def has_blank_node(quads: Iterable[Quad]) -> bool:
    return any(isinstance(q.subject, BlankNode) or isinstance(q.object, BlankNode)
               for q in quads)


def first_hash_query(graph: NamedNode) -> str:
    return (f"SELECT ?h ?v WHERE {{ GRAPH {graph} {{ ?article {CONTENT_HASH} ?h "
            f"OPTIONAL {{ ?article {EXTRACTOR_VERSION} ?v }} }} }} LIMIT 1")
