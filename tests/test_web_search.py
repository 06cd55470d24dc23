"""Search: accent-, case- and tone-placement-insensitive, JSON on request, refreshed on writes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from cadregraph.api.web.fold import fold, tokens
from cadregraph.api.web.search_index import SearchIndex
from cadregraph.ontology.terms import CG, RDF, SCHEMA
from fastapi.testclient import TestClient
from web_fixture import CGR, fixture_store, make_app

HOA_RAY = CGR + "person/dang-thi-hoa-ray-1a2b"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(make_app(fixture_store()))


def test_fold_meets_tone_placements_and_case() -> None:
    assert fold("Đặng Thị Hoà Rây") == fold("đặng thị hòa rây") == "dang thi hoa ray"
    assert fold("Thuỷ") == fold("THỦY") == "thuy"
    assert tokens("35/2024/NQ-HĐND") == ["35", "2024", "nq", "hdnd"]


@pytest.mark.parametrize("q", ["dang thi hoa ray", "Đặng Thị Hoà Rây", "hoa ray", "HOA RÂY",
                               "Đặng Thị Hòa Rây", "dang thi hoa r"])
def test_person_found_whatever_the_accents(client: TestClient, q: str) -> None:
    r = client.get("/search", params={"q": q}, headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    results = r.json()["results"]
    assert results and results[0]["iri"] == HOA_RAY
    assert results[0]["page"] == "/person/dang-thi-hoa-ray-1a2b"


def test_bodies_documents_places_and_unlinked_mentions(client: TestClient) -> None:
    def first(q: str) -> dict[str, str]:
        return client.get("/search.json", params={"q": q}).json()["results"][0]

    assert first("tinh uy an giang")["iri"] == CGR + "body/tinh-uy-an-giang"
    assert first("05-CT/TW")["iri"] == CGR + "document/directive/05-ct-tw"
    assert first("35/2024/nq-hdnd")["kind"] == "document"
    assert first("long xuyen")["iri"] == CGR + "place/long-xuyen"
    # a mention nobody linked yet is still found, through its own page
    assert first("tran quoc bao")["page"] == "/article/a2-77d0/person/tran-quoc-bao"


def test_linked_mentions_do_not_duplicate_the_person(client: TestClient) -> None:
    results = client.get("/search.json", params={"q": "thuy minh"}).json()["results"]
    assert [r["kind"] for r in results] == ["person"]


def test_html_results_and_no_match(client: TestClient) -> None:
    page = client.get("/search", params={"q": "hoa ray"}).text
    assert 'href="/person/dang-thi-hoa-ray-1a2b"' in page and "Đặng Thị Hoa Rây" in page
    empty = client.get("/search", params={"q": "zzzz qqqq"}).text
    assert 'id="no-hits"' in empty


def test_index_follows_writes_to_the_store() -> None:
    store = fixture_store()
    index = SearchIndex(store, check_every=0)
    assert index.search("vu thi moi") == []
    person = ox.NamedNode(CGR + "person/vu-thi-moi-0000")
    graph = ox.NamedNode(CGR + "graph/linking")
    store.add(ox.Quad(person, RDF.type, CG.Person, graph))
    store.add(ox.Quad(person, SCHEMA.name, ox.Literal("Vũ Thị Mới"), graph))
    index.search("vu thi moi")  # notices the new quad count and rebuilds in the background
    index.wait()
    assert [e.iri for e in index.search("vũ thị mới")] == [person.value]
