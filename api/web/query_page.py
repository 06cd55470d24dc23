"""The /query page: an editor prefilled with the project's prefixes and worked examples.

A submitted query runs through the SPARQL endpoint's own machinery when the application has
it (its structure guard, worker pool and timeout), so the page and /sparql behave alike;
its results come back as a table whose IRIs link to their pages, and CSV and JSON downloads
are links to /sparql itself. Reading only: pyoxigraph's `query` cannot update.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from cadregraph.api.web.ns import PREFIXES, SPARQL_PREFIXES, path_for_iri
from cadregraph.api.web.render import html
from cadregraph.api.web.sparql import raw_store
from fastapi import Request
from fastapi.responses import Response
from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Triple

EXAMPLES: list[dict[str, str]] = json.loads(
    Path(__file__).with_name("example_queries.json").read_text(encoding="utf-8"))
MAX_SHOWN = 1000  # rows drawn in the page; downloads carry everything


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


def _table(columns: list[str], rows: list[Any], started: float) -> dict[str, Any]:
    return {"columns": columns, "rows": [[cell(t) for t in row] for row in rows[:MAX_SHOWN]],
            "count": len(rows), "truncated": len(rows) > MAX_SHOWN,
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


async def _through_endpoint(request: Request, store: Any, query: str) -> dict[str, Any] | None:
    """Run with the /sparql guard, pool and timeout; None when the app has no endpoint."""
    state = request.app.state
    pool, settings = getattr(state, "pool", None), getattr(state, "settings", None)
    if pool is None or settings is None or raw_store(store) is None:
        return None
    from cadregraph.api.sparql.errors import SparqlError
    from cadregraph.api.sparql.execute import run_query
    from cadregraph.api.sparql.guard import check_query

    started = time.perf_counter()
    try:
        shape = check_query(query, settings.limits)
        options = {} if "FROM" in shape.keywords else {"use_default_graph_as_union": True}
        outcome = await pool.run(lambda deadline: run_query(
            raw_store(store), query, options, str(request.base_url) + "sparql", deadline,
            settings.result_limit), settings.query_timeout_s)
    except SparqlError as err:
        return {"error": err.message}
    if outcome.kind == "boolean":
        return {"boolean": outcome.boolean}
    if outcome.kind == "solutions":
        return _table(outcome.variables, outcome.rows, started)
    return _table(["subject", "predicate", "object"], _triples(outcome.triples), started)


async def respond(store: Any, request: Request, query: str, example: str) -> Response:
    chosen = next((e for e in EXAMPLES if e["id"] == example), None)
    text = query or (chosen["query"] if chosen else EXAMPLES[0]["query"])
    result, downloads = None, {}
    if query.strip():
        result = await _through_endpoint(request, store, query) or execute(store, query)
        downloads = {fmt: "/sparql?" + urlencode({"query": query, "format": fmt})
                     for fmt in ("csv", "json")}
    status = 400 if result and "error" in result else 200
    return html("query.html", status_code=status, title="Query", query=text,
                prefixes=SPARQL_PREFIXES, examples=EXAMPLES, example=example, result=result,
                downloads=downloads)
