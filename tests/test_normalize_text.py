"""Normalisation: NFC, tone placement, look-alike letters, spaces, quotes, residue, offsets."""

from __future__ import annotations

import unicodedata

import pytest
from cadregraph.ingest.normalize.glued import (
    COMMA_GLUED_PATTERN,
    DASH_LEFT_PATTERN,
    DASH_RIGHT_PATTERN,
    SPACE_BEFORE_PATTERN,
    drop_space_before_punctuation,
    space_dash_left,
    space_dash_right,
    space_glued_commas,
)
from cadregraph.ingest.normalize.residue import (
    _PHOTO_CREDIT,
    _drop_photo_credits,
    crawl_prefix,
    strip_residue,
)
from cadregraph.ingest.normalize.tables import char_table, tone_pairs
from cadregraph.ingest.normalize.text import article_text, normalize_text
from cadregraph.ingest.normalize.tones import fix_tone_placement
from cadregraph.ingest.records import Article


@pytest.mark.parametrize(("old", "new"), [
    ("Hoà Bình", "Hòa Bình"), ("thuỷ lợi", "thủy lợi"), ("Uỷ ban", "Ủy ban"),
    ("Tỉnh uỷ", "Tỉnh ủy"), ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"), ("khoá XI", "khóa XI"),
    ("Thanh Hoá", "Thanh Hóa"), ("khoẻ mạnh", "khỏe mạnh"), ("Thuý", "Thúy"),
])
def test_old_tone_placement_becomes_new(old: str, new: str) -> None:
    assert fix_tone_placement(old) == new


@pytest.mark.parametrize("word", ["hoàng", "quý", "Quý", "ngoài", "tuyên", "hòa", "khuya"])
def test_tone_placement_leaves_other_syllables(word: str) -> None:
    assert fix_tone_placement(word) == word


def test_tones_table_round_trips_one_pair_in_every_case() -> None:
    pairs = tone_pairs()
    assert pairs["oà"] == "òa" and pairs["Oà"] == "Òa" and pairs["OÀ"] == "ÒA"
    assert pairs["uỷ"] == "ủy" and pairs["UỶ"] == "ỦY"


def test_chars_table_maps_eth_spaces_and_quotes() -> None:
    table = char_table()
    assert "HÐND".translate(table) == "HĐND"
    assert "a\u00a0b\u200bc".translate(table) == "a bc"
    assert "“Chi bộ 4 tốt” K’Ré".translate(table) == '"Chi bộ 4 tốt" K\'Ré'


def test_nfd_text_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Đảng ủy phường Mỹ Thới")
    assert normalize_text(nfd) == "Đảng ủy phường Mỹ Thới"


def test_glued_dash_and_comma_get_spaces_but_compounds_stay() -> None:
    assert normalize_text("bà Yến Mai- Uỷ viên BTV") == "bà Yến Mai - Ủy viên BTV"
    assert normalize_text("ông Lý -Phó Giám đốc") == "ông Lý - Phó Giám đốc"
    assert normalize_text("Hoa Rây,UVTV Tỉnh ủy") == "Hoa Rây, UVTV Tỉnh ủy"
    assert normalize_text("Bà Rịa-Vũng Tàu, 9.888,91 km2") == "Bà Rịa-Vũng Tàu, 9.888,91 km2"


def test_spaces_entities_and_blank_lines_collapse() -> None:
    assert normalize_text("ông  Minh&nbsp;dự , họp\n\n\n\nHết") == "ông Minh dự, họp\n\nHết"


def test_crawl_prefix_is_residue_but_readable() -> None:
    assert normalize_text(" date 2017-03 Thủ tướng dự") == "Thủ tướng dự"
    match = crawl_prefix(" date 2025-10-03 Ngày 3-10")
    assert match and match.group(3) == "03"
    assert crawl_prefix("Ngày 3-10, date 2025") is None


def test_residue_goes_and_captions_stay() -> None:
    text = ("Ông A phát biểu (Ảnh: Thanh Vũ/TTXVN) tại hội nghị.\n"
            "Bí thư tiếp xúc cử tri chiều 28/11. Ảnh: Hồng Cẩm\n"
            "Ảnh: H.B. Nghe báo cáo {keywords} img_2256.jpg xong.\nTHU THẢO")
    out = strip_residue(text)
    assert "TTXVN" not in out and "Hồng Cẩm" not in out and "H.B." not in out
    assert "{keywords}" not in out and ".jpg" not in out and "THU THẢO" not in out
    assert "Bí thư tiếp xúc cử tri chiều 28/11." in out and "Nghe báo cáo" in out


