"""`open_graph`: the knowledge graph as a Python object for notebooks and scripts.

No server is involved: the store folder is opened read-only (a snapshot of it, which does not
disturb a running `cadregraph serve`; while an ingest writes, Oxigraph leaves concurrent
reading undefined, so the open is retried and then fails with a clear message), or an RDF
dump (.nq, .trig, …) is loaded into memory. Queries see the union of all named graphs, and
every prefix of the ontology is predeclared, so
`SELECT ?name WHERE { ?p a cg:Person ; schema:name ?name }` just works.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
from cadregraph.api.python.frames import solutions_frame, triples_frame
from cadregraph.api.python.ns import PREFIXES
from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, RdfFormat, Store, Variable

# Extensions of RDF dumps that open_graph loads into memory instead of opening as a store.
DUMP_FORMATS = {
    ".nq": RdfFormat.N_QUADS, ".nquads": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG,
    ".nt": RdfFormat.N_TRIPLES, ".ttl": RdfFormat.TURTLE, ".jsonld": RdfFormat.JSON_LD,
}


def iri(value: str) -> NamedNode:
    """A query binding for an IRI: `graph.query(Q, person=iri(p))`."""
    return NamedNode(value)


def _binding(value: Any) -> NamedNode | Literal:
    if isinstance(value, NamedNode | Literal):
        return value
    return Literal(value)  # str, int, float, bool, date: pyoxigraph picks the xsd type


class Graph:
    """A read-only view of a cadregraph store with pandas and networkx conveniences."""

    def __init__(self, store: Store, location: Path | None = None, *, owner: Any = None,
                 summary: Any = None) -> None:
        self.store = store
        self.location = location
        self.summary = summary  # the IngestSummary when built by build_store
        self._owner = owner  # a GraphStore whose lifetime must follow this view's

    def __repr__(self) -> str:
        where = str(self.location) if self.location else "in memory"
        return f"<cadregraph Graph {where}: {len(self)} quads>"

    def __len__(self) -> int:
        return len(self.store) if self.store is not None else 0

    def raw_query(self, sparql: str, **bindings: Any) -> Any:
        """The pyoxigraph result of a query (union default graph, ontology prefixes)."""
        if bindings:
            # A trailing VALUES block binds variables whether or not they are projected
            # (pyoxigraph's substitutions only accept projected ones); terms are serialised by
            # pyoxigraph, so a value can never break out of its quotes.
            names = " ".join(f"?{Variable(k).value}" for k in bindings)
            values = " ".join(str(_binding(v)) for v in bindings.values())
            sparql = f"{sparql}\nVALUES ({names}) {{ ({values}) }}"
        return self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)

    def query(self, sparql: str, **bindings: Any) -> pd.DataFrame | bool:
        """SELECT → DataFrame (dates as datetime64, numbers numeric, IRIs as str);
        ASK → bool; CONSTRUCT/DESCRIBE → subject/predicate/object DataFrame.
        Keyword arguments bind variables: `query(Q, person=iri(p), name="Nguyễn Văn An")`
        (the query must not end with a VALUES block of its own)."""
        results = self.raw_query(sparql, **bindings)
        if isinstance(results, QueryBoolean):
            return bool(results)
        if isinstance(results, QuerySolutions):
            return solutions_frame(results)
        return triples_frame(results)

    def table(self, name: str) -> pd.DataFrame:
        """A named table: persons, positions, bodies, events, participation, documents,
        citations, articles (one fact per row, with source article and sentence)."""
        from cadregraph.api.python.tables import table

        return table(self, name)

    def to_networkx(self, sparql_or_kind: str, **options: Any) -> nx.Graph:
        """A networkx graph: a kind (`co-attendance`, `person-body`, `body-hierarchy`,
        `reorganisation`) or a SELECT with ?source ?target [?weight] columns."""
        from cadregraph.api.python.networks import network

        return network(self, sparql_or_kind, **options)

    def close(self) -> None:
        """Release the store (for a store built by `build_store`, its folder's write lock).
        The Graph cannot be queried afterwards."""
        close = getattr(self._owner, "close", None)
        self._owner = None
        self.store = None  # type: ignore[assignment]
        if close is not None:
            close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def graphs(self) -> list[str]:
        """The named graphs (one per article, plus linking and reorganisation)."""
        return sorted(g.value for g in self.store.named_graphs())


def default_location() -> Path:
    """Where the CLI keeps the store: $CADREGRAPH_STORE, else ~/.local/share/cadregraph/store."""
    from cadregraph.ingest.store import default_location as store_default

    return Path(store_default())


def open_graph(location: str | os.PathLike[str] | Store | Any | None = None) -> Graph:
    """Open a graph for reading: a store folder (default: the CLI's store), an RDF dump file
    (.nq, .trig, .nt, .ttl, .jsonld; loaded into memory), or an open Store/GraphStore."""
    if isinstance(location, Graph):
        return location
    if location is not None and not isinstance(location, str | os.PathLike):
        raw = getattr(location, "raw", location)  # a GraphStore exposes its pyoxigraph Store
        if not isinstance(raw, Store):
            raise TypeError(f"cannot query {location!r} in process: pass a store folder, an "
                            "RDF dump file, a pyoxigraph Store or an embedded GraphStore")
        return Graph(raw, owner=location)
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        raise ValueError(f"{location} is a SPARQL server: the Python API reads a store folder or "
                         "an RDF dump in this process. Dump the server's dataset (e.g. "
                         "`oxigraph dump --location DIR --file graph.nq`) and open that file")
    path = Path(location) if location is not None else default_location()
    if path.is_file():
        fmt = DUMP_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(f"{path}: not an RDF dump this API reads; use one of "
                             f"{', '.join(sorted(DUMP_FORMATS))} or a store folder")
        store = Store()
        store.bulk_load(path=str(path), format=fmt)
        return Graph(store, path)
    if not path.is_dir() or not (path / "CURRENT").exists():
        if path.is_dir() and any(path.iterdir()):
            raise OSError(f"{path} is not a cadregraph store (no Oxigraph files in it); point "
                          "open_graph at the folder `cadregraph ingest --store` wrote")
        raise FileNotFoundError(
            f"no cadregraph store at {path}. Build one with `cadregraph ingest FILES --store "
            f"{path}` or, from Python, `build_store(['articles.jsonl'], '{path}')`.")
    return Graph(_read_only(path), path)


def _read_only(path: Path, attempts: int = 3) -> Store:
    # A read-only open takes a snapshot of the folder's file list; a writer in another process
    # (ingest, serve) may compact files away meanwhile, which fails the open. Retrying takes
    # a fresh snapshot.
    for attempt in range(attempts):
        try:
            return Store.read_only(str(path))
        except (OSError, RuntimeError) as error:
            if attempt + 1 < attempts and "No such file" in str(error):
                time.sleep(0.2 * (attempt + 1))
                continue
            if "No such file" in str(error):
                raise OSError(f"{path} changed while being opened: another process is writing "
                              f"to it ({error}). Retry when the ingest has finished, or open "
                              "an export (`cadregraph export --format nquads`)") from error
            raise OSError(f"{path} is not a readable cadregraph store ({error}); point "
                          "open_graph at the folder `cadregraph ingest --store` wrote") from error
    raise AssertionError("unreachable")
