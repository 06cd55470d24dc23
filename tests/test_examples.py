"""The bundled example articles read cleanly and show what the brief asks them to show."""

from __future__ import annotations

from collections import defaultdict

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.link import link_batch
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.records import Article, ArticleRecord, ReadFailure
from ingest_inputs import EXAMPLES


@pytest.fixture(scope="module")
def records() -> list[ArticleRecord]:
    items = list(iter_articles([EXAMPLES]))
    assert not [item for item in items if isinstance(item, ReadFailure)]
    out = [extract(item) for item in items if isinstance(item, Article)]
    link_batch(out)
    return out


def by_suffix(records: list[ArticleRecord], suffix: str) -> list[ArticleRecord]:
    return [r for r in records if (r.article.source or "").split(":")[0].endswith(suffix)]


def test_one_jsonl_one_txt_one_html_and_a_readme_row_for_each(
        records: list[ArticleRecord]) -> None:
    assert 5 <= len(records) <= 8
    assert len(by_suffix(records, ".jsonl")) >= 4
    (txt,) = by_suffix(records, ".txt")
    (html,) = by_suffix(records, ".html")
    first_line = (EXAMPLES / "tiep-xuc-cu-tri-long-hung.txt").read_text(
        encoding="utf-8").splitlines()[0]
    assert txt.article.title == first_line
    assert html.article.published == "2025-01-10"
    assert html.article.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Lâm lần thứ 20"
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme
    for record in records:
        assert record.id in readme or (record.article.source or "").split("/")[-1] in readme


def test_events_and_documents_the_examples_are_for(records: list[ArticleRecord]) -> None:
    dated = {(e.type, (e.date or "")[:4]) for r in records for e in r.events if e.date}
    assert {"congress", "council_session", "working_session"} <= {t for t, _ in dated}
    documents = {(d.type, d.number) for r in records for d in r.documents}
    assert ("Nghị quyết", "18-NQ/TW") in documents
    assert any(kind == "Chỉ thị" for kind, _ in documents)


def test_same_official_in_several_years_and_a_post_passing_on(
        records: list[ArticleRecord]) -> None:
    years: dict[str, set[str]] = defaultdict(set)
    entities: dict[str, set[str | None]] = defaultdict(set)
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        for person in record.persons:
            years[person.name].add((record.article.published or "")[:4])
            entities[person.name].add(person.entity)
            for position in person.positions:
                holders[(position.role, position.body)].add(person.name)
    assert len(years["Trần Thị Minh Khuê"]) >= 2
    assert len(entities["Trần Thị Minh Khuê"]) == 1  # linked across the years
    assert {"Lê Văn Thạch", "Trần Thị Minh Khuê"} <= holders[("Bí thư", "Thành ủy Tân Phong")]
    chain = max(len(p.positions) for r in records for p in r.persons)
    assert chain >= 3  # "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND thành phố"
