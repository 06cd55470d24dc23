"""Refuse hostile or impossible requests before pyoxigraph sees them, saying why."""

from __future__ import annotations

from dataclasses import dataclass

from cadregraph.api.sparql.errors import SparqlError, bad_request
from cadregraph.api.sparql.lexer import Shape, shape


@dataclass(frozen=True)
class Limits:
    max_query_chars: int = 200_000
    max_depth: int = 100
    max_operators: int = 5_000


def check_query(text: str, limits: Limits) -> Shape:
    """Return the query's shape, or raise a 4xx SparqlError that tells the user what to change."""
    if len(text) > limits.max_query_chars:
        raise SparqlError(413, f"Query too long: {len(text):,} characters, the limit is "
                          f"{limits.max_query_chars:,}. Shorten it (e.g. fewer VALUES rows, "
                          "or split it into several queries).", limit="max-query-chars")
    found = shape(text, limits.max_depth, limits.max_operators)
    _check_structure(found, limits, "query")
    if "SERVICE" in found.keywords:
        raise bad_request("SERVICE (federated query) is not available: this server makes no "
                          "network requests. Query the other endpoint yourself and combine "
                          "the results, or load its data with `cadregraph ingest`.")
    return found


def check_update(text: str, limits: Limits) -> Shape:
    found = shape(text, limits.max_depth)
    _check_structure(found, limits, "update")
    if "LOAD" in found.keywords:
        raise bad_request("LOAD is not available on this endpoint: the server reads no files "
                          "and makes no network requests on behalf of a request. Use "
                          "`cadregraph ingest FILE` on the server, or send the triples in "
                          "an INSERT DATA update.")
    if "SERVICE" in found.keywords:
        raise bad_request("SERVICE (federated query) is not available: this server makes no "
                          "network requests.")
    return found


def _check_structure(found: Shape, limits: Limits, what: str) -> None:
    if found.max_depth > limits.max_depth:
        raise bad_request(f"The {what} nests {{ }}, ( ) or [ ] more than {limits.max_depth} "
                          "levels deep, the server's limit. Flatten the nested groups.")
    if what == "query" and found.operators > limits.max_operators:
        raise bad_request(f"The query chains more than {limits.max_operators:,} operators (., "
                          ";, UNION, FILTER, +, && …), the server's limit. Split it into "
                          "several queries or use VALUES for long lists of alternatives.")
