"""SPARQL Update on /sparql: refused by default, accepted only with the bearer token."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from cadregraph.api.sparql.lexer import add_using, shape
from fastapi.testclient import TestClient

TOKEN = "update-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
INSERT = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> "o" } }'  # noqa: E501
DIRECT = {"Content-Type": "application/sparql-update"}


def test_read_only_server_refuses_updates_and_says_how_to_allow_them():
    store = ox.Store()
    with TestClient(create_app(Settings(), store=store)) as client:
        for response in (client.post("/sparql", data={"update": INSERT}, headers=AUTH),
                         client.post("/sparql", content=INSERT.encode(),
                                     headers={**DIRECT, **AUTH})):
            assert response.status_code == 403
            assert "--allow-update" in response.text
    assert len(store) == 0


@pytest.fixture()
def writable():
    store = ox.Store()
    settings = Settings(allow_update=True, update_token=TOKEN)
    with TestClient(create_app(settings, store=store)) as client:
        yield client, store


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {TOKEN}"}],
                         ids=["missing", "wrong", "not-bearer"])
def test_updates_without_the_token_get_401(writable, headers):
    client, store = writable
    response = client.post("/sparql", content=INSERT.encode(), headers={**DIRECT, **headers})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert len(store) == 0


def test_update_with_token_writes_and_queries_see_it(writable):
    client, store = writable
    response = client.post("/sparql", content=INSERT.encode(), headers={**DIRECT, **AUTH})
    assert response.status_code == 200, response.text
    assert len(store) == 1
    answer = client.get("/sparql", params={"query": 'ASK { ?s ?p "o" }'}).json()
    assert answer["boolean"] is True


def test_update_syntax_error_and_load_are_refused_with_the_reason(writable):
    client, store = writable
    bad = client.post("/sparql", data={"update": "INSERT DATA { <a> "}, headers=AUTH)
    assert bad.status_code == 400 and "syntax error" in bad.text
    load = client.post("/sparql", data={"update": "LOAD <file:///etc/passwd>"}, headers=AUTH)
    assert load.status_code == 400 and "cadregraph ingest" in load.text
    assert len(store) == 0


def test_using_parameters_conflicting_with_with_clause_are_refused(writable):
    client, _ = writable
    update = ("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    response = client.post("/sparql?using-graph-uri=http%3A%2F%2Fexample.org%2Fh",
                           content=update.encode(), headers={**DIRECT, **AUTH})
    assert response.status_code == 400 and "USING or WITH" in response.text


def test_add_using_writes_clauses_before_each_modify_where_only():
    update = ('PREFIX ex: <http://e/> CLEAR ALL ; INSERT { GRAPH <g> { ?s a ex:X } } '
              'WHERE { ?s ?p "WHERE {" } ; DELETE WHERE { ?a ?b ?c }')
    rewritten = add_using(update, ["http://e/d"], ["http://e/n"])
    assert rewritten.count("USING <http://e/d> USING NAMED <http://e/n> WHERE") == 1
    assert rewritten.endswith("DELETE WHERE { ?a ?b ?c }")
    assert add_using(update, [], []) == update


def test_shape_ignores_keywords_in_strings_iris_and_comments():
    found = shape('SELECT * WHERE { ?s <http://e/SERVICE> "LOAD { {" } # SERVICE {{{{')
    assert "SERVICE" not in found.keywords and "LOAD" not in found.keywords
    assert found.max_depth == 1
