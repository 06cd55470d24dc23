"""/sparql over HTTP (TestClient): operations, datasets, formats and protocol errors."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from fastapi.testclient import TestClient

EX = "http://example.org/"
SR = "{http://www.w3.org/2005/sparql-results#}"


def _store() -> ox.Store:
    """Two article-like named graphs and one default-graph triple, written for these tests."""
    store = ox.Store()
    name = ox.NamedNode("https://schema.org/name")
    for n, label in ((1, "Nguyễn Văn A"), (2, "Trần Thị B, \"Bí thư\"\tx")):
        graph = ox.NamedNode(f"{EX}graph/{n}")
        store.add(ox.Quad(ox.NamedNode(f"{EX}p{n}"), name, ox.Literal(label, language="vi"),
                          graph))
        store.add(ox.Quad(ox.NamedNode(f"{EX}p{n}"), ox.NamedNode(f"{EX}age"),
                          ox.Literal(str(40 + n), datatype=ox.NamedNode(
                              "http://www.w3.org/2001/XMLSchema#integer")), graph))
    store.add(ox.Quad(ox.NamedNode(f"{EX}d"), ox.NamedNode(f"{EX}in"), ox.Literal("default")))
    return store


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(), store=_store())) as test_client:
        yield test_client


NAMES = "SELECT ?p ?name WHERE { ?p schema:name ?name } ORDER BY ?p"


def test_default_graph_is_the_union_of_named_graphs_with_predeclared_prefixes(client):
    response = client.get("/sparql", params={"query": NAMES})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    doc = response.json()
    assert doc["head"]["vars"] == ["p", "name"]
    first = doc["results"]["bindings"][0]
    assert first["p"] == {"type": "uri", "value": f"{EX}p1"}
    assert first["name"] == {"type": "literal", "value": "Nguyễn Văn A", "xml:lang": "vi"}


def test_get_form_post_and_direct_post_agree(client):
    by_get = client.get("/sparql", params={"query": NAMES}).json()
    by_form = client.post("/sparql", data={"query": NAMES}).json()
    by_direct = client.post("/sparql", content=NAMES.encode(),
                            headers={"Content-Type": "application/sparql-query"}).json()
    assert by_get == by_form == by_direct
    assert len(by_get["results"]["bindings"]) == 2


def test_from_clause_and_dataset_parameters_choose_graphs(client):
    query = "SELECT ?p WHERE { ?p ?x ?y } "
    only_one = client.get("/sparql", params={"query": query.replace(
        "WHERE", f"FROM <{EX}graph/2> WHERE")}).json()
    assert {b["p"]["value"] for b in only_one["results"]["bindings"]} == {f"{EX}p2"}
    by_param = client.get("/sparql", params={"query": query,
                                             "default-graph-uri": f"{EX}graph/1"}).json()
    assert {b["p"]["value"] for b in by_param["results"]["bindings"]} == {f"{EX}p1"}
    named = client.get("/sparql", params={
        "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        "named-graph-uri": f"{EX}graph/2"}).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [f"{EX}graph/2"]


@pytest.mark.parametrize(("accept", "media"), [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("image/png;q=0.9, text/csv;q=0.5, */*;q=0.1", "text/csv"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_formats_by_accept(client, accept, media):
    response = client.get("/sparql", params={"query": NAMES}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media


def test_tabular_serialisations_keep_values_exact(client):
    xml = ET.fromstring(client.get("/sparql", params={"query": NAMES, "format": "xml"}).content)
    literals = [el.text for el in xml.iter(f"{SR}literal")]
    assert literals == ["Nguyễn Văn A", 'Trần Thị B, "Bí thư"\tx']
    rows = list(csv.reader(io.StringIO(
        client.get("/sparql", params={"query": NAMES, "format": "csv"}).text)))
    assert rows == [["p", "name"], [f"{EX}p1", "Nguyễn Văn A"],
                    [f"{EX}p2", 'Trần Thị B, "Bí thư"\tx']]
    tsv = client.get("/sparql", params={"query": NAMES, "format": "tsv"}).text.splitlines()
    assert tsv[0] == "?p\t?name"
    assert tsv[2].split("\t") == [f"<{EX}p2>", '"Trần Thị B, \\"Bí thư\\"\\tx"@vi']


def test_ask_answers_boolean_json_and_xml(client):
    query = {"query": f"ASK {{ <{EX}p1> ?p ?o }}"}
    assert client.get("/sparql", params=query).json() == {"head": {}, "boolean": True}
    xml = client.get("/sparql", params=query, headers={"Accept": "application/xml"})
    assert ET.fromstring(xml.content).find(f"{SR}boolean").text == "true"
    refused = client.get("/sparql", params=query, headers={"Accept": "text/csv"})
    assert refused.status_code == 406
    assert "json" in refused.text and "xml" in refused.text


@pytest.mark.parametrize(("fmt", "rdf_format"), [
    ("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
    ("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
    ("jsonld", ox.RdfFormat.JSON_LD), ("rdfxml", ox.RdfFormat.RDF_XML)])
def test_construct_round_trips_in_every_rdf_format(client, fmt, rdf_format):
    query = "CONSTRUCT { ?p schema:name ?name } WHERE { ?p schema:name ?name }"
    response = client.get("/sparql", params={"query": query, "format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == rdf_format.media_type
    parsed = list(ox.parse(response.content, format=rdf_format))
    assert {str(q.object) for q in parsed} == {
        '"Nguyễn Văn A"@vi', '"Trần Thị B, \\"Bí thư\\"\\tx"@vi'}


def test_describe_defaults_to_turtle(client):
    response = client.get("/sparql", params={"query": f"DESCRIBE <{EX}p1>"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert "Nguyễn Văn A" in response.text


@pytest.mark.parametrize(("request_kwargs", "status", "hint"), [
    ({"method": "GET", "params": {"query": "SELECT * WHERE {"}}, 400, "syntax error"),
    ({"method": "GET", "params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "one"),
    ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400, "both"),
    ({"method": "POST", "content": b"ASK {}", "headers": {"Content-Type": "text/plain"}},
     415, "application/sparql-query"),
    ({"method": "POST", "content": "ASK {}".encode("utf-16"),
      "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"}}, 415, "UTF-8"),
    ({"method": "POST", "content": b"ASK {\xff}",
      "headers": {"Content-Type": "application/sparql-query"}}, 400, "UTF-8"),
    ({"method": "PUT", "params": {"query": "ASK {}"}}, 405, "GET or POST"),
    ({"method": "GET", "params": {"query": "ASK {}", "format": "csv"}}, 406, "Available"),
    ({"method": "GET", "params": {"query": "ASK {}", "using-graph-uri": EX}}, 400,
     "default-graph-uri"),
    ({"method": "GET", "params": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400,
     "absolute IRI"),
])
def test_protocol_violations_get_clear_4xx(client, request_kwargs, status, hint):
    method = request_kwargs.pop("method")
    response = client.request(method, "/sparql", **request_kwargs)
    assert response.status_code == status, response.text
    assert hint in response.text


def test_bare_get_describes_the_service_or_sends_browsers_to_the_editor(client):
    described = client.get("/sparql")
    assert described.headers["content-type"].startswith("text/turtle")
    graph = list(ox.parse(described.content, format=ox.RdfFormat.TURTLE))
    assert any(t.object.value.endswith("SPARQL11Query") for t in graph)
    browser = client.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False)
    assert browser.status_code == 303
    assert browser.headers["location"] in ("/query", "/")


def test_json_bindings_omit_unbound_variables(client):
    doc = client.get("/sparql", params={
        "query": "SELECT ?x ?y WHERE { BIND(1 AS ?x) }"}).json()
    assert doc["results"]["bindings"] == [{"x": {
        "type": "literal", "value": "1",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]
    assert json.loads(client.get("/health").text)["status"] == "ok"
