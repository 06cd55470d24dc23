"""Entity pages: every kind as HTML, .json and .ttl, with the sentence behind each fact."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from web_fixture import CGR, fixture_store, make_app

PAGES = {
    "/person/dang-thi-hoa-ray-1a2b": "person",
    "/article/a2-77d0/person/tran-quoc-bao": "mention",
    "/body/thanh-uy-long-xuyen": "body",
    "/post/bi-thu/thanh-uy-long-xuyen": "post",
    "/place/an-giang": "place",
    "/article/a2-77d0/event/1": "event",
    "/document/resolution/35-2024-nq-hdnd": "document",
    "/article/a1-5c1e": "article",
}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(make_app(fixture_store()))


@pytest.mark.parametrize("path,kind", PAGES.items())
def test_every_kind_in_three_formats(client: TestClient, path: str, kind: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert f'href="{path}.json"' in page.text and f'href="{path}.ttl"' in page.text
    data = client.get(path + ".json").json()
    assert data["kind"] == kind and data["iri"] == CGR + path.lstrip("/")
    assert client.get(path, headers={"Accept": "application/json"}).json() == data
    ttl = client.get(path + ".ttl")
    assert ttl.headers["content-type"].startswith("text/turtle")
    triples = list(ox.parse(ttl.content, format=ox.RdfFormat.TURTLE))
    assert any(ox.NamedNode(data["iri"]) in (t.subject, t.object) for t in triples)


def test_person_page_has_timeline_events_coattendees_and_sources(client: TestClient) -> None:
    d = client.get("/person/dang-thi-hoa-ray-1a2b.json").json()
    posts = {(p["role"], p["body_label"]): p for p in d["timeline"]}
    secretary = posts[("Bí thư", "Thành ủy Long Xuyên")]
    assert (secretary["first"], secretary["last"]) == ("2023-05-10", "2024-04-03")
    assert [s["article"] for s in secretary["sources"]] == [CGR + "article/a1-5c1e",
                                                           CGR + "article/a2-77d0"]
    assert secretary["sources"][0]["url"] == "https://news.example.org/a1"
    assert "Bí thư Thành ủy Long Xuyên" in secretary["sources"][0]["sentence"]
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy An Giang") in posts
    assert [e["date"] for e in d["events"]] == ["2023-05-09", "2024-04-03"]
    co = {c["name"]: c["count"] for c in d["co_attendees"]}
    assert co["Nguyễn Văn Thủy Minh"] == 2 and co["Trần Quốc Bảo"] == 1
    assert d["co_attendees"][0]["person"] == CGR + "person/nguyen-van-thuy-minh-3c4d"
    html = client.get("/person/dang-thi-hoa-ray-1a2b").text
    assert 'href="/article/a1-5c1e"' in html and 'href="https://news.example.org/a1"' in html
    assert 'href="/graph/person/dang-thi-hoa-ray-1a2b"' in html
    assert "<q>Ngày 9/5, đồng chí Đặng Thị Hoa Rây" in html


def test_mention_page_points_to_its_canonical_person(client: TestClient) -> None:
    d = client.get("/article/a1-5c1e/person/dang-thi-hoa-ray.json").json()
    assert d["canonical"] == [{"person": CGR + "person/dang-thi-hoa-ray-1a2b",
                               "name": "Đặng Thị Hoa Rây"}]
    assert len(d["timeline"]) == 1  # only what this one article says
    alone = client.get("/article/a2-77d0/person/tran-quoc-bao.json").json()
    assert alone["canonical"] == [] and alone["events"][0]["type"] == "Conference"


def test_body_document_article_content(client: TestClient) -> None:
    body = client.get("/body/thanh-uy-long-xuyen.json").json()
    holders = {(h["role"], h["name"]): h for h in body["holders"]}
    assert holders[("Bí thư", "Đặng Thị Hoa Rây")]["count"] == 2
    assert body["parents"][0]["parent"] == CGR + "body/tinh-uy-an-giang"
    assert [c["child"] for c in body["children"]] == [CGR + "body/dang-uy-phuong-my-thoi"]
    merged = client.get("/body/dang-uy-phuong-my-thoi.json").json()["changes"]
    assert merged[0]["dir"] == "from" and merged[0]["otherLabel"] == "Đảng ủy phường Mỹ Thạnh"
    doc = client.get("/document/resolution/35-2024-nq-hdnd.json").json()
    assert doc["type"] == "Resolution" and doc["citations"][0]["article"] == CGR + "article/a2-77d0"
    art = client.get("/article/a2-77d0.json").json()
    assert len(art["sentences"]) == 2 and {p["name"] for p in art["persons"]} >= {"Trần Quốc Bảo"}


def test_parts_of_articles_get_a_plain_page(client: TestClient) -> None:
    d = client.get("/article/a1-5c1e/s1.json").json()
    assert d["kind"] == "article-part"
    assert any(f["p"].endswith("#text") and "Bí thư" in f["o"] for f in d["facts"])
    html = client.get("/article/a1-5c1e/s1").text
    assert 'href="/article/a1-5c1e"' in html


@pytest.mark.parametrize("path", ["/person/nobody-here", "/body/none.json", "/person/a%20b",
                                  "/person/x%3E%20%7D%20%3Fs", "/article/..%2F..%2Fetc"])
def test_unknown_or_invalid_addresses_are_404_with_advice(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "search" in r.text.lower()


def test_served_html_has_no_remote_reference(client: TestClient) -> None:
    for path in [*PAGES, "/search?q=hoa", "/query", "/graph", "/graph/coattendance?min=1",
                 "/graph/hierarchy", "/graph/person/dang-thi-hoa-ray-1a2b"]:
        html = client.get(path).text
        for ref in re.findall(r'(?:src|href)="([^"]*)"', html):
            assert ref.startswith(("/", "#", "?")) or "example.org" in ref, (path, ref)
        assert "cdn" not in html.lower(), path