def test_credit_ending_a_caption_keeps_the_caption_apart() -> None:
    assert normalize_text("Ông A phát biểu Ảnh: Hải An. Chủ tịch nói (Ảnh: HC) xong.") == (
        "Ông A phát biểu\nChủ tịch nói xong.")


def test_article_text_puts_title_first_once() -> None:
    article = Article(id="a", title="Hội nghị Tỉnh uỷ", text="Sáng 3/4, Tỉnh uỷ họp.")
    assert article_text(article) == "Hội nghị Tỉnh ủy\n\nSáng 3/4, Tỉnh ủy họp."
    same = Article(id="b", title="HỘI NGHỊ", text="HỘI NGHỊ\nSáng 3/4 họp.")
    assert article_text(same) == "HỘI NGHỊ\nSáng 3/4 họp."


@pytest.mark.parametrize("text", [
    "Yến Mai- Ủy viên, Lý– Phó Chủ tịch; Mai -Ủy ban và Bà Rịa-Vũng Tàu, 2015 - 2020.",
    "Hùng,Phó Bí thư;Chủ tịch HĐND , UBND ; họp: 3,5 tỷ - A -  -b\t-c a-\nb",
    "- Mở đầu -B; x ,\n! cuối ?",
])
def test_glued_punctuation_fixes_equal_their_patterns(text: str) -> None:
    assert space_dash_left(text) == DASH_LEFT_PATTERN.sub(r" \1 ", text)
    assert space_dash_right(text) == DASH_RIGHT_PATTERN.sub(r" \1 ", text)
    assert space_glued_commas(text) == COMMA_GLUED_PATTERN.sub(r"\1 ", text)
    assert drop_space_before_punctuation(text) == SPACE_BEFORE_PATTERN.sub("", text)
    fixes = (space_dash_left, space_dash_right, space_glued_commas, drop_space_before_punctuation)
    assert sum(fix(text) != text for fix in fixes) >= 2  # the examples exercise the fixes


def test_widget_lines_go_whole() -> None:
    text = "Đoạn một.\n  Chia sẻ \nChia sẻ bài viết\nChia sẻ kinh nghiệm\nA A\nĐoạn hai."
    assert strip_residue(text) == "Đoạn một.\n\n\nChia sẻ kinh nghiệm\n\nĐoạn hai."


@pytest.mark.parametrize("text", [
    "Toàn cảnh (Ảnh: Thanh Vũ/TTXVN) hội nghị.\nẢnh: Hồng Cẩm\nảnh hưởng: lớn",
    "( Video : Hải) và ( Nguồn ảnh :X) (Ảnh TTXVN) ẢNH : H.B. Ảnh:N. Hùng. ảnh : A B\tC",
    "Không có tín dụng ảnh: chỉ là (ghi chú): ảnh hưởng ( ảnh\n: x)",
])
def test_photo_credits_found_from_colons_equal_the_pattern_tried_everywhere(text: str) -> None:
    pieces, last = [], 0
    for at, char in enumerate(text):  # the pattern tried at every "(", "Ả" and "ả"
        if char in "(Ảả" and at >= last and (match := _PHOTO_CREDIT.match(text, at)):
            pieces += [text[last:at], "" if char == "(" else "\n"]
            last = match.end()
    assert _drop_photo_credits(text) == "".join(pieces) + text[last:]
    assert pieces  # each text holds a credit


def test_a_final_split_off_its_syllable_joins_it_again() -> None:
    assert normalize_text("Phó Bí thư Thà nh ủy; Ban Chấp hà nh Đảng bộ.") \
        == "Phó Bí thư Thành ủy; Ban Chấp hành Đảng bộ."
    # units and numbers keep their space; a final after a consonant is left alone
    assert normalize_text("Mỗi năm tăng 8 triệu m 2 nhà ở; mã số AB ng.") \
        == "Mỗi năm tăng 8 triệu m 2 nhà ở; mã số AB ng."
