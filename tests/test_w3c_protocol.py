"""The W3C SPARQL 1.1 Protocol suite against a real uvicorn server running our app.

Two servers: one accepting updates with a bearer token (every test must pass), one
read-only (every query test must pass, every update test must get 403, and the malformed
update tests a 4xx). Run with -s to see the tally; it is printed either way at the end.
"""

from __future__ import annotations

import copy
import http.client

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from cadregraph.ingest.store import open_store
from w3c_protocol_runner import SUITE, load_graphs, load_tests, replay
from web_fixture import live_server

pytestmark = pytest.mark.skipif(not (SUITE / "manifest.ttl").exists(),
                                reason=f"the W3C protocol suite is not at {SUITE}")
TOKEN = "w3c-test-token"
TESTS = load_tests() if (SUITE / "manifest.ttl").exists() else []
FOLDER = "read-only folder, query processes"
TALLY: dict[str, list[str]] = {"updates enabled": [], "read-only": [], FOLDER: []}


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    stores = {"updates enabled": ox.Store(), "read-only": ox.Store()}
    settings = {"updates enabled": Settings(allow_update=True, update_token=TOKEN),
                "read-only": Settings()}
    apps = {mode: create_app(settings[mode], store=stores[mode]) for mode in stores}
    # The folder server's children hold snapshots, so it gets every test graph up front;
    # the query tests name their datasets, so the extra graphs change no answer.
    folder = tmp_path_factory.mktemp("w3c") / "store"
    with open_store(folder) as store:
        load_graphs(store.raw, *TESTS)
    apps[FOLDER] = create_app(Settings(store_location=folder, query_workers=2))
    with (live_server(apps["updates enabled"]) as rw_url,
          live_server(apps["read-only"]) as ro_url, live_server(apps[FOLDER]) as folder_url):
        yield {"updates enabled": (stores["updates enabled"], rw_url),
               "read-only": (stores["read-only"], ro_url), FOLDER: (None, folder_url)}


def _host_port(url: str) -> tuple[str, int]:
    host, port = url.removeprefix("http://").split(":")
    return host, int(port)


def test_manifest_has_the_34_tests():
    assert len(TESTS) == 34
    assert sum(t.is_update for t in TESTS) == 14


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_with_updates_enabled(servers, test):
    store, url = servers["updates enabled"]
    load_graphs(store, test)
    problems = replay(test, *_host_port(url),
                      extra_headers={"Authorization": f"Bearer {TOKEN}"})
    if not problems:
        TALLY["updates enabled"].append(test.name)
    assert not problems, f"{test.name} ({test.title}): {problems}"


@pytest.mark.parametrize("mode", ["read-only", FOLDER])
@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_read_only(servers, test, mode):
    store, url = servers[mode]
    if store is not None:
        load_graphs(store, test)
    host, port = _host_port(url)
    if test.name.startswith("update_"):
        first = test.steps[0]
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.request(first.method, "/sparql" + first.path.removeprefix("/sparql/"),
                           body=first.body, headers=first.headers)
        response = connection.getresponse()
        text = response.read().decode()
        assert response.status == 403, text
        assert "--allow-update" in text
        if store is not None:
            assert len(store) == len(test.graphs), "a refused update changed the store"
    else:
        problems = replay(test, host, port)
        assert not problems, f"{test.name} ({test.title}): {problems}"
    TALLY[mode].append(test.name)


def test_runner_reports_a_wrong_answer_and_a_wrong_status(servers):
    store, url = servers["read-only"]
    test = copy.deepcopy(next(t for t in TESTS if t.name == "query_get"))
    load_graphs(store, test)
    test.steps[0].boolean = False
    assert any("expected False" in p for p in replay(test, *_host_port(url)))
    test.steps[0].statuses = {"4xx"}
    assert any("status 200" in p for p in replay(test, *_host_port(url)))


def test_tally(capsys):
    with capsys.disabled():
        for mode, passed in TALLY.items():
            print(f"\nW3C SPARQL 1.1 Protocol ({mode}): {len(passed)}/{len(TESTS)} passed")
    assert all(len(passed) == len(TESTS) for passed in TALLY.values())
