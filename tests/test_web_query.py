"""The /query page: prefixes, worked examples that run, linked IRIs, downloads, errors."""

from __future__ import annotations

import re
from html import unescape

import pytest
from cadregraph.api.web.query_page import EXAMPLES, execute
from cadregraph.api.web.questions import question_files
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


def test_examples_are_the_competency_questions(client: TestClient, store) -> None:
    # The page reads ontology/questions/*.rq themselves (their answers on real pipeline
    # stores are checked in test_competency_questions.py); no copy of them to drift.
    files = question_files()
    assert [e["query"] for e in EXAMPLES] == [p.read_text(encoding="utf-8") for p in files]
    assert len(EXAMPLES) >= 7 and len({e["id"] for e in EXAMPLES}) == len(EXAMPLES)
    for e in EXAMPLES:
        page = client.get("/query", params={"example": e["id"]}).text
        editor = unescape(page.split('<textarea id="sparql"')[1].split(">", 1)[1]
                          .split("</textarea>")[0])
        assert editor == e["query"] and f'title="{e["title_vi"]}"' in page
    # A question without a parameter answers the hand-written fixture through the page.
    q = next(e["query"] for e in EXAMPLES if e["id"] == "positions-with-sentences")
    page = client.get("/query", params={"query": q}).text
    assert 'id="row-count"' in page and "Nguyễn Văn Thủy Minh" in page and "Phó Bí thư" in page
    rows = execute(store, q)["rows"]
    assert any(r[0]["text"] == "Lê Thị Thủy Tiên" and r[1]["text"] == "Bí thư" for r in rows)


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
