"""Graph pages: ego networks with a year filter, co-attendance, hierarchy; offline drawing."""

from __future__ import annotations

import networkx as nx
import pytest
from cadregraph.api.web.graph_render import prune, to_vis
from fastapi.testclient import TestClient
from web_fixture import fixture_store, make_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(make_app(fixture_store()))


def labels(data: dict) -> dict[str, str]:
    return {n["title"].rsplit(" (", 1)[0]: n["kind"] for n in data["nodes"]}


def test_person_ego_network_and_year_filter(client: TestClient) -> None:
    full = client.get("/graph/person/dang-thi-hoa-ray-1a2b.json").json()
    seen = labels(full)
    assert seen["Đặng Thị Hoa Rây"] == "centre"
    assert seen["Thành ủy Long Xuyên"] == "body" and seen["Bí thư"] == "post"
    assert seen["Nguyễn Văn Thủy Minh"] == "person" and seen["Trần Quốc Bảo"] == "person"
    assert sum(1 for k in seen.values() if k == "event") == 2
    assert all({"x", "y"} <= n.keys() for n in full["nodes"])
    only_2023 = labels(client.get("/graph/person/dang-thi-hoa-ray-1a2b.json",
                                  params={"from": 2023, "to": 2023}).json())
    assert "Trần Quốc Bảo" not in only_2023  # met only at the 2024 conference
    assert "Ban Thường vụ Tỉnh ủy An Giang" not in only_2023  # attested in 2024 only
    assert "Thành ủy Long Xuyên" in only_2023


def test_body_ego_network(client: TestClient) -> None:
    seen = labels(client.get("/graph/body/thanh-uy-long-xuyen.json").json())
    assert seen["Thành ủy Long Xuyên"] == "centre"
    assert {"Tỉnh ủy An Giang", "Đảng ủy phường Mỹ Thới", "Đặng Thị Hoa Rây"} <= seen.keys()


def test_coattendance_weights_and_threshold(client: TestClient) -> None:
    data = client.get("/graph/coattendance.json", params={"min": 2}).json()
    names = {n["id"]: n["label"] or n["title"] for n in data["nodes"]}
    assert len(data["edges"]) == 1 and data["edges"][0]["value"] == 2
    edge = data["edges"][0]
    assert {names[edge["from"]], names[edge["to"]]} == {"Đặng Thị Hoa Rây", "Nguyễn Văn Thủy Minh"}
    loose = client.get("/graph/coattendance.json", params={"min": 1}).json()
    assert len(loose["edges"]) > 1


def test_hierarchy_includes_merger(client: TestClient) -> None:
    plain = client.get("/graph/hierarchy.json").json()
    assert {e["title"] for e in plain["edges"]} == {"part of"}
    data = client.get("/graph/hierarchy.json", params={"merges": "true"}).json()
    titles = {e["title"] for e in data["edges"]}
    assert titles == {"part of", "merged into"}
    assert data["options"]["physics"]["enabled"] is False


def test_graph_page_is_offline_and_script_free_inline(client: TestClient) -> None:
    page = client.get("/graph/person/dang-thi-hoa-ray-1a2b")
    html = page.text
    assert '<script src="/static/vendor/vis-network.min.js"></script>' in html
    assert '<script type="application/json" id="graph-data">' in html
    assert "script-src 'self'" in page.headers["content-security-policy"]
    js = client.get("/static/vendor/vis-network.min.js")
    assert js.status_code == 200 and b"vis" in js.content[:2000] and len(js.content) > 100_000
    assert client.get("/static/graph.js").status_code == 200
    assert client.get("/static/../routes.py").status_code == 404


def test_not_a_person_or_body_and_invalid_address(client: TestClient) -> None:
    assert client.get("/graph/document/resolution/35-2024-nq-hdnd").status_code == 404
    assert client.get("/graph/person/%3Cx%3E").status_code == 404


def test_two_thousand_nodes_stay_readable() -> None:
    g = nx.barabasi_albert_graph(2500, 2, seed=1)
    nx.set_node_attributes(g, "person", "kind")
    data = to_vis(prune(g, 2000))
    assert len(data["nodes"]) == 2000
    labelled = [n for n in data["nodes"] if n["label"]]
    assert 0 < len(labelled) <= 80  # only the best-connected carry a label
    assert data["options"]["physics"]["enabled"] is False
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > 1900  # really laid out
