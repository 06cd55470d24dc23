"""A sentence that opens with what came after ("Trước khi được bầu làm Chủ tịch UBND tỉnh, ông
A giữ các chức vụ …") tells of posts held before: they are former, the post in its opening
clause is not. Short sentences we wrote, fictional people."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article


def former_flags(text: str) -> dict[str, dict[tuple[str, str], bool]]:
    article = Article(id="t", text=text)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, _ = extract_people(context)
    return {p.name: {x.key(): x.former for x in p.positions} for p in persons}


def test_posts_after_a_before_clause_areformer_flags() -> None:
    held = former_flags("Ông Lê Văn Khải vừa được bầu giữ chức Phó Chủ tịch UBND tỉnh Quảng Ngãi. "
                   "Trước khi được bầu giữ chức vụ Phó Chủ tịch UBND tỉnh, ông Khải đảm nhận "
                   "các chức vụ Bí thư Thành ủy Quảng Ngãi, Chủ tịch HĐND thành phố Quảng "
                   "Ngãi.")["Lê Văn Khải"]
    assert held[("Bí thư", "Thành ủy Quảng Ngãi")] is True
    assert held[("Chủ tịch", "Hội đồng nhân dân thành phố Quảng Ngãi")] is True
    assert held[("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")] is False
