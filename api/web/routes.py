"""The browsing routes: entity pages, search, graphs, the query page and static files.

`build_router(store, settings)` is what the application factory includes. Every entity page
exists as HTML, `.json` and `.ttl` (datasette-style suffixes); search answers JSON when the
client asks for it with `Accept: application/json` or `/search.json`.
"""

from __future__ import annotations

from typing import Any

from cadregraph.api.web import entities, graph_pages, query_page
from cadregraph.api.web.ns import PAGE_KINDS, iri_for_path
from cadregraph.api.web.render import (
    STATIC,
    as_json,
    html,
    not_found,
    split_format,
    turtle,
    wants_json,
)
from cadregraph.api.web.search_index import SearchIndex
from cadregraph.api.web.sparql import raw_store
from cadregraph.api.web.vendor import vis_file
from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response


def build_router(store: Any, settings: Any = None) -> APIRouter:
    """Routes over `store` (a GraphStore or a pyoxigraph Store); `settings` is optional."""
    router = APIRouter()
    # Counting quads walks the store (a remote one over HTTP): check for writes sparingly,
    # but no less often than the server looks for new data in a store folder.
    every = 10.0 if raw_store(store) is not None else 60.0
    every = min(every, getattr(settings, "refresh_interval_s", every))
    index = SearchIndex(store, check_every=every, build_now=True)

    @router.get("/static/{name:path}", include_in_schema=False)
    def static(name: str) -> Response:
        if name.startswith("vendor/"):
            path = vis_file(name.removeprefix("vendor/"))
        else:
            candidate = (STATIC / name).resolve()
            inside = candidate.is_relative_to(STATIC.resolve())
            path = candidate if inside and candidate.is_file() else None
        if path is None:
            return not_found(f"No static file {name!r}.", "Static files live under /static/.")
        return FileResponse(path, headers={"Cache-Control": "public, max-age=3600",
                                           "X-Content-Type-Options": "nosniff"})

    def _search(request: Request, q: str, limit: int, fmt: str) -> Response:
        hits = [e.as_dict() for e in index.search(q, limit)] if q.strip() else []
        if fmt == "json" or (fmt == "html" and wants_json(request.headers.get("accept"))):
            return as_json({"query": q, "results": hits, "indexed": index.size})
        return html("search.html", title=f"Search: {q}" if q else "Search", q=q, hits=hits)

    @router.get("/search", summary="Search persons, bodies, documents and places by name")
    def search(request: Request, q: str = Query("", max_length=300),
               limit: int = Query(50, ge=1, le=500)) -> Response:
        return _search(request, q, limit, "html")

    @router.get("/search.json", include_in_schema=False)
    def search_json(request: Request, q: str = Query("", max_length=300),
                    limit: int = Query(50, ge=1, le=500)) -> Response:
        return _search(request, q, limit, "json")

    @router.get("/query", summary="SPARQL editor with worked example queries")
    async def query(request: Request, query: str = Query("", max_length=200_000),
                    example: str = Query("", max_length=100)) -> Response:
        return await query_page.respond(store, request, query, example)

    graph_pages.register(router, store)

    for kind in PAGE_KINDS:
        router.add_api_route(f"/{kind}/{{rest:path}}", _entity_handler(store, kind),
                             methods=["GET"], include_in_schema=False)
    return router


def _entity_handler(store: Any, kind: str) -> Any:
    def handler(rest: str, request: Request) -> Response:
        path, fmt = split_format(rest)
        if fmt == "html" and wants_json(request.headers.get("accept")):
            fmt = "json"
        iri = iri_for_path(kind, path)
        if iri is None:
            return not_found(f"'/{kind}/{rest}' is not a valid page address.",
                             "Addresses use letters, digits, '-', '_', '.', '~' and '/'.", fmt)
        if fmt == "ttl":
            text = entities.describe_turtle(store, iri)
            if text is None:
                return not_found(f"Nothing is known about {iri}.", "Try /search?q=…", fmt)
            return turtle(text)
        page = entities.page(store, iri)
        if page is None:
            return not_found(f"Nothing is known about {iri}.",
                             "Search by name at /search?q=… or browse from the home page.", fmt)
        template, data = page
        if fmt == "json":
            return as_json(data)
        return html(template, title=data.get("label") or iri, d=data, iri=iri)

    handler.__name__ = f"{kind}_page"
    return handler
