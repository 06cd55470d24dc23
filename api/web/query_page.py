"""The /query page: an editor prefilled with the project's prefixes and worked examples.

A submitted query runs exactly where a /sparql query would (`app.state.queries`: the same
guard, timeout and row limit, in a query process that is killed when it overruns, for a
store folder served read-only), so a runaway typed here cannot hold a worker either. It
comes back as SPARQL JSON (N-Triples for CONSTRUCT/DESCRIBE) and is shown as a table whose
IRIs link to their pages; CSV and JSON downloads are links to /sparql itself. Reading only:
the endpoint's query path cannot update.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any
from urllib.parse import urlencode

from cadregraph.api.web.ns import PREFIXES, SPARQL_PREFIXES, path_for_iri
from cadregraph.api.web.questions import EXAMPLES  # ontology/questions/*.rq
from cadregraph.api.web.render import html
from cadregraph.api.web.sparql import raw_store
from fastapi import Request
from fastapi.responses import Response
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Triple,
    parse,
)

MAX_SHOWN = 1000  # rows drawn in the page; downloads carry everything
# Tables as SPARQL JSON, graphs as N-Triples: whichever the query's kind allows.
ACCEPT = "application/sparql-results+json, application/n-triples"


def cell(term: Any) -> dict[str, Any] | None:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return {"iri": term.value, "page": path_for_iri(term.value), "text": term.value}
    if isinstance(term, BlankNode):
        return {"text": f"_:{term.value}"}
    if isinstance(term, Literal):
        return {"text": term.value, "lang": term.language}
    return {"text": str(term)}


def _table(columns: list[str], rows: list[Any], started: float,
           count: int | None = None) -> dict[str, Any]:
    count = len(rows) if count is None else count
    return {"columns": columns, "rows": [[cell(t) for t in row] for row in rows[:MAX_SHOWN]],
            "count": count, "truncated": count > MAX_SHOWN,
            "ms": round(1000 * (time.perf_counter() - started), 1)}


def _triples(triples: list[Triple]) -> list[tuple[Any, Any, Any]]:
    return [(t.subject, t.predicate, t.object) for t in triples]


def execute(store: Any, query: str) -> dict[str, Any]:
    """Run a query directly (no app around it): {'columns', 'rows', …}, {'boolean'}, {'error'}."""
    started = time.perf_counter()
    raw = raw_store(store)
    try:
        if raw is not None:
            result = raw.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        else:
            result = store.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True)
        if isinstance(result, QueryBoolean | bool):
            return {"boolean": bool(result)}
        if isinstance(result, QuerySolutions):
            columns = [v.value for v in result.variables]
            rows = [tuple(s[c] for c in columns) for s in result]
            return _table(columns, rows, started)
        return _table(["subject", "predicate", "object"], _triples(list(result)), started)
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:
        return {"error": str(err)}


async def _through_endpoint(request: Request, query: str) -> dict[str, Any] | None:
    """Run as /sparql runs queries; None when the app has no endpoint (a bare router)."""
    runner = getattr(request.app.state, "queries", None)
    if runner is None:
        return None
    from cadregraph.api.sparql.errors import SparqlError
    from cadregraph.api.sparql.execute import Dataset

    started = time.perf_counter()
    base = (runner.settings.base_url or str(request.base_url).rstrip("/")) + "/sparql"
    try:
        body, content_type = await runner.answer(query, Dataset(), base, ACCEPT)
    except SparqlError as err:
        return {"error": err.message, "status": err.status}
    # Up to the row limit of rows to decode: off the event loop.
    return await asyncio.to_thread(_decode, body, content_type, started)


def _decode(body: bytes, content_type: str, started: float) -> dict[str, Any]:
    if content_type.startswith("application/n-triples"):
        quads = parse(body, format=RdfFormat.N_TRIPLES)
        return _table(["subject", "predicate", "object"],
                      [(q.subject, q.predicate, q.object) for q in quads], started)
    doc = json.loads(body)
    if "boolean" in doc:
        return {"boolean": bool(doc["boolean"])}
    columns, bindings = doc["head"]["vars"], doc["results"]["bindings"]
    rows = [tuple(_term(b.get(c)) for c in columns) for b in bindings[:MAX_SHOWN]]
    return _table(columns, rows, started, count=len(bindings))


def _term(value: dict[str, Any] | None) -> Any:
    """A SPARQL JSON term back as the pyoxigraph term `cell` renders."""
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return NamedNode(value["value"])
    if kind == "bnode":
        return BlankNode(value["value"])
    if kind == "triple":
        inner = value["value"]
        return Triple(_term(inner["subject"]), _term(inner["predicate"]),
                      _term(inner["object"]))
    if "xml:lang" in value:
        return Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:
        return Literal(value["value"], datatype=NamedNode(value["datatype"]))
    return Literal(value["value"])


async def respond(store: Any, request: Request, query: str, example: str) -> Response:
    chosen = next((e for e in EXAMPLES if e["id"] == example), None)
    text = query or (chosen["query"] if chosen else EXAMPLES[0]["query"])
    result, downloads = None, {}
    if query.strip():
        result = await _through_endpoint(request, query)
        if result is None:
            result = execute(store, query)
        downloads = {fmt: "/sparql?" + urlencode({"query": query, "format": fmt})
                     for fmt in ("csv", "json")}
    status = result.get("status", 400) if result and "error" in result else 200
    return html("query.html", status_code=status, title="Query", query=text,
                prefixes=SPARQL_PREFIXES, examples=EXAMPLES, example=example, result=result,
                downloads=downloads)
