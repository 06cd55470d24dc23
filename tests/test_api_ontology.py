"""/ontology: the documentation page generated from the .ttl, Turtle when asked for, and
/ontology.ttl; the landing page links them."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx
import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.landing import wants_turtle
from cadregraph.api.settings import Settings
from cadregraph.ontology.generate_terms import TTL
from cadregraph.ontology.terms import CG, OWL, RDF
from fastapi.testclient import TestClient
from web_fixture import live_server

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def _parsed(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def _minted_classes() -> set[str]:
    triples = ox.parse(path=str(TTL), format=ox.RdfFormat.TURTLE)
    return {t.subject.value.removeprefix(CG.Person.value.removesuffix("Person"))
            for t in triples if t.predicate == RDF.type and t.object == OWL.Class
            and t.subject.value.startswith(CG.Person.value.removesuffix("Person"))}


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(), store=ox.Store())) as test_client:
        yield test_client


def test_browsers_get_the_documentation_generated_from_the_ttl(client):
    response = client.get("/ontology", headers={"Accept": BROWSER})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["vary"] == "Accept"
    page = _parsed(response.text)
    classes = _minted_classes()
    assert "Person" in classes and len(classes) > 5
    assert classes <= page.ids, f"classes without a section: {sorted(classes - page.ids)}"
    assert "/ontology.ttl" in page.hrefs


@pytest.mark.parametrize("accept", ["text/turtle", "text/turtle, */*;q=0.1",
                                    "application/x-turtle", "text/turtle;q=0.9, text/html;q=0.5"])
def test_rdf_clients_asking_for_turtle_get_turtle(client, accept):
    response = client.get("/ontology", headers={"Accept": accept})
    assert response.headers["content-type"].startswith("text/turtle")
    triples = [q.triple for q in ox.parse(response.content, format=ox.RdfFormat.TURTLE)]
    assert ox.Triple(CG.Person, RDF.type, OWL.Class) in triples


@pytest.mark.parametrize(("accept", "turtle"), [
    (None, False), ("*/*", False), (BROWSER, False), ("text/html, text/turtle", True),
    ("text/turtle;q=0.5, text/html", False), ("text/turtle;q=0", False),
    ("TEXT/TURTLE", True), ("text/turtle;q=oops", False),
])
def test_accept_header_decides(accept, turtle):
    assert wants_turtle(accept) is turtle


def test_turtle_source_is_the_file_itself(client):
    response = client.get("/ontology.ttl")
    assert response.headers["content-type"].startswith("text/turtle")
    assert response.content == TTL.read_bytes()
    shown = client.get("/ontology.ttl", headers={"Accept": BROWSER})  # inline, not a download
    assert shown.headers["content-type"].startswith("text/plain")
    assert shown.content == TTL.read_bytes()


def test_landing_page_links_lead_to_the_documentation_and_the_turtle():
    with live_server(create_app(Settings(), store=ox.Store())) as url:
        landing = _parsed(httpx.get(url + "/", timeout=30).text)
        assert "/ontology" in landing.hrefs and "/ontology.ttl" in landing.hrefs
        docs = httpx.get(url + "/ontology", headers={"Accept": BROWSER}, timeout=30)
        assert docs.headers["content-type"].startswith("text/html")
        assert "Person" in _parsed(docs.text).ids
        source = httpx.get(url + "/ontology.ttl", timeout=30)
        assert source.content == TTL.read_bytes()
