"""Pages over a store built by the real pipeline from examples/articles (ingest + linking).

Where the fixture graph pins exact shapes, this checks that what ingestion really writes is
browsable: search finds the linked persons, and every internal link on their pages works.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_fixture import make_app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not EXAMPLES.is_dir():
        pytest.skip(f"no example articles at {EXAMPLES}")
    from cadregraph.ingest.pipeline import ingest
    from cadregraph.ingest.store import open_store

    graph_store = open_store(tmp_path_factory.mktemp("store"))
    summary = ingest([EXAMPLES], graph_store, progress=False)
    assert summary.ok
    yield graph_store
    graph_store.close()


@pytest.fixture(scope="module")
def client(store: Any) -> TestClient:
    return TestClient(make_app(store))


def first_hit(client: TestClient, q: str) -> dict[str, Any]:
    results = client.get("/search.json", params={"q": q}).json()["results"]
    assert results, f"nothing found for {q!r}"
    return results[0]


def test_linked_person_found_without_accents(client: TestClient) -> None:
    hit = first_hit(client, "tran thi minh khue")
    assert hit["kind"] == "person" and hit["label"] == "Trần Thị Minh Khuê"
    d = client.get(hit["page"] + ".json").json()
    assert len(d["mentions"]) >= 2  # linking gathered her articles
    secretary = [p for p in d["timeline"] if p["role"] == "Bí thư"]
    assert secretary and "Tân Phong" in secretary[0]["body_label"]
    assert all(s["sentence"] and s["article"] for s in secretary[0]["sources"])
    assert any(s["url"].startswith("https://bao-hoa-lam.example/")
               for s in secretary[0]["sources"])


def test_every_internal_link_of_a_person_page_works(client: TestClient) -> None:
    page = first_hit(client, "le van thach")["page"]
    html = client.get(page).text
    links = sorted(set(re.findall(r'href="(/(?:person|body|post|place|article|document|graph)'
                                  r'[^"?#]*)"', html)))
    assert len(links) > 5
    for link in links:
        assert client.get(link).status_code == 200, link


def test_graphs_over_pipeline_output(client: TestClient) -> None:
    page = first_hit(client, "pham quoc bao")["page"]
    ego = client.get("/graph" + page + ".json").json()
    assert len(ego["nodes"]) > 3 and ego["edges"]
    co = client.get("/graph/coattendance.json", params={"min": 1}).json()
    assert co["nodes"] and co["edges"]
    assert client.get("/graph/hierarchy.json").json()["nodes"]
