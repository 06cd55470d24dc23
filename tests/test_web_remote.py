"""The pages over a RemoteStore (a real `oxigraph serve`): no substitutions there, so the
bound IRI is validated and placed by a BIND; the pages must read the same as embedded."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cadregraph.api.web.routes import build_router
from cadregraph.api.web.sparql import select
from fastapi import FastAPI
from fastapi.testclient import TestClient
from oxigraph_server import oxigraph_server
from pyoxigraph import NamedNode
from web_fixture import CGR, FIXTURE, fixture_store


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the `oxigraph` server binary is absent: pip install oxigraph")
    folder: Path = tmp_path_factory.mktemp("remote")
    subprocess.run([binary, "load", "--location", str(folder), "--file", str(FIXTURE)],
                   check=True, capture_output=True)
    from cadregraph.ingest.store import open_store

    with oxigraph_server(folder) as url:
        store = open_store(url, read_only=True)
        yield store
        store.close()


def test_bound_queries_match_the_embedded_store(remote: Any) -> None:
    query = "SELECT ?subject ?name WHERE { ?subject cg:hasMention ?m . ?m schema:name ?name }"
    person = NamedNode(CGR + "person/dang-thi-hoa-ray-1a2b")
    here = sorted(r["name"] for r in select(fixture_store(), query, subject=person))
    there = sorted(r["name"] for r in select(remote, query, subject=person))
    assert here == there == ["Đặng Thị Hoa Rây", "Đặng Thị Hoà Rây"]
    assert select(remote, query, subject=NamedNode("http://x/a")) == []
    with pytest.raises(ValueError, match="refusing to inline"):  # valid IRI, not a slug
        select(remote, query, subject=NamedNode("http://x/a'b"))


def test_pages_and_search_over_remote(remote: Any) -> None:
    app = FastAPI()
    app.include_router(build_router(remote, None))
    client = TestClient(app)
    hits = client.get("/search.json", params={"q": "hoa ray"}).json()["results"]
    assert hits[0]["page"] == "/person/dang-thi-hoa-ray-1a2b"
    d = client.get("/person/dang-thi-hoa-ray-1a2b.json").json()
    assert {p["role"] for p in d["timeline"]} == {"Bí thư", "Ủy viên"}
    assert d["co_attendees"][0]["name"] == "Nguyễn Văn Thủy Minh"
    assert client.get("/article/a2-77d0/person/tran-quoc-bao.json").json()["events"]
    assert client.get("/graph/person/dang-thi-hoa-ray-1a2b.json").json()["nodes"]
    assert "Đặng Thị Hoa Rây" in client.get("/person/dang-thi-hoa-ray-1a2b.ttl").text
