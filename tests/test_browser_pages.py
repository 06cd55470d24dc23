"""A real browser against a real server: search → person page → graph drawn, all offline.

Every request the pages make is recorded; none may leave localhost. Screenshots of the main
pages are written to docs/screenshots/ for the README.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from web_fixture import (
    CANVAS_INK,
    SCREENSHOTS,
    chromium,
    chromium_missing,
    fixture_store,
    is_local,
    live_server,
    make_app,
)

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(chromium_missing() is not None,
                                 reason=chromium_missing() or "")]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with live_server(make_app(fixture_store())) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.requested = []
    pg.on("request", lambda request: pg.requested.append(request.url))
    yield pg
    context.close()
    remote = [u for u in pg.requested if not is_local(u)]
    assert not remote, f"requests left localhost: {remote}"


def test_search_then_person_then_graph(server: str, page: Any) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(server + "/search")
    page.fill(".big-search input[name=q]", "dang thi hoa ray")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_selector("#hits")
    assert page.inner_text("#hits li:first-child a") == "Đặng Thị Hoa Rây"
    page.screenshot(path=str(SCREENSHOTS / "search.png"))

    page.click("#hits li:first-child a")
    page.wait_for_url("**/person/dang-thi-hoa-ray-1a2b")
    assert page.inner_text("h1") == "Đặng Thị Hoa Rây"
    assert page.locator(".timeline .bar").count() == 2
    assert "Nguyễn Văn Thủy Minh" in page.inner_text("body")
    page.screenshot(path=str(SCREENSHOTS / "person.png"), full_page=True)

    page.click("text=network graph")
    page.wait_for_url("**/graph/person/dang-thi-hoa-ray-1a2b")
    page.wait_for_selector("#graph[data-ready=yes]", timeout=20_000)
    assert page.evaluate(CANVAS_INK) > 2000
    page.screenshot(path=str(SCREENSHOTS / "graph.png"))
    assert any(u.endswith("/static/vendor/vis-network.min.js") for u in page.requested)


def test_coattendance_graph_draws(server: str, page: Any) -> None:
    page.goto(server + "/graph/coattendance?min=1")
    page.wait_for_selector("#graph[data-ready=yes]", timeout=20_000)
    assert page.evaluate(CANVAS_INK) > 1000
    nodes = page.evaluate("() => Object.keys(window.cadregraphNetwork.getPositions()).length")
    assert nodes == int(page.inner_text("#graph-count").split()[0])


def test_query_page_highlights_runs_and_links(server: str, page: Any) -> None:
    page.goto(server + "/query?example=co-attendance")
    assert page.locator("#highlight .tok-keyword").count() > 5
    assert page.locator("#highlight .tok-variable").count() > 5
    page.click("#run")
    page.wait_for_selector("#results table")
    first = page.locator(".results-table tbody tr").first
    assert "Đặng Thị Hoa Rây" in first.inner_text() and "Nguyễn Văn Thủy Minh" in first.inner_text()
    assert first.locator("a[href^='/person/']").count() == 2
    page.screenshot(path=str(SCREENSHOTS / "query.png"), full_page=True)
    page.locator("#sparql").fill("SELECT ?x WHERE { ?x a cg:Person }")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#results table")
    assert page.locator(".results-table tbody tr").count() == 2
