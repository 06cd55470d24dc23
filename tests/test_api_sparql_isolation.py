"""Query processes over a read-only store folder: overrunning queries are killed, crashes
are contained, and everything else keeps being answered."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from cadregraph.ingest.store import open_store
from fastapi.testclient import TestClient
from sparql_race import CHEAP, EX, RUNAWAY, Race, wait_until
from web_fixture import live_server


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("isolated") / "store"
    with open_store(path) as store:
        store.raw.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"),
                                 ox.Literal(str(i)), ox.NamedNode(f"{EX}g")) for i in range(150))
    return path


def test_read_only_folder_gets_query_processes_and_memory_stores_do_not(folder):
    with TestClient(create_app(Settings(store_location=folder))) as client:
        assert client.get("/health").json()["isolated_queries"] is True
        assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True
    with TestClient(create_app(Settings(), store=ox.Store())) as client:
        assert client.get("/health").json()["isolated_queries"] is False


def test_overrunning_query_is_killed_and_its_process_replaced(folder):
    app = create_app(Settings(store_location=folder, query_timeout_s=0.3, query_workers=1))
    with TestClient(app) as client:
        response = client.get("/sparql", params={"query": RUNAWAY})
        assert response.status_code == 503, response.text
        assert response.headers["x-cadregraph-limit"] == "timeout"
        assert app.state.isolated.killed == 1
        # The only worker was killed; until its replacement has started, queries hear
        # "busy" (never a timeout charged to them), then the new process answers.
        wait_until(lambda: app.state.isolated.available == 1, "the replacement process")
        assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True


def test_a_query_that_crashes_pyoxigraph_loses_one_process_not_the_server(folder):
    # Guards opened wide on purpose: 200,000 nested groups overflow even the big stack.
    settings = Settings(store_location=folder, max_nesting=10**7, max_query_chars=10**7,
                        query_workers=1)
    app = create_app(settings)
    with TestClient(app) as client:
        deep = "SELECT * WHERE " + "{" * 200_000 + "}" * 200_000
        crashed = client.post("/sparql", content=deep.encode(),
                              headers={"Content-Type": "application/sparql-query"})
        assert crashed.status_code == 500 and "crashed" in crashed.text
        assert app.state.isolated.killed == 1
        assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True


def test_cheap_query_overtakes_a_runaway_on_a_real_server(folder):
    app = create_app(Settings(store_location=folder, query_timeout_s=300, query_workers=2))
    with live_server(app) as url:
        race = Race(url)
        wait_until(lambda: app.state.isolated.available == 2, "both processes to start")
        slow = race.start("runaway", RUNAWAY)
        # The cheap queries go only once a child has taken the runaway.
        wait_until(lambda: app.state.isolated.available == 1, "the runaway to start")
        for _ in range(3):
            race.run("cheap", CHEAP)
        slow.join(300)
    assert race.finished[-1] == "runaway" and race.finished.count("cheap") == 3


def test_closing_while_processes_are_still_starting_is_clean(folder, caplog):
    # Closing right after the first process is ready races the start-up watchers of the
    # others: each child must be killed once, its pipe closed once, and no false alarm.
    from cadregraph.api.sparql.isolated import IsolatedQueries

    for _ in range(4):
        IsolatedQueries(str(folder), 4).close()
    assert not [r for r in caplog.records if "did not start" in r.getMessage()]
