"""The /query page: prefixes, worked examples that run, linked IRIs, downloads, errors."""

from __future__ import annotations

import re
from html import unescape

import pytest
from cadregraph.api.web.query_page import EXAMPLES, execute
from fastapi.testclient import TestClient
from web_fixture import fixture_store, make_app


@pytest.fixture(scope="module")
def store():
    return fixture_store()


@pytest.fixture(scope="module")
def client(store) -> TestClient:
    return TestClient(make_app(store))


def test_editor_page_lists_examples_and_prefixes(client: TestClient) -> None:
    html = client.get("/query").text
    assert '<textarea id="sparql"' in html and '<script src="/static/query.js">' in html
    assert "PREFIX cg: &lt;https://w3id.org/cadregraph/ontology#&gt;" in html
    for e in EXAMPLES:
        assert f'href="/query?example={e["id"]}"' in html


@pytest.mark.parametrize("example", [e["id"] for e in EXAMPLES])
def test_every_example_runs(store, example: str) -> None:
    query = next(e["query"] for e in EXAMPLES if e["id"] == example)
    result = execute(store, query)
    assert "error" not in result, result.get("error")
    assert result["columns"]


def test_examples_answer_on_the_fixture(store) -> None:
    def rows(example: str) -> list[list[str]]:
        query = next(e["query"] for e in EXAMPLES if e["id"] == example)
        return [[c["text"] if c else None for c in r] for r in execute(store, query)["rows"]]

    assert any("Bí thư" in r for r in rows("posts-over-time"))
    assert any("Đặng Thị Hoa Rây" in r for r in rows("post-in-year"))
    assert any("Đảng ủy phường Mỹ Thạnh" in r for r in rows("reorganisation"))
    assert any("35/2024/NQ-HĐND" in r for r in rows("resolution-citations"))
    top = rows("co-attendance")[0]
    assert {"Nguyễn Văn Thủy Minh", "Đặng Thị Hoa Rây"} <= set(top) and top[-1] == "2"


def test_results_link_iris_and_offer_downloads(client: TestClient) -> None:
    q = "SELECT ?a ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h } ORDER BY ?a"
    html = client.get("/query", params={"query": q}).text
    assert 'href="/article/a1-5c1e"' in html
    assert 'href="/sparql?query=' in html and "format=csv" in html and "format=json" in html


def test_ask_construct_and_errors(client: TestClient) -> None:
    assert 'id="boolean"' in client.get("/query", params={"query": "ASK { ?s a cg:Person }"}).text
    built = client.get("/query", params={"query": "CONSTRUCT WHERE { ?s a cg:Person }"}).text
    assert 'href="/person/dang-thi-hoa-ray-1a2b"' in built
    bad = client.get("/query", params={"query": "SELECT ?x WHERE { <oops"})
    assert bad.status_code == 400 and 'id="query-error"' in bad.text
    assert "&lt;oops" in bad.text or "<oops" not in bad.text.split('id="query-error"')[1]


def test_download_links_answer_through_sparql(client: TestClient) -> None:
    q = "SELECT ?p ?name WHERE { ?p a cg:Person ; schema:name ?name } ORDER BY ?name"
    html = client.get("/query", params={"query": q}).text
    link = re.search(r'href="(/sparql\?[^"]*format=csv)"', html).group(1)
    csv = client.get(unescape(link))
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].strip() == "p,name" and "Đặng Thị Hoa Rây" in csv.text
    link = re.search(r'href="(/sparql\?[^"]*format=json)"', html).group(1)
    rows = client.get(unescape(link)).json()["results"]["bindings"]
    assert len(rows) == 2


def test_query_limits_of_the_endpoint_apply(client: TestClient) -> None:
    deep = "SELECT * WHERE { " + "{ " * 150 + "?s ?p ?o" + " }" * 150 + " }"
    r = client.get("/query", params={"query": deep})
    assert r.status_code == 400 and 'id="query-error"' in r.text
