"""The landing page `/`: what the graph holds, and where to go next."""

from __future__ import annotations

import html
import json
import time
from pathlib import Path
from typing import Any

from cadregraph.api.settings import Settings
from cadregraph.api.sparql.errors import SparqlError
from cadregraph.api.sparql.execute import raw_store
from cadregraph.api.sparql.pool import WorkerPool
from cadregraph.ontology.terms import CG, NAMESPACES, ORG, SCHEMA
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

COUNTED = [("articles", SCHEMA.NewsArticle), ("persons", CG.Person),
           ("bodies", ORG.Organization), ("events", SCHEMA.Event),
           ("documents", CG.Document)]
EXAMPLES = Path(__file__).parent / "web" / "example_queries.json"
CACHE_SECONDS = 60.0  # counts are aggregates: seconds each on millions of quads


def count_entities(store: Any) -> dict[str, int]:
    raw = raw_store(store)
    counts = {}
    for label, cls in COUNTED:
        rows = list(raw.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}",
                              use_default_graph_as_union=True))
        counts[label] = int(rows[0][0].value) if rows and rows[0][0] is not None else 0
    return counts


def build_landing_router(store: Any, settings: Settings, pool: WorkerPool) -> APIRouter:
    router = APIRouter()
    cache: dict[str, Any] = {"at": -CACHE_SECONDS, "counts": None}

    @router.get("/", response_class=HTMLResponse, summary="Landing page")
    async def landing(request: Request) -> HTMLResponse:
        if time.monotonic() - cache["at"] >= CACHE_SECONDS:
            try:
                cache["counts"] = await pool.run(lambda _d: count_entities(store),
                                                 settings.query_timeout_s)
            except SparqlError:
                cache["counts"] = None
            cache["at"] = time.monotonic()
        base = settings.base_url or str(request.base_url).rstrip("/")
        return HTMLResponse(render(settings, cache["counts"], base))

    @router.get("/ontology", summary="The cadregraph ontology (Turtle)")
    async def ontology(request: Request) -> Response:
        # Browsers download text/turtle; show them the same text inline instead.
        browser = "text/html" in request.headers.get("accept", "")
        return Response(_ontology_text(), media_type="text/plain; charset=utf-8" if browser
                        else "text/turtle; charset=utf-8")

    return router


def _ontology_text() -> bytes:
    import cadregraph.ontology

    folder = Path(cadregraph.ontology.__file__).parent
    return (folder / "cadregraph.ttl").read_bytes()


def _examples() -> list[dict[str, str]]:
    try:
        return json.loads(EXAMPLES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def render(settings: Settings, counts: dict[str, int] | None, base: str = "") -> str:
    esc = html.escape
    if counts is None:
        figures = "<p>Counting took longer than the query timeout; try again shortly.</p>"
    else:
        figures = "<ul class=counts>" + "".join(
            f"<li><strong>{n:,}</strong> {esc(label)}</li>" for label, n in counts.items()
        ) + "</ul>"
    examples = "".join(
        f'<li><a href="/query?example={esc(e["id"])}">{esc(e["title"])}</a></li>'
        for e in _examples() if "id" in e and "title" in e)
    updates = ("accepts SPARQL Update with the server's bearer token" if settings.allow_update
               else "is read-only")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(settings.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;
line-height:1.5}} .counts{{display:flex;gap:1.5rem;list-style:none;padding:0;flex-wrap:wrap}}
.counts strong{{font-size:1.6rem;display:block}} code{{background:#f3f3f3;padding:0 .2rem}}</style>
</head><body>
<h1>{esc(settings.title)}</h1>
<p>Officials, posts, party committees, People's Councils and Committees, meetings and
documents from Vietnamese local news, each fact with the sentence it came from.</p>
{figures}
<h2>Explore</h2>
<ul>
<li><a href="/search">Search</a> persons, bodies, documents and places (accents optional)</li>
<li><a href="/query">Query editor</a> with worked examples</li>
<li><a href="/ontology">Ontology</a>: the terms the graph uses</li>
<li><a href="/docs">API documentation</a></li>
</ul>
<h2>Example queries</h2><ul>{examples or "<li>(none bundled)</li>"}</ul>
<h2>SPARQL endpoint</h2>
<p><a href="/sparql"><code>/sparql</code></a> speaks the SPARQL 1.1 Protocol and {updates};
the default graph is the union of all article graphs. Queries stop after
{settings.query_timeout_s:g} s or {settings.result_limit:,} rows. The prefixes
{esc(", ".join(p + ":" for p in NAMESPACES))} are predeclared.
For example:</p>
<pre>curl -H 'Accept: text/csv' --data-urlencode \\
  'query=SELECT ?name WHERE {{ ?p a cg:Person ; schema:name ?name }} LIMIT 10' \\
  {esc(base)}/sparql</pre>
</body></html>
"""
