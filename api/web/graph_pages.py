"""Routes for /graph/...: ego networks, co-attendance, hierarchy of bodies (HTML or .json).

The page carries the node/edge lists in a JSON data block and draws them with the
vis-network copy bundled in pyvis, served from /static/vendor: no CDN, no inline script.
Whole-store networks are cached per store size, so a repeated view costs no aggregate query.
"""

from __future__ import annotations

from typing import Any

from cadregraph.api.web import graphs
from cadregraph.api.web.graph_render import prune, to_vis
from cadregraph.api.web.ns import CG, PREFIXES, iri_for_path
from cadregraph.api.web.render import as_json, html, not_found, split_format, wants_json
from cadregraph.api.web.sparql import quad_count, select
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

TYPES = "SELECT ?subject ?t WHERE { ?subject a ?t }"


def _years(start: int | None, end: int | None) -> tuple[int | None, int | None]:
    if start is not None and end is not None and start > end:
        start, end = end, start
    return start, end


def _respond(request: Request, fmt: str, title: str, data: dict[str, Any],
             params: dict[str, Any]) -> Response:
    if fmt == "json" or (fmt == "html" and wants_json(request.headers.get("accept"))):
        return as_json(data)
    return html("graph.html", title=title, graph=data, params=params)


def register(router: APIRouter, store: Any) -> None:
    cache: dict[tuple[Any, ...], dict[str, Any]] = {}

    def cached(key: tuple[Any, ...], build: Any) -> dict[str, Any]:
        key = (quad_count(store), *key)
        if key not in cache:
            if len(cache) > 32:
                cache.clear()
            cache[key] = build()
        return cache[key]

    @router.get("/graph", summary="The graphs on offer")
    def graph_index() -> Response:
        return html("graph_index.html", title="Graphs")

    @router.get("/graph/coattendance{suffix:path}", summary="Who attended events together")
    def coattendance(request: Request, suffix: str = "",
                     start: int | None = Query(None, alias="from"),
                     end: int | None = Query(None, alias="to"),
                     min_events: int = Query(2, alias="min", ge=1, le=1000),
                     max_nodes: int = Query(400, ge=2, le=5000)) -> Response:
        _, fmt = split_format(suffix)
        years = _years(start, end)
        data = cached(("co", years, min_events, max_nodes), lambda: to_vis(
            prune(graphs.co_attendance(store, years, min_events), max_nodes)))
        params = {"from": years[0], "to": years[1], "min": min_events, "max_nodes": max_nodes}
        return _respond(request, fmt, "Co-attendance network", {**data, "params": params}, params)

    @router.get("/graph/hierarchy{suffix:path}", summary="Bodies and the bodies they belong to")
    def hierarchy(request: Request, suffix: str = "", merges: bool = False,
                  max_nodes: int = Query(2000, ge=2, le=5000)) -> Response:
        _, fmt = split_format(suffix)
        data = cached(("hier", merges, max_nodes), lambda: to_vis(
            prune(graphs.hierarchy(store, merges), max_nodes), layered=True))
        params = {"max_nodes": max_nodes, "merges": merges}
        return _respond(request, fmt, "Hierarchy of bodies", data, params)

    @router.get("/graph/{kind}/{rest:path}", summary="Ego network of a person or body")
    def ego(kind: str, rest: str, request: Request, start: int | None = Query(None, alias="from"),
            end: int | None = Query(None, alias="to"),
            max_nodes: int = Query(500, ge=2, le=5000)) -> Response:
        path, fmt = split_format(rest)
        iri = iri_for_path(kind, path)
        if iri is None:
            return not_found(f"'/graph/{kind}/{rest}' is not a valid graph address.",
                             "Open a person or body page and follow its 'graph' link.", fmt)
        types = {r["t"] for r in select(store, TYPES, subject=_node(iri))}
        years = _years(start, end)
        if types & {CG + "Person", CG + "PersonMention"}:
            g = graphs.ego_person(store, iri, years, canonical=CG + "Person" in types)
        elif PREFIXES["org"] + "Organization" in types:
            g = graphs.ego_body(store, iri, years)
        else:
            return not_found(f"{iri} is neither a person nor a body.",
                             "Ego networks exist for persons and bodies.", fmt)
        data = to_vis(prune(g, max_nodes))
        params = {"from": years[0], "to": years[1], "iri": iri, "page": "/" + f"{kind}/{path}"}
        label = g.nodes[iri]["label"] if iri in g else iri
        return _respond(request, fmt, f"Network of {label}", {**data, "params": params}, params)


def _node(iri: str) -> Any:
    from pyoxigraph import NamedNode

    return NamedNode(iri)
