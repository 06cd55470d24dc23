"""Where an article is about, and the gazetteer it is read with."""

from __future__ import annotations

import random

import pytest
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_build import GAZETTEER, render
from cadregraph.ingest.extract.gazetteer_read import read_place
from cadregraph.ingest.extract.gazetteer_spell import WINDOW
from cadregraph.ingest.extract.places import (
    _ANCHOR,
    _level_words,
    from_host,
    locate,
    place_mentions,
)
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


# Spellings the one-regex reading must take exactly as the word-by-word walk it falls back to:
# hyphen joints, an en dash (no key holds one), apostrophes, numbers, lower-case typos, capitals,
# a longest unit of the wrong level ("Thị ủy Đồng Xoài"), unknown units after a level word.
SPELLINGS = ["tỉnh Bà Rịa-Vũng Tàu", "tỉnh Bà Rịa- Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu",
             "Hà Nội–Hải Phòng", "huyện Ea H'leo", "huyện Ia H’Drai", "Quận 10", "Phường 7a",
             "TP. Đà nẵng", "TỈNH THANH HÓA", "Thị ủy Đồng Xoài", "Sở Y tế Thanh Hoá",
             "xã Mỹ Thới và Mỹ Thạnh", "huyện Cần Đước, Long An", "phường Tân Lập Mới",
             "TP.HCM", "tỉnh Thừa Thiên-Huế", "thị xã Buôn Hồ", "TX.Buôn Hồ", "Tỉnh ủy Nguyễn"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_trie_reading_matches_the_word_walk(spelling: str) -> None:
    # "İ" lower-cases to two characters: within the window, the reader walks word by word
    fast, walked = f"{spelling}. a", f"{spelling}. İ"
    for pos in range(len(spelling)):
        for level in (None, "tỉnh", "thành phố", "huyện", "thị xã", "xã"):
            one, other = read_place(fast, fast, pos, level), read_place(walked, walked, pos, level)
            assert (one is None) == (other is None), (pos, level)
            if one is not None:
                assert (one.end, one.level, one.name, one.more) == (
                    other.end, other.level, other.name, other.more), (pos, level)


def test_window_holds_the_longest_spelling() -> None:
    gaz = gazetteer()
    longest = max(len(key) for key, whole in gaz.spellable.items() if whole)
    assert longest + 2 * gaz.max_tokens < WINDOW  # " - " joints add two characters each


def test_province_names_overlap() -> None:
    # each word start is tried, as the first-word scan did: "Huế" inside "Thừa Thiên Huế"
    names = [m.name for m in place_mentions("Đoàn công tác đến Thừa Thiên Huế hôm qua.")]
    assert names == ["Thừa Thiên Huế", "Huế"]


def test_level_words_are_found_as_the_letter_scan_found_them() -> None:
    # Tried only where a first word occurs, each taken whole as `finditer` took it: the "xã" of
    # a "thị xã" is not found again; "http" holds a "tp" the reader later lets go.
    pieces = ["tỉnh", "tỉnh ủy", "tỉnh ủyx", "thành phố", "thành ủy", "thành", "thị xã", "xthị xã",
              "thị trấn", "thị", "huyện", "huyện ủy", "quận", "phường", "xã", "đặc khu", "đặc",
              "tp", "tx", "http", "a", " ", "  ", ",", ".", "ủy", "hội", "x"]
    rng = random.Random(5)
    for _ in range(3000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in _level_words(low)] == [m.span() for m in _ANCHOR.finditer(low)]


def test_roads_and_landmarks_named_after_provinces_are_not_places() -> None:
    text = ("Xe nối đuôi nhau từ xa lộ Hà Nội đến cầu Thăng Long và sân bay Đà Nẵng; "
            "đoàn công tác của tỉnh Bắc Ninh đến Hải Phòng.")
    assert list(dict.fromkeys(m.name for m in place_mentions(text))) == ["Bắc Ninh", "Hải Phòng"]
    # in any case (the last letter is tested first, in every case IGNORECASE matches)
    text = "Từ XA LỘ Hà Nội qua Cầu Đà Nẵng; tỉnh Bắc Ninh và Hải Phòng."
    assert list(dict.fromkeys(m.name for m in place_mentions(text))) == ["Bắc Ninh", "Hải Phòng"]


def test_a_province_after_a_comma_is_an_address_not_a_second_place() -> None:
    from cadregraph.ingest.extract.bodies_lexicon import place_at

    read = place_at(" huyện Kim Bôi, Hòa Bình và", 0, None)
    assert read is not None and (read.name, read.more) == ("Kim Bôi", [])
    assert read.end == len(" huyện Kim Bôi, Hòa Bình")
    read = place_at(" huyện Châu Thành, Tân Trụ", 0, None)  # two districts of Long An
    assert read is not None and read.more == ["Tân Trụ"]


def test_place_not_names_file_round_trips() -> None:
    from cadregraph.ingest.extract.gazetteer_read import _NOT_NAMES

    assert {"Ban", "Tuy", "Theo"} <= _NOT_NAMES and "#" not in "".join(_NOT_NAMES)


def test_locality_from_the_commune_when_no_district_is_named() -> None:
    context = located("Đại hội Đảng bộ xã Mỹ Phú lần thứ XI. Tỉnh ủy An Giang chúc mừng.")
    assert (context.province, context.locality, context.locality_level) == (
        "An Giang", "Châu Phú", "huyện")


def test_namesakes_the_package_qualifies_are_read_by_their_name() -> None:
    # the package writes "Kỳ Anh (Huyện)" and "Kỳ Anh (Thị xã)"; the news writes neither
    units = {(u.level, u.type) for u in gazetteer().lookup("Kỳ Anh")}
    assert {("district", "huyện"), ("district", "thị xã")} <= units
    assert [m.name for m in place_mentions("Huyện ủy Kỳ Anh và thị xã Cai Lậy họp.")] == \
        ["Kỳ Anh", "Cai Lậy"]


def test_a_units_address_after_it_belongs_to_the_place_read() -> None:
    from cadregraph.ingest.extract.bodies_lexicon import place_at

    text = " xã Ngọc Vân, huyện Tân Yên (Bắc Giang) Dương Văn An"
    read = place_at(text, 0, None)
    assert read is not None and (read.name, read.more) == ("Ngọc Vân", [])
    assert text[read.end:] == " Dương Văn An"
    read = place_at(" huyện Trần Văn Thời, huyện Cái Nước", 0, None)  # two districts
    assert read is not None and read.more == ["Cái Nước"]
