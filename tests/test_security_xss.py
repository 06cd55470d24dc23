"""Script payloads in names, headlines, sentences and URLs stay text, over HTTP and in a browser.

The fixture article xss-9a1b carries a payload in every text field: a person name with a
<script>, a headline and an event name with onerror images, a body label that tries to break
out of an attribute, a `javascript:` source URL. Each payload would set window.__pwned or
open a dialog if it ran.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_fixture import chromium, chromium_missing, fixture_store, is_local, live_server, make_app

PAGES = ["/article/xss-9a1b", "/article/xss-9a1b/person/lo-van-doc", "/body/xss-body",
         "/article/xss-9a1b/event/1", "/search?q=lo+van+doc", "/search?q=ban+doc",
         "/article/a2-77d0/person/tran-quoc-bao", "/graph/article/xss-9a1b/person/lo-van-doc",
         "/graph/coattendance?min=1", "/graph/body/xss-body", "/post/x/xss-body",
         "/query?query=SELECT+%3Fn+WHERE+%7B+%3Fm+schema%3Aname+%3Fn+%7D",
         "/search?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E"]
RAW_PAYLOADS = ["<script>window.__pwned", "<img src=x onerror", "<svg onload", "javascript:"]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(make_app(fixture_store()))


@pytest.mark.parametrize("path", PAGES)
def test_payloads_come_back_escaped(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    for raw in RAW_PAYLOADS:
        assert raw not in r.text, f"{raw!r} unescaped in {path}"
    assert "script-src 'self'" in r.headers["content-security-policy"]
    # the only scripts are our own files (and the non-executing JSON data block)
    for tag in re.findall(r"<script[^>]*>", r.text):
        assert re.fullmatch(r'<script (src="/static/[\w./-]+"|type="application/json" '
                            r'id="graph-data")>', tag), tag


def test_escaped_text_is_still_shown(client: TestClient) -> None:
    html = client.get("/article/xss-9a1b/person/lo-van-doc").text
    assert "Lò Văn Độc&lt;script&gt;window.__pwned=&#39;name&#39;&lt;/script&gt;" in html
    graph = client.get("/graph/article/xss-9a1b/person/lo-van-doc").text
    data = graph.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    assert "\\u003cscript\\u003e" in data and "<" not in data


def test_json_views_keep_the_data_verbatim(client: TestClient) -> None:
    d = client.get("/article/xss-9a1b/person/lo-van-doc.json").json()
    assert d["label"] == "Lò Văn Độc<script>window.__pwned='name'</script>"
    r = client.get("/search", params={"q": "lo van doc"}, headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("path", ["/person/x%3E%20%3Fp%20%3Fo%20%7D%20%23",
                                  "/body/a%22%29%20UNION",
                                  "/graph/person/x%3E%7D"])
def test_urls_cannot_reach_query_text(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "not a valid" in r.text


@pytest.mark.browser
@pytest.mark.skipif(chromium_missing() is not None, reason=chromium_missing() or "")
class TestInBrowser:
    @pytest.fixture(scope="class")
    def server(self) -> Iterator[str]:
        with live_server(make_app(fixture_store())) as url:
            yield url

    @pytest.fixture(scope="class")
    def browser(self) -> Iterator[Any]:
        with chromium() as b:
            yield b

    def test_nothing_runs(self, server: str, browser: Any) -> None:
        page = browser.new_page()
        dialogs: list[str] = []
        requested: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: requested.append(r.url))
        tooltips: list[str] = []
        for path in PAGES:
            page.goto(server + path)
            page.wait_for_load_state("load")
            if page.locator("#graph").count():
                page.wait_for_selector("#graph[data-ready=yes]", timeout=20_000)
                tooltips += self._hover_every_node(page)
            assert page.evaluate("() => window.__pwned") is None, path
        assert any("<script>window.__pwned='name'</script>" in t for t in tooltips), tooltips
        assert dialogs == []
        assert [u for u in requested if not is_local(u)] == []
        page.goto(server + "/article/xss-9a1b/person/lo-van-doc")
        assert "<script>window.__pwned='name'</script>" in page.inner_text("h1")
        page.close()

    @staticmethod
    def _hover_every_node(page: Any) -> list[str]:
        """Show each node's tooltip: a title rendered as HTML would run its payload."""
        spots = page.evaluate("""() => {
          const net = window.cadregraphNetwork, pos = net.getPositions();
          return Object.keys(pos).map(id => net.canvasToDOM(pos[id]));
        }""")
        box = page.locator("#graph").bounding_box()
        shown = []
        for spot in spots:
            page.mouse.move(box["x"] + spot["x"], box["y"] + spot["y"])
            page.wait_for_timeout(250)
            tip = page.locator(".vis-tooltip")
            if tip.count() and tip.is_visible():
                assert tip.locator("script, img, svg").count() == 0
                shown.append(tip.inner_text())
        return shown
