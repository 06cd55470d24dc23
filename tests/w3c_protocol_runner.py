"""Replay the W3C SPARQL 1.1 Protocol tests (../shared/w3c) against a live endpoint.

The manifest describes each test as HTTP requests with expected responses (status class,
result format, ASK answer) and the graphs to load first. `load_tests` reads it with rdflib;
`replay` sends the requests with http.client (which adds no Content-Type of its own, as the
tests without one need) and returns the list of what did not match.
"""

from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.collection import Collection

SUITE = Path(__file__).resolve().parents[1].parent / "shared" / "w3c" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
TABULAR = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values"}
BOOLEAN = {"application/sparql-results+json", "application/sparql-results+xml"}
RDF_TYPES = {"text/turtle", "application/n-triples", "application/rdf+xml",
             "application/ld+json", "application/n-quads", "application/trig"}


@dataclass
class Step:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]  # "2xx", "3xx", "4xx"
    boolean: bool | None
    result_format: str | None


@dataclass
class ProtocolTest:
    name: str
    title: str
    graphs: list[tuple[Path, str]] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @property
    def is_update(self) -> bool:
        return "update" in self.name  # update_*, bad_update_*, bad_multiple_updates


def load_tests() -> list[ProtocolTest]:
    graph = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for node in Collection(graph, graph.value(manifest, MF.entries)):
        test = ProtocolTest(str(node).rsplit("#", 1)[-1], str(graph.value(node, MF.name)))
        for data in graph.objects(node, UT.graphData):
            file = str(graph.value(data, UT.graph)).rsplit("/", 1)[-1]
            test.graphs.append((SUITE / file, str(graph.value(data, RDFS.label))))
        action = graph.value(node, MF.action)
        for request in Collection(graph, graph.value(action, HT.requests)):
            test.steps.append(_step(graph, request))
        tests.append(test)
    return tests


def _step(graph: Graph, request) -> Step:
    headers = {}
    if (header_list := graph.value(request, HT.headers)) is not None:
        for header in Collection(graph, header_list):
            headers[str(graph.value(header, HT.fieldName))] = str(
                graph.value(header, HT.fieldValue))
    body = None
    if (content := graph.value(request, HT.body)) is not None:
        encoding = str(graph.value(content, CNT.characterEncoding) or "UTF-8")
        body = str(graph.value(content, CNT.chars)).encode(encoding)
    response = graph.value(request, HT.resp)
    statuses = {str(s).rsplit("StatusCode", 1)[-1].lower()
                for s in graph.objects(response, MF.expectedStatus)}
    boolean = graph.value(response, MF.expectedBoolean)
    result_format = graph.value(response, MF.expectedFormat)
    return Step(str(graph.value(request, HT.methodName)),
                str(graph.value(request, HT.absolutePath)), headers, body, statuses,
                None if boolean is None else bool(boolean.toPython()),
                None if result_format is None else str(result_format))


def load_graphs(store: ox.Store, *tests: ProtocolTest) -> None:
    """Empty `store`, then load the graphs the tests list (each into its named graph)."""
    store.clear()
    for path, graph_iri in {graph for test in tests for graph in test.graphs}:
        store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(graph_iri))


def replay(test: ProtocolTest, host: str, port: int, endpoint: str = "/sparql",
           extra_headers: dict[str, str] | None = None) -> list[str]:
    """Send the test's requests in order; return the mismatches (empty when it passes)."""
    problems = []
    for n, step in enumerate(test.steps, 1):
        # Every manifest path starts with /sparql/; the rest is the query string, if any.
        path = endpoint + step.path.removeprefix("/sparql/")
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.request(step.method, path, body=step.body,
                           headers={**step.headers, **(extra_headers or {})})
        response = connection.getresponse()
        payload = response.read()
        connection.close()
        media = (response.getheader("content-type") or "").split(";")[0].strip().lower()
        problems += [f"request {n}: {p}" for p in _check(step, response.status, media, payload)]
    return problems


def _check(step: Step, status: int, media: str, payload: bytes) -> list[str]:
    if f"{status // 100}xx" not in step.statuses:
        return [f"status {status}, expected {sorted(step.statuses)}: {payload[:200]!r}"]
    if step.result_format == "tabular" and media not in TABULAR:
        return [f"content type {media!r} is not a tabular results format"]
    if step.result_format == "RDF" and media not in RDF_TYPES:
        return [f"content type {media!r} is not an RDF format"]
    if step.result_format == "boolean":
        if media not in BOOLEAN:
            return [f"content type {media!r} cannot carry a boolean"]
        if step.boolean is not None and _boolean(media, payload) is not step.boolean:
            return [f"answered {_boolean(media, payload)}, expected {step.boolean}"]
    return []


def _boolean(media: str, payload: bytes) -> bool | None:
    if media.endswith("json"):
        return json.loads(payload).get("boolean")
    found = ET.fromstring(payload).find("{http://www.w3.org/2005/sparql-results#}boolean")
    return None if found is None else found.text == "true"
