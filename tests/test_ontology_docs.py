"""The generated ontology documentation page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import rdflib
from cadregraph.ontology import docs
from cadregraph.ontology.generate_terms import TTL

CG_NS = "https://w3id.org/cadregraph/ontology#"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.add(values["href"] or "")
        self.scripts += tag == "script"


def _parse(page: str) -> _Collect:
    collector = _Collect()
    collector.feed(page)
    return collector


def test_every_minted_term_has_an_anchor_and_internal_links_resolve() -> None:
    page = docs.render_html()
    found = _parse(page)
    graph = rdflib.Graph().parse(TTL, format="turtle")
    minted = {str(s)[len(CG_NS):] for s in graph.subjects() if str(s).startswith(CG_NS)}
    assert minted and minted <= found.ids
    internal = {h[1:] for h in found.hrefs if h.startswith("#")}
    assert internal and internal <= found.ids
    assert "Câu" in page and "Phó Bí thư Thường trực" in page  # Vietnamese labels, vocab too


def test_text_from_the_ttl_is_escaped(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.ttl"
    hostile.write_text(TTL.read_text(encoding="utf-8").replace(
        '"Sentence"@en', '"<script>alert(1)</script>"@en'), encoding="utf-8")
    page = docs.render_html(hostile)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert _parse(page).scripts == 0


def test_command_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "ontology.html"
    assert docs.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == docs.render_html()
    assert docs.main([str(tmp_path / "missing-dir" / "x.html")]) == 1


def test_the_readme_copy_is_current() -> None:
    """docs/ontology.html (linked from the README) is what the generator writes today."""
    copy = Path(__file__).resolve().parents[1] / "docs" / "ontology.html"
    assert copy.read_text(encoding="utf-8") == docs.render_html(), (
        "regenerate it: python -m cadregraph.ontology.docs docs/ontology.html")
