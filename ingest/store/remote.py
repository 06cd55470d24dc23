"""`RemoteStore`: a standalone SPARQL 1.1 server (e.g. `oxigraph serve`) behind a URL.

Endpoints follow the Oxigraph server: `/query`, `/update` and the Graph Store Protocol at
`/store`. Responses are parsed with pyoxigraph so callers get the same result types as from
the embedded store.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from cadregraph.ingest.store.base import (
    QueryResult,
    ReadOnlyStoreError,
    Stamp,
    StoreError,
    first_hash_query,
    in_graph,
    replace_update,
)
from pyoxigraph import (
    NamedNode,
    Quad,
    QueryResultsFormat,
    RdfFormat,
    Store,
    parse,
    parse_query_results,
    serialize,
)

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
BULK_CHUNK = 100_000  # quads per POST: bounded memory on both ends


class RemoteStore:
    """A SPARQL server used as the store; `raw` is None (no in-process store)."""

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 300.0) -> None:
        base = url.rstrip("/")
        for suffix in ("/query", "/update", "/store", "/sparql"):
            base = base.removesuffix(suffix)
        self.location = base
        self.read_only = read_only
        self.timeout = timeout

    @property
    def raw(self) -> None:
        return None

    def _request(self, path: str, data: bytes | None = None, *, content_type: str | None = None,
                 accept: str | None = None, method: str | None = None):  # noqa: ANN202
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(self.location + path, data=data, headers=headers,
                                         method=method)
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()
            if error.code == 400 and path.startswith(("/query", "/update")):
                raise SyntaxError(detail) from None
            raise StoreError(f"the SPARQL server {self.location} answered {error.code} for "
                             f"{path}: {detail[:500]}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StoreError(
                f"cannot reach the SPARQL server at {self.location} ({reason}). Start it, e.g. "
                "'oxigraph serve --location DIR --bind 127.0.0.1:7878', or pass a store "
                "folder instead of a URL.") from None

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"the store {self.location} was opened read-only")

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True) -> QueryResult:
        fields = {"query": sparql}
        if use_default_graph_as_union:
            fields["union-default-graph"] = ""
        body = urllib.parse.urlencode(fields).encode("utf-8")
        with self._request("/query", body, content_type="application/x-www-form-urlencoded",
                           accept=ACCEPT) as response:
            kind = response.headers.get_content_type()
            payload = response.read()
        if kind == "application/sparql-results+json":
            return parse_query_results(payload, QueryResultsFormat.JSON)
        if kind == "application/n-triples":
            # pyoxigraph cannot build `QueryTriples` directly; re-querying a scratch store
            # gives callers the very type the embedded store returns.
            scratch = Store()
            scratch.load(payload, RdfFormat.N_TRIPLES)
            return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
        raise StoreError(f"the SPARQL server {self.location} answered with {kind}, "
                         "expected SPARQL JSON results or N-Triples")

    def update(self, sparql: str) -> None:
        self._writable()
        with self._request("/update", sparql.encode("utf-8"),
                           content_type="application/sparql-update"):
            pass

    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        # The server runs one update request in one transaction.
        self.update(replace_update(graph, in_graph(quads, graph)))

    def graph_hash(self, graph: NamedNode) -> str | None:
        stamp = self.graph_stamp(graph)
        return stamp[0] if stamp else None

    def graph_stamp(self, graph: NamedNode) -> Stamp | None:
        for solution in self.query(first_hash_query(graph), use_default_graph_as_union=False):
            version = solution["v"]
            return solution["h"].value, version.value if version is not None else None
        return None

    def remove_graph(self, graph: NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def bulk_load(self, quads: Iterable[Quad]) -> None:
        self._writable()
        for chunk in _chunks(iter(quads), BULK_CHUNK):
            data = serialize(chunk, format=RdfFormat.N_QUADS)
            with self._request("/store?no_transaction", data,
                               content_type="application/n-quads", method="POST"):
                pass

    def count_quads(self) -> int:
        sparql = ("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
                  "{ GRAPH ?g { ?s ?p ?o } } }")
        for solution in self.query(sparql, use_default_graph_as_union=False):
            return int(solution["n"].value)
        return 0

    def named_graphs(self) -> list[NamedNode]:
        sparql = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
        return [s["g"] for s in self.query(sparql, use_default_graph_as_union=False)
                if isinstance(s["g"], NamedNode)]

    def dump(self, path: str | Path, format: str = "nq") -> None:
        accept = {"nq": "application/n-quads", "nquads": "application/n-quads",
                  "trig": "application/trig"}.get(format.lower().lstrip("."))
        if accept is None:
            raise StoreError(f"unknown dump format {format!r}; use one of: nq, trig")
        with self._request("/store", accept=accept) as response, open(path, "wb") as out:
            shutil.copyfileobj(response, out)

    def iter_dump(self) -> Iterator[Quad]:
        with self._request("/store", accept="application/n-quads") as response:
            yield from parse(response.read(), RdfFormat.N_QUADS)

    def close(self) -> None:
        """Nothing to release: every call is its own HTTP request."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, read_only={self.read_only})"


def _chunks(items: Iterator[Quad], size: int) -> Iterator[list[Quad]]:
    while chunk := list(islice(items, size)):
        yield chunk
