"""The /query page runs queries exactly as /sparql does: in the query processes of a store
folder served read-only (a runaway is killed, not left holding a worker), under the same
guard, timeout and row limit, and shows the same terms a direct run gives."""

from __future__ import annotations

import re
import time
from html import unescape

import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.settings import Settings
from cadregraph.api.web.ns import compact
from cadregraph.api.web.query_page import MAX_SHOWN, execute
from cadregraph.ingest.store import open_store
from fastapi.testclient import TestClient

EX = "http://example.org/"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ROWS = MAX_SHOWN + 50
G = ox.NamedNode(f"{EX}g")


def _quads() -> list[ox.Quad]:
    p = ox.NamedNode(f"{EX}p")
    quads = [ox.Quad(ox.NamedNode(f"{EX}s{i:04d}"), p, ox.Literal(str(i)), G)
             for i in range(ROWS)]
    kinds = ox.NamedNode(f"{EX}kinds")
    quads += [ox.Quad(kinds, ox.NamedNode(f"{EX}lang"), ox.Literal("Hà Nội", language="vi"), G),
              ox.Quad(kinds, ox.NamedNode(f"{EX}int"), ox.Literal("7", datatype=ox.NamedNode(
                  "http://www.w3.org/2001/XMLSchema#integer")), G),
              ox.Quad(kinds, ox.NamedNode(f"{EX}node"), ox.BlankNode("b1"), G),
              ox.Quad(kinds, ox.NamedNode(f"{EX}iri"),
                      ox.NamedNode("https://w3id.org/cadregraph/id/person/x-1"), G)]
    return quads


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("query-page") / "store"
    with open_store(path) as store:
        store.raw.extend(_quads())
    return path


def _cells(html: str) -> list[list[str]]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


def test_a_runaway_typed_in_the_page_is_killed_like_one_sent_to_sparql(folder):
    app = create_app(Settings(store_location=folder, query_timeout_s=0.3, query_workers=1))
    with TestClient(app) as client:
        response = client.get("/query", params={"query": RUNAWAY})
        assert response.status_code == 503, response.text
        assert 'id="query-error"' in response.text and "query timeout" in response.text
        assert app.state.isolated.killed == 1  # its process was killed, not left running
        give_up = time.monotonic() + 120
        while app.state.isolated.available < 1:
            assert time.monotonic() < give_up, "the replacement process never started"
            time.sleep(0.05)
        ok = client.get("/query", params={"query": f"ASK {{ <{EX}s0001> ?p ?o }}"})
        assert ok.status_code == 200 and 'id="boolean"' in ok.text and "true" in ok.text


def test_page_shows_what_a_direct_run_gives_for_every_kind_of_term(folder):
    query = f"SELECT ?p ?o WHERE {{ <{EX}kinds> ?p ?o }} ORDER BY ?p"
    built = f"CONSTRUCT {{ <{EX}kinds> ?p ?o }} WHERE {{ <{EX}kinds> ?p ?o }}"
    with open_store(folder, read_only=True) as store:
        direct = execute(store, query)
        direct_built = execute(store, built)
    app = create_app(Settings(store_location=folder, query_workers=1))
    with TestClient(app) as client:
        assert client.get("/health").json()["isolated_queries"] is True
        page = client.get("/query", params={"query": query})
        assert page.status_code == 200
        shown = _cells(page.text)
        # The page shows linked IRIs compacted (cgr:…), like the template does.
        expected = [[compact(c["text"]) if c and c.get("page") else c["text"] if c else ""
                     for c in row] for row in direct["rows"]]
        blank = expected[[r[0] for r in expected].index(f"{EX}node")]
        assert blank[1].startswith("_:")
        # Blank node labels are the store's own; everything else must match exactly.
        assert [r for r in shown if not r[1].startswith("_:")] == \
            [r for r in expected if not r[1].startswith("_:")]
        assert 'href="/person/x-1"' in page.text
        constructed = client.get("/query", params={"query": built})
        assert constructed.status_code == 200
        assert len(_cells(constructed.text)) == direct_built["count"] == 4


def test_counts_truncation_and_the_row_limit_come_from_the_endpoint(folder):
    everything = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }}"
    app = create_app(Settings(store_location=folder, query_workers=1))
    with TestClient(app) as client:
        page = client.get("/query", params={"query": everything}).text
        assert f"{ROWS} row(s)" in page and f"first {MAX_SHOWN} shown" in page
        assert len(_cells(page)) == MAX_SHOWN
    limited = create_app(Settings(store_location=folder, query_workers=1, result_limit=10))
    with TestClient(limited) as client:
        response = client.get("/query", params={"query": everything})
        assert response.status_code == 500 and "result limit" in response.text
        deep = "SELECT * WHERE { " + "{ " * 150 + "?s ?p ?o" + " }" * 150 + " }"
        refused = client.get("/query", params={"query": deep})
        assert refused.status_code == 400 and "levels deep" in refused.text
