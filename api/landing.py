"""The landing page `/` (what the graph holds, where to go next) and the ontology:
`/ontology` is its documentation page (Turtle for clients that ask for text/turtle),
`/ontology.ttl` the Turtle source."""

from __future__ import annotations

import asyncio
import functools
import html
import threading
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
    cache: dict[str, Any] = {"at": -CACHE_SECONDS, "counts": None, "generation": 0}
    # Rendered once per process, started now so the first visitor does not wait for it.
    threading.Thread(target=ontology_page, name="ontology-docs", daemon=True).start()

    @router.get("/", response_class=HTMLResponse, summary="Landing page")
    async def landing(request: Request) -> HTMLResponse:
        generation = getattr(store, "generation", 0)  # a reopened snapshot: count again
        if (time.monotonic() - cache["at"] >= CACHE_SECONDS
                or generation != cache["generation"]):
            try:
                cache["counts"] = await pool.run(lambda _d: count_entities(store),
                                                 settings.query_timeout_s)
            except SparqlError:
                cache["counts"] = None
            cache["at"], cache["generation"] = time.monotonic(), generation
        base = settings.base_url or str(request.base_url).rstrip("/")
        return HTMLResponse(render(settings, cache["counts"], base))

    @router.get("/ontology", summary="The cadregraph ontology: documentation, or Turtle "
                "with 'Accept: text/turtle'")
    async def ontology(request: Request) -> Response:
        headers = {"Vary": "Accept"}
        if wants_turtle(request.headers.get("accept")):
            return Response(ontology_turtle(), media_type=TURTLE, headers=headers)
        page = await asyncio.to_thread(ontology_page)  # at once unless still rendering
        return HTMLResponse(page, headers=headers)

    @router.get("/ontology.ttl", summary="The cadregraph ontology (Turtle source)")
    async def ontology_ttl(request: Request) -> Response:
        # Browsers download text/turtle; show them the same text inline instead.
        accept = request.headers.get("accept") or ""
        browser = "text/html" in accept and not wants_turtle(accept)
        return Response(ontology_turtle(),
                        media_type="text/plain; charset=utf-8" if browser else TURTLE)

    return router


TURTLE = "text/turtle; charset=utf-8"
TURTLE_TYPES = ("text/turtle", "application/x-turtle")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def wants_turtle(accept: str | None) -> bool:
    """True when the Accept header prefers Turtle to HTML; browsers and '*/*' get HTML."""
    best = {"turtle": 0.0, "html": 0.0}
    for part in (accept or "").split(","):
        media, *params = (p.strip().lower() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        kind = "turtle" if media in TURTLE_TYPES else "html" if media in HTML_TYPES else None
        if kind:
            best[kind] = max(best[kind], quality)
    return best["turtle"] > 0 and best["turtle"] >= best["html"]


def ontology_turtle() -> bytes:
    return _ontology_source().read_bytes()


@functools.cache
def ontology_page() -> str:
    """The HTML documentation generated from the .ttl (its source link: /ontology.ttl)."""
    from cadregraph.ontology.docs import render_html

    return render_html(_ontology_source(), source_href="/ontology.ttl")


def _ontology_source() -> Path:
    import cadregraph.ontology

    return Path(cadregraph.ontology.__file__).parent / "cadregraph.ttl"


def _examples() -> list[dict[str, str]]:
    from cadregraph.api.web.questions import EXAMPLES  # the query page's own list

    return EXAMPLES


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
<li><a href="/ontology">Ontology</a>: the classes and properties the graph uses, and
its vocabularies (<a href="/ontology.ttl">Turtle</a>)</li>
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
