"""Run one query or update against the store, inside a worker, within the server's limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from cadregraph.api.sparql.errors import SparqlError, bad_request
from cadregraph.api.sparql.pool import Deadline
from cadregraph.ontology.terms import NAMESPACES

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
# Predeclared like in `cadregraph query`, so examples work without a PREFIX block; a
# request's own PREFIX declarations take precedence.
PREFIXES = dict(NAMESPACES)


@dataclass
class Dataset:
    """The protocol's dataset parameters; empty lists mean "not given"."""

    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def given(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


@dataclass
class Outcome:
    """A fully read result: the endpoint reads everything before answering, so a limit hit
    half-way becomes a clear error status instead of a truncated 200 response."""

    kind: str  # "boolean", "solutions" or "graph"
    boolean: bool = False
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    triples: list[ox.Triple] = field(default_factory=list)


def raw_store(store: Any) -> ox.Store:
    """The pyoxigraph Store behind a cadregraph GraphStore (or a bare pyoxigraph Store)."""
    if isinstance(store, ox.Store):
        return store
    raw = getattr(store, "raw", None)
    if isinstance(raw, ox.Store):
        return raw
    raise TypeError(f"{type(store).__name__} gives no pyoxigraph Store (.raw); the SPARQL "
                    "endpoint needs an embedded store opened with "
                    "cadregraph.ingest.store.open_store")


def dataset_options(dataset: Dataset, has_from: bool) -> dict[str, Any]:
    """pyoxigraph query options for the request's dataset.

    With no dataset in the request or the query, the default graph is the union of all
    graphs, since every article lives in its own named graph. Protocol parameters override
    FROM/FROM NAMED (as the protocol requires); a query's own FROM is honoured otherwise.
    """
    if dataset.given:
        return {"default_graph": [_iri(g) for g in dataset.default_graphs],
                "named_graphs": [_iri(g) for g in dataset.named_graphs]}
    return {} if has_from else {"use_default_graph_as_union": True}


def run_query(store: ox.Store, text: str, options: dict[str, Any], base_iri: str,
              deadline: Deadline, max_rows: int) -> Outcome:
    try:
        result = store.query(text, base_iri=base_iri, prefixes=PREFIXES, **options)
    except SyntaxError as exc:
        raise bad_request(f"SPARQL syntax error: {_brief(exc)}") from None
    deadline.check()
    if isinstance(result, ox.QueryBoolean):
        return Outcome("boolean", boolean=bool(result))
    try:
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            width = range(len(variables))
            rows: list[tuple[Term | None, ...]] = []
            for solution in result:
                _step(deadline, len(rows), max_rows, "rows")
                rows.append(tuple(solution[i] for i in width))
            return Outcome("solutions", variables=variables, rows=rows)
        triples: list[ox.Triple] = []
        for triple in result:
            _step(deadline, len(triples), max_rows, "triples")
            triples.append(triple)
        return Outcome("graph", triples=triples)
    except (OSError, RuntimeError, ValueError) as exc:
        raise SparqlError(500, f"The query failed while running: {exc}") from None


def run_update(store: ox.Store, text: str, base_iri: str) -> None:
    try:
        store.update(text, base_iri=base_iri, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise bad_request(f"SPARQL Update syntax error: {_brief(exc)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise SparqlError(500, f"The update failed and nothing was written: {exc}") from None


def _step(deadline: Deadline, count: int, max_rows: int, unit: str) -> None:
    deadline.check()
    if count >= max_rows:
        raise SparqlError(500, f"The result has more than {max_rows:,} {unit}, the server's "
                          "result limit. Add a LIMIT (and OFFSET to page through it), or ask "
                          "the operator to raise it (cadregraph serve --max-rows N).",
                          limit="max-rows")


def _brief(error: Exception, limit: int = 300) -> str:
    """pyoxigraph lists every acceptable character class; the position and start suffice."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[:limit] + " …"


def _iri(value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise bad_request(f"Not an absolute IRI in a dataset parameter: {value!r}") from None
