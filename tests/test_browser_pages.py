"""A real browser against a real server: search → person page → graph drawn, all offline.

Every request the pages make is recorded; none may leave localhost. The last test builds a
store from examples/articles with the real pipeline and takes screenshots of the main pages;
with CADREGRAPH_SCREENSHOTS=1 they replace the README's pictures in docs/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from web_fixture import (
    CANVAS_INK,
    README_SCREENSHOTS,
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
    page.goto(server + "/search")
    page.fill(".big-search input[name=q]", "dang thi hoa ray")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_selector("#hits")
    assert page.inner_text("#hits li:first-child a") == "Đặng Thị Hoa Rây"

    page.click("#hits li:first-child a")
    page.wait_for_url("**/person/dang-thi-hoa-ray-1a2b")
    assert page.inner_text("h1") == "Đặng Thị Hoa Rây"
    assert page.locator(".timeline .bar").count() == 2
    assert "Nguyễn Văn Thủy Minh" in page.inner_text("body")

    page.click("text=network graph")
    page.wait_for_url("**/graph/person/dang-thi-hoa-ray-1a2b")
    page.wait_for_selector("#graph[data-ready=yes]", timeout=20_000)
    assert page.evaluate(CANVAS_INK) > 2000
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
    page.locator("#sparql").fill("SELECT ?x WHERE { ?x a cg:Person }")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#results table")
    assert page.locator(".results-table tbody tr").count() == 2


EXAMPLES = README_SCREENSHOTS.parents[1] / "examples" / "articles"


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason=f"no example articles at {EXAMPLES}")
def test_readme_screenshots_from_the_examples(browser: Any, tmp_path: Any) -> None:
    from cadregraph.ingest.pipeline import ingest
    from cadregraph.ingest.store import open_store

    store = open_store(tmp_path / "store")
    try:
        assert ingest([EXAMPLES], store, progress=False).ok
        with live_server(make_app(store)) as server:
            _screenshots(browser, server)
    finally:
        store.close()


def _screenshots(browser: Any, server: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server + "/search?q=tran+thi+minh+khue")
    assert page.inner_text("#hits li:first-child a") == "Trần Thị Minh Khuê"
    page.screenshot(path=str(SCREENSHOTS / "search.png"))
    page.click("#hits li:first-child a")
    page.wait_for_selector(".timeline .bar")
    page.screenshot(path=str(SCREENSHOTS / "person.png"), full_page=True)
    page.click("text=network graph")
    page.wait_for_selector("#graph[data-ready=yes]", timeout=20_000)
    assert page.evaluate(CANVAS_INK) > 2000
    page.screenshot(path=str(SCREENSHOTS / "graph.png"))
    page.goto(server + "/query?example=posts-over-time")
    page.locator("#sparql").fill(page.locator("#sparql").input_value().replace(
        "Đặng Thị Hoa Rây", "Trần Thị Minh Khuê"))
    page.click("#run")
    page.wait_for_selector("#results table")
    assert page.locator(".results-table tbody tr").count() >= 2
    page.screenshot(path=str(SCREENSHOTS / "query.png"), full_page=True)
    context.close()
    assert [u for u in requested if not is_local(u)] == []


def _crowd(persons: int, events: int) -> Any:
    """A store where `persons` unlinked people attend `events` meetings in small groups."""
    import random

    import pyoxigraph as ox
    from cadregraph.ontology.terms import CG, RDF, SCHEMA

    rng = random.Random(3)
    base = "https://w3id.org/cadregraph/id/article/crowd/"
    graph = ox.NamedNode(base + "graph")
    quads = []
    for p in range(persons):
        m = ox.NamedNode(f"{base}person/p{p}")
        quads += [ox.Quad(m, RDF.type, CG.PersonMention, graph),
                  ox.Quad(m, SCHEMA.name, ox.Literal(f"Người Thứ {p}"), graph)]
    for e in range(events):
        event = ox.NamedNode(f"{base}event/{e}")
        quads.append(ox.Quad(event, RDF.type, CG.Conference, graph))
        hub = rng.randrange(40)  # a few very busy people, many occasional ones
        for p in {hub, *rng.sample(range(persons), 3)}:
            quads.append(ox.Quad(event, CG.participant, ox.NamedNode(f"{base}person/p{p}"), graph))
    store = ox.Store()
    store.extend(quads)
    return store


def test_two_thousand_node_graph_draws_and_settles(browser: Any) -> None:
    with live_server(make_app(_crowd(2000, 2500))) as server:
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(server + "/graph/coattendance?min=1&max_nodes=2000", timeout=120_000)
        page.wait_for_selector("#graph[data-ready=yes]", timeout=30_000)
        drawn = page.evaluate("() => Object.keys(window.cadregraphNetwork.getPositions()).length")
        assert drawn == int(page.inner_text("#graph-count").split()[0]) > 1900
        assert page.evaluate(CANVAS_INK) > 5000
        moved = page.evaluate("""() => new Promise(done => {
          const net = window.cadregraphNetwork, before = JSON.stringify(net.getPositions());
          setTimeout(() => done(JSON.stringify(net.getPositions()) !== before), 1000);
        })""")
        assert moved is False  # physics off: positions from the server stay put
        page.screenshot(path=str(SCREENSHOTS / "graph-2000.png"))
        page.close()
