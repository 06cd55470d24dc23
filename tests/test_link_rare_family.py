"""Mentions without posts in articles about different provinces: an uncommon family name
links them, a common one does not (records and sentences written here, not corpus text)."""

from cadregraph.ingest.link import link_batch
from cadregraph.ingest.records import Article, ArticleRecord, Person


def _record(aid: str, name: str, text: str) -> ArticleRecord:
    return ArticleRecord(article=Article(id=aid, text=text, published=None), text=text,
                         persons=[Person(name=name)])


def _linked(name: str) -> tuple[str | None, str | None]:
    recs = [
        _record("r1", name, f"Cán bộ tỉnh Sóc Trăng nhắc lại trường hợp {name} bỏ trốn."),
        _record("r2", name, f"Hội nghị ở tỉnh Lạng Sơn nêu trường hợp {name} làm ví dụ."),
    ]
    link_batch(recs)
    return recs[0].persons[0].entity, recs[1].persons[0].entity


def test_uncommon_family_name_links_across_provinces() -> None:
    first, second = _linked("Khổng Hữu Định")
    assert first and first == second


def test_common_family_name_stays_apart_across_provinces() -> None:
    first, second = _linked("Nguyễn Hữu Định")
    assert first and second and first != second
