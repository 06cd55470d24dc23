"""The `/sparql` route: SPARQL 1.1 Protocol queries, and updates behind a bearer token."""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from cadregraph.api.settings import Settings
from cadregraph.api.sparql.answer import QueryRunner
from cadregraph.api.sparql.description import service_description
from cadregraph.api.sparql.errors import SparqlError, bad_request
from cadregraph.api.sparql.execute import Dataset, raw_store, run_update
from cadregraph.api.sparql.guard import check_update
from cadregraph.api.sparql.lexer import add_using
from cadregraph.api.sparql.pool import WorkerPool
from cadregraph.api.sparql.protocol import SparqlRequest, read_request
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

LOG = logging.getLogger("cadregraph.sparql")
PATHS = ("/sparql", "/sparql/")
READ_ONLY = ("This endpoint is read-only. To accept updates, start the server with "
             "'cadregraph serve --allow-update --update-token TOKEN' and send "
             "'Authorization: Bearer TOKEN' with each update.")


def build_sparql_router(runner: QueryRunner) -> APIRouter:
    """`/sparql` over `runner.store`; queries go through `runner` (query processes or
    threads), updates always run in its pool, against the store itself."""
    router = APIRouter()
    store, settings, pool = runner.store, runner.settings, runner.pool

    @router.api_route(PATHS[0], methods=["GET", "POST"], include_in_schema=True,
                      summary="SPARQL 1.1 Protocol endpoint")
    @router.api_route(PATHS[1], methods=["GET", "POST"], include_in_schema=False)
    async def sparql(request: Request) -> Response:
        try:
            parsed = await read_request(request, settings.max_body_bytes)
            if parsed.operation is None:
                return _no_operation(request, settings)
            if parsed.operation == "update":
                return await _update(parsed, request, raw_store(store), settings, pool)
            return await _query(parsed, request, runner)
        except SparqlError as error:
            return error_response(error)

    @router.api_route(PATHS[0], methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
    @router.api_route(PATHS[1], methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
    async def wrong_method(request: Request) -> Response:
        return error_response(SparqlError(
            405, f"{request.method} is not part of the SPARQL protocol: use GET or POST.",
            headers={"Allow": "GET, POST"}))

    return router


def error_response(error: SparqlError) -> Response:
    if error.status >= 500:  # limits and faults are the operator's business too
        LOG.warning("SPARQL %s (%s): %s", error.status, error.limit or "fault", error.message)
    headers = dict(error.headers)
    if error.limit:
        headers["X-Cadregraph-Limit"] = error.limit
    return PlainTextResponse(error.message + "\n", status_code=error.status, headers=headers)


def endpoint_iri(request: Request, settings: Settings) -> str:
    """The base IRI of requests: the endpoint's own URL (the protocol suggests it)."""
    if settings.base_url:
        return settings.base_url + "/sparql"
    return str(request.url.replace(query="", fragment=""))


async def _query(parsed: SparqlRequest, request: Request, runner: QueryRunner) -> Response:
    dataset = Dataset(parsed.values("default-graph-uri"), parsed.values("named-graph-uri"))
    body, content_type = await runner.answer(
        parsed.text, dataset, endpoint_iri(request, runner.settings),
        request.headers.get("accept"), parsed.first("format"))
    # Query results are public data: let browser-based SPARQL clients on other origins read
    # them. Updates get no such header (and no preflight answer), so they stay same-origin.
    return Response(body, media_type=content_type,
                    headers={"Vary": "Accept", "Access-Control-Allow-Origin": "*"})


async def _update(parsed: SparqlRequest, request: Request, raw: Any, settings: Settings,
                  pool: WorkerPool) -> Response:
    if not settings.allow_update:
        raise SparqlError(403, READ_ONLY)
    _check_token(request, settings.update_token or "")
    shape = await asyncio.to_thread(check_update, parsed.text, settings.limits)
    using = parsed.values("using-graph-uri")
    using_named = parsed.values("using-named-graph-uri")
    if (using or using_named) and shape.top_keywords & {"USING", "WITH"}:
        raise bad_request("The update names its own dataset (USING or WITH) and the request "
                          "also has using-graph-uri/using-named-graph-uri; the protocol "
                          "forbids both. Drop one of them.")
    text = add_using(parsed.text, using, using_named)
    base = endpoint_iri(request, settings)
    # Updates are one transaction and cannot be interrupted: no deadline, they finish.
    await pool.run(lambda _deadline: run_update(raw, text, base), None)
    return PlainTextResponse("Update applied.\n")


def _check_token(request: Request, token: str) -> None:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                              token.encode()):
        raise SparqlError(401, "Updates need the server's update token: send "
                          "'Authorization: Bearer TOKEN' (the token given to "
                          "'cadregraph serve --update-token').",
                          headers={"WWW-Authenticate": 'Bearer realm="cadregraph"'})


def _no_operation(request: Request, settings: Settings) -> Response:
    """A bare GET /sparql: browsers go to the query page, SPARQL clients get a description."""
    accept = request.headers.get("accept", "")
    if "text/html" in accept:
        paths = {getattr(route, "path", None) for route in request.app.routes}
        return RedirectResponse("/query" if "/query" in paths else "/", status_code=303)
    if request.method == "POST":
        raise bad_request("The form has neither query= nor update=.")
    body, content_type = service_description(endpoint_iri(request, settings), settings)
    return Response(body, media_type=content_type)
