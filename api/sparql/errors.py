"""Errors the endpoint turns into HTTP responses; each message says what to do next."""

from __future__ import annotations


class SparqlError(Exception):
    """A request the endpoint refuses or cannot finish, with its HTTP status.

    `limit` names the server limit that stopped the request (e.g. "timeout", "max-rows"),
    so clients and tests can tell limits apart from faults without parsing the prose.
    """

    def __init__(self, status: int, message: str, *, limit: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.limit = limit
        self.headers = headers or {}


def bad_request(message: str) -> SparqlError:
    return SparqlError(400, message)
