"""Timeouts, result limits and hostile queries: clear errors, and the server keeps answering."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from fastapi.testclient import TestClient
from sparql_race import CHEAP, EX, RUNAWAY, Race, wait_until
from web_fixture import live_server


def _store(n: int) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)),
                         ox.NamedNode(f"{EX}g")) for i in range(n))
    return store


def test_result_limit_is_a_clear_error_and_the_boundary_passes():
    with TestClient(create_app(Settings(result_limit=5), store=_store(10))) as client:
        refused = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert refused.status_code == 500
        assert refused.headers["x-cadregraph-limit"] == "max-rows"
        assert "--max-rows" in refused.text and "LIMIT" in refused.text
        fits = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
        assert fits.status_code == 200
        assert len(fits.json()["results"]["bindings"]) == 5
        graph = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
        assert graph.status_code == 500 and "triples" in graph.text


def test_timeout_answers_while_the_native_work_continues():
    """The 503 comes back while the worker is still inside pyoxigraph: the response did not
    wait for the query, and the cheap query after it is still answered."""
    app = create_app(Settings(query_timeout_s=0.1), store=_store(150))
    pool = app.state.pool
    with TestClient(app) as client:
        response = client.get("/sparql", params={"query": RUNAWAY})
        still_running = pool.busy
        assert response.status_code == 503, response.text
        assert response.headers["x-cadregraph-limit"] == "timeout"
        assert "--timeout" in response.text
        assert still_running == 1
        assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True
        wait_until(lambda: pool.busy == 0, "the abandoned query to finish")


def test_a_full_pool_answers_busy_instead_of_hanging():
    """One worker, stuck in a timed-out aggregate: the next query waits its timeout in the
    queue, then hears that the server is busy (not that its own query was slow)."""
    app = create_app(Settings(query_timeout_s=0.1, query_workers=1), store=_store(150))
    pool = app.state.pool
    with TestClient(app) as client:
        assert client.get("/sparql", params={"query": RUNAWAY}).status_code == 503
        assert pool.busy == 1
        queued = client.get("/sparql", params={"query": CHEAP})
        assert queued.status_code == 503
        assert queued.headers["x-cadregraph-limit"] == "busy"
        assert "busy" in queued.text and queued.headers["retry-after"]
        wait_until(lambda: pool.busy == 0, "the abandoned query to finish")
        assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True


def test_runaway_query_does_not_block_a_cheap_one_on_a_real_server():
    # 200³ = 8M combinations: seconds of native work, however loaded the machine is.
    app = create_app(Settings(query_timeout_s=300), store=_store(200))
    pool = app.state.pool
    with live_server(app) as url:
        race = Race(url)
        slow = race.start("runaway", RUNAWAY)
        wait_until(lambda: pool.busy == 1, "the runaway query to start")
        race.run("cheap", CHEAP)
        slow.join(300)
    assert race.finished == ["cheap", "runaway"]


@pytest.fixture(scope="module")
def client():
    settings = Settings(max_query_chars=50_000, max_nesting=50, max_operators=1_000)
    with TestClient(create_app(settings, store=_store(3))) as test_client:
        yield test_client


# Each of the first four crashes the whole process (native stack overflow) when pyoxigraph
# 0.5.13 parses it at a few thousand levels/operators; here they must be refused first.
HOSTILE = {
    "nested-braces": ("SELECT * WHERE " + "{" * 5000 + "}" * 5000, 400, "levels deep"),
    "nested-parens": ("SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }", 400,
                      "levels deep"),
    "union-chain": ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 1500) + " }", 400,
                    "operators"),
    "plus-chain": ("SELECT * WHERE { FILTER(" + "+".join(["1"] * 5000) + ") }", 400,
                   "operators"),
    "too-long": ("SELECT * WHERE { ?s ?p ?o } # " + "x" * 60_000, 413, "characters"),
    "service": ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 400,
                "network"),
}


@pytest.mark.parametrize(("query", "status", "hint"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_queries_are_refused_and_the_server_survives(client, query, status, hint):
    response = client.post("/sparql", content=query.encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == status
    assert hint in response.text
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"]


def test_oversized_body_is_refused_before_it_is_read():
    with TestClient(create_app(Settings(max_body_bytes=1000), store=_store(1))) as client:
        response = client.post("/sparql", content=b"#" * 5000,
                               headers={"Content-Type": "application/sparql-query"})
        assert response.status_code == 413
        assert response.headers["x-cadregraph-limit"] == "max-body"


def test_keywords_inside_strings_and_iris_are_not_refused(client):
    query = ('SELECT * WHERE { ?s ?p "SERVICE { LOAD" . '
             'FILTER(?s != <http://example.org/SERVICE>) }')
    assert client.get("/sparql", params={"query": query}).status_code == 200
