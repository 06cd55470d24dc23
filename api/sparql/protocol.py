"""Read a SPARQL 1.1 Protocol request (GET, form POST, direct POST) into one operation.

Everything the protocol forbids is refused here with a 4xx that says what a correct request
looks like: two queries, a query and an update together, an update by GET, an unknown or
missing media type, a non-UTF-8 body, dataset parameters of the wrong operation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from cadregraph.api.sparql.errors import SparqlError, bad_request
from starlette.requests import Request

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
HOW = (f"Send a query by GET ?query=…, or POST it as {FORM} (query=…) or as {QUERY}; "
       f"send an update by POST as {FORM} (update=…) or as {UPDATE}.")
QUERY_DATASET = ("default-graph-uri", "named-graph-uri")
UPDATE_DATASET = ("using-graph-uri", "using-named-graph-uri")


@dataclass
class SparqlRequest:
    operation: str | None  # "query", "update", or None when the request carries neither
    text: str = ""
    params: dict[str, list[str]] = field(default_factory=dict)

    def values(self, name: str) -> list[str]:
        return self.params.get(name, [])

    def first(self, name: str) -> str | None:
        found = self.params.get(name)
        return found[0] if found else None


async def read_request(request: Request, max_body_bytes: int = 16 * 1024 * 1024
                       ) -> SparqlRequest:
    params = _parse_pairs(request.url.query, "the URL")
    if request.method == "GET":
        if "update" in params:
            raise SparqlError(405, "Updates cannot be sent with GET. " + HOW,
                              headers={"Allow": "POST"})
        return _operation(params, None, None)
    media, charset = _content_type(request.headers.get("content-type"))
    if charset not in (None, "utf-8", "utf8"):
        raise SparqlError(415, f"The body is declared as charset={charset}; the SPARQL "
                          "protocol takes UTF-8 only. Re-encode the body as UTF-8.")
    body = _decode(await _read_body(request, max_body_bytes))
    if media == FORM:
        for name, values in _parse_pairs(body, "the form body").items():
            params.setdefault(name, []).extend(values)
        return _operation(params, None, None)
    if media in (QUERY, UPDATE):
        operation = "query" if media == QUERY else "update"
        if "query" in params or "update" in params:
            raise bad_request(f"A {media} request carries the {operation} in its body; do not "
                              "also pass query= or update= in the URL.")
        return _operation(params, operation, body)
    if media is None:
        raise bad_request("POST without a Content-Type. " + HOW)
    raise SparqlError(415, f"Unsupported media type {media!r}. " + HOW)


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 past `limit` bytes without reading it all into memory."""
    too_big = SparqlError(413, f"The request body is larger than {limit:,} bytes, the "
                          "server's limit. Load big data with 'cadregraph ingest' instead.",
                          limit="max-body")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _operation(params: dict[str, list[str]], operation: str | None,
               body: str | None) -> SparqlRequest:
    if operation is None:
        queries, updates = params.get("query", []), params.get("update", [])
        if queries and updates:
            raise bad_request("The request has both query= and update=; send one operation "
                              "per request.")
        if len(queries) > 1 or len(updates) > 1:
            raise bad_request("The request has more than one query= (or update=); send one "
                              "per request, or join updates with ';' in a single update=.")
        if not queries and not updates:
            return SparqlRequest(None, params=params)
        operation = "query" if queries else "update"
        body = (queries or updates)[0]
    assert body is not None
    wrong = UPDATE_DATASET if operation == "query" else QUERY_DATASET
    for name in wrong:
        if name in params:
            right = "using-graph-uri" if operation == "update" else "default-graph-uri"
            raise bad_request(f"{name} does not apply to a {operation}; a {operation} takes "
                              f"{right} and its named-graph counterpart.")
    if not body.strip():
        raise bad_request(f"The {operation} is empty. " + HOW)
    return SparqlRequest(operation, body, params)


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, *rest = (part.strip() for part in header.split(";"))
    charset = None
    for part in rest:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower() or None, charset


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("The body is not valid UTF-8; the SPARQL protocol takes UTF-8 "
                          "only.") from None


def _parse_pairs(text: str, where: str) -> dict[str, list[str]]:
    try:
        pairs = parse_qsl(text, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise bad_request(f"Cannot decode the parameters in {where}: percent-escapes must "
                          "encode UTF-8.") from None
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params
