"""Where an article is about, and the gazetteer it is read with."""

from __future__ import annotations

import pytest
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_build import GAZETTEER, render
from cadregraph.ingest.extract.places import from_host, locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article


def located(text: str, **kw) -> Context:
    article = Article(id="t", text=text, **kw)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    return context


def test_builder_reproduces_the_gazetteer_file() -> None:
    pytest.importorskip("vietnamadminunits")
    assert GAZETTEER.read_text(encoding="utf-8") == render()


def test_gazetteer_knows_old_and_new_units() -> None:
    gaz = gazetteer()
    assert gaz.province_of("Long Xuyên") == "An Giang"
    assert any(u.level == "ward" and u.province == "An Giang" for u in gaz.lookup("Mỹ Thới"))
    assert gaz.lookup("Thanh Hoá") == gaz.lookup("Thanh Hóa")  # either tone placement
    assert "Hà Nội" in gaz.cities and "An Giang" not in gaz.cities


def test_host_names_give_province_and_district() -> None:
    assert from_host("longxuyen.angiang.gov.vn") == ("An Giang", "Long Xuyên")
    assert from_host("baonghean.vn") == ("Nghệ An", None)
    assert from_host("example.com") == (None, None)


def test_province_and_locality_from_text() -> None:
    context = located("Chiều 5/6, HĐND TP. Long Xuyên họp. Tỉnh ủy An Giang chỉ đạo.",
                      published="2024-06-05")
    assert (context.province, context.locality, context.locality_level) == (
        "An Giang", "Long Xuyên", "thành phố")
    assert context.year == 2024
    assert "Long Xuyên" in context.places


def test_input_province_wins() -> None:
    assert located("Tỉnh ủy Cà Mau họp.", province="An Giang").province == "An Giang"
