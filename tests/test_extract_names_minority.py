"""Minority and headline names on sentences we wrote (fictional people, real naming patterns):
Khmer, Chăm and Central Highlands names, Ê Đê women's "H'" names, Ê Đê men called by "Y" and
the personal name, and names in ALL-CAPS headlines followed by a verb."""

from __future__ import annotations

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_lexicon import is_family_name, is_female_prefixed, name_breaks
from cadregraph.ingest.records import Article


def posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    return {p.name: [(q.role, q.body) for q in p.positions] for p in record.persons}


@pytest.mark.parametrize(("text", "name", "post"), [
    ("Ông Đàng Năng Thọ, Phó Chủ tịch UBND tỉnh Ninh Thuận, phát biểu.", "Đàng Năng Thọ",
     ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Thuận")),
    ("Bà Trượng Thị Lan, Chủ tịch Hội Nông dân huyện Ninh Phước, báo cáo.", "Trượng Thị Lan",
     ("Chủ tịch", "Hội Nông dân huyện Ninh Phước")),
    ("Bà H'Hen Niê, Chủ tịch Hội Liên hiệp Phụ nữ huyện Krông Pắc, phát biểu.", "H'Hen Niê",
     ("Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Krông Pắc")),
    ("Bà H’Ly Kpă, Phó Chủ tịch UBND huyện Ia Pa, dự.", "H'Ly Kpă",
     ("Phó Chủ tịch", "Ủy ban nhân dân huyện Ia Pa")),
    ("Bà Puih H'Bơ, Phó Chủ tịch HĐND huyện Ia Grai, dự.", "Puih H'Bơ",
     ("Phó Chủ tịch", "Hội đồng nhân dân huyện Ia Grai")),
    ("Ông Tráng A Pao, Chủ tịch UBND huyện Mèo Vạc, dự.", "Tráng A Pao",
     ("Chủ tịch", "Ủy ban nhân dân huyện Mèo Vạc")),
])
def test_cham_highland_and_hmong_names_are_persons_with_their_posts(
        text: str, name: str, post: tuple[str, str]) -> None:
    assert posts(text) == {name: [post]}


def test_the_h_prefix_opens_a_name_only_fused_with_a_capitalised_syllable() -> None:
    assert is_female_prefixed("H'Hen") and is_family_name("H’Yim")
    assert not is_female_prefixed("H'") and not is_female_prefixed("Hen")
    assert not is_female_prefixed("h'hen")


def test_an_ede_man_called_by_y_and_his_personal_name_is_the_same_person() -> None:
    text = "Ông Y Biêr Niê, Phó Bí thư Tỉnh ủy Đắk Lắk, phát biểu. Ông Y Biêr cho biết thêm."
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    assert [p.name for p in record.persons] == ["Y Biêr Niê"]
    assert [text[m.start:m.end] for m in record.persons[0].mentions] == ["Y Biêr Niê", "Y Biêr"]


def test_a_kinh_name_that_starts_a_longer_one_stays_apart() -> None:
    # only Ê Đê/Jrai prefixes make the shorter name the same person: "Lê Minh" may be another
    text = "Ông Lê Minh Khoa phát biểu. Ông Lê Minh Tâm cho biết."
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    assert sorted(p.name for p in record.persons) == ["Lê Minh Khoa", "Lê Minh Tâm"]


@pytest.mark.parametrize(("headline", "name"), [
    ("ÔNG NGUYỄN VĂN HÙNG TÁI ĐẮC CỬ BÍ THƯ HUYỆN ỦY CAM LÂM", "Nguyễn Văn Hùng"),
    ("BÀ TRẦN THỊ MAI ĐƯỢC BẦU GIỮ CHỨC CHỦ TỊCH HĐND TỈNH", "Trần Thị Mai"),
    ("ĐỒNG CHÍ PHẠM VĂN NAM TRÚNG CỬ CHỦ TỊCH UBND HUYỆN", "Phạm Văn Nam"),
    ("ÔNG CHAU VĂN KEM LÀM BÍ THƯ HUYỆN ỦY TRI TÔN", "Chau Văn Kem"),
])
def test_a_name_in_a_capitals_headline_stops_before_the_verb(headline: str, name: str) -> None:
    assert [m.name for m in find_names(headline, []) if not m.given_only] == [name]


def test_caps_breaks_end_a_name_only_in_capitals() -> None:
    assert "Tái" in name_breaks()["caps"]
    # in prose a capitalised "Tiếp" after a name is read by the other rules, not this list
    assert [m.name for m in find_names("Ông Trần Văn Tiếp, cán bộ xã, phát biểu.", [])] \
        == ["Trần Văn Tiếp"]


def test_a_headline_verb_keeps_the_post_with_the_name() -> None:
    assert posts("ÔNG NGUYỄN VĂN HÙNG TÁI ĐẮC CỬ BÍ THƯ HUYỆN ỦY CAM LÂM") == {
        "Nguyễn Văn Hùng": [("Bí thư", "Huyện ủy Cam Lâm")]}


def test_a_ba_na_name_opened_by_a_is_a_person_and_its_later_mention_joins_it() -> None:
    text = "Ông A Pớt, Bí thư Huyện ủy Kon Plông, dự. Ông Pớt cho biết thêm."
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    assert [(p.name, len(p.mentions)) for p in record.persons] == [("A Pớt", 2)]
    assert posts(text) == {"A Pớt": [("Bí thư", "Huyện ủy Kon Plông")]}
    # "A" opens a name, not a unit: "huyện A Lưới" stays a place
    assert posts("Đoàn công tác đến huyện A Lưới và xã A Ngo.") == {}


@pytest.mark.parametrize("text", [
    "Tại Thạch Hà Hà Tĩnh, người dân đón đoàn.",
    "Kim Sơn Ninh Bình có nhiều di tích.",
    "Huyện Kim Bôi Hòa Bình có đông đồng bào Mường.",
    "Đoàn đến Sơn Tịnh Quảng Ngãi và Lâm Hà Lâm Đồng.",
])
def test_a_unit_followed_by_its_province_is_no_person(text: str) -> None:
    assert [m.name for m in find_names(text, []) if not m.given_only] == []


def test_a_person_whose_name_ends_like_a_province_keeps_it_after_an_honorific() -> None:
    assert [m.name for m in find_names("Ông Kim Sơn Hà Nam phát biểu.", [])] == ["Kim Sơn Hà Nam"]


@pytest.mark.parametrize(("text", "name", "honorific"), [
    ("Achar Thạch Sóc phát biểu tại lễ Sene Dolta.", "Thạch Sóc", "achar"),
    ("Hòa thượng Danh Lung, trụ trì chùa, dự lễ.", "Danh Lung", "hòa thượng"),
    ("Đại đức Thạch Pho cho biết nhà chùa đã sẵn sàng.", "Thạch Pho", "đại đức"),
    ("Linh mục Phạm Văn Hùng dự buổi gặp mặt.", "Phạm Văn Hùng", "linh mục"),
])
def test_clergy_titles_are_stripped_from_the_name(text: str, name: str, honorific: str) -> None:
    assert [(m.name, m.honorific) for m in find_names(text, [])] == [(name, honorific)]


def test_a_cleric_after_a_post_gets_the_post() -> None:
    assert posts("Phó Chủ tịch Ủy ban MTTQ tỉnh Kiên Giang, Hòa thượng Danh Lung phát biểu.") \
        == {"Danh Lung": [("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang")]}


def test_a_rare_family_name_opens_a_name_after_dong_chi_too() -> None:
    # "Quảng", "Thông" stay off the family list: "QUẢNG BÁ", "THÔNG CÁO" open caps headlines
    text = "Dự hội nghị có đồng chí Quảng Đại Tuyên, Trưởng ban Dân vận Tỉnh ủy Ninh Thuận."
    assert posts(text) == {"Quảng Đại Tuyên": [("Trưởng ban", "Ban Dân vận Tỉnh ủy Ninh Thuận")]}
    assert [m.name for m in find_names("THÔNG CÁO BÁO CHÍ VỀ KỲ HỌP THỨ HAI HĐND TỈNH", [])] == []


@pytest.mark.parametrize(("text", "name", "post"), [
    ("Ông NGUYỄN VĂN AN - Bí thư Huyện ủy Trà Cú: Chúng tôi đã làm tốt.", "Nguyễn Văn An",
     [("Bí thư", "Huyện ủy Trà Cú")]),
    ("Đồng chí THẠCH DƯ, Bí thư Huyện ủy Trà Cú, phát biểu.", "Thạch Dư",
     [("Bí thư", "Huyện ủy Trà Cú")]),
])
def test_a_name_in_capitals_after_an_honorific_in_prose_is_read_in_title_case(
        text: str, name: str, post: list[tuple[str, str]]) -> None:
    assert posts(text) == {name: post}


def test_capitals_after_an_honorific_hold_capitals_only_and_join_later_mentions() -> None:
    text = "Theo ông CHAU VĂN KEM, năm nay xã làm tốt. Ông Kem cho biết thêm."
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    assert [(p.name, len(p.mentions)) for p in record.persons] == [("Chau Văn Kem", 2)]
    # an abbreviation after "ông" is no name; a title-case word does not join the capitals
    assert [m.name for m in find_names("Ông UBND TP Hà Nội.", [])] == []
    assert [m.name for m in find_names("Ông TRẦN VĂN AN Phó Chủ tịch UBND xã dự.", [])] \
        == ["Trần Văn An"]


@pytest.mark.parametrize("text", [
    "Hội nghị diễn ra tại Nhà văn hóa Danh Thành Công.",
    "Tại phum Thạch Phước Lợi, bà con vui mừng đón Tết.",
    "Lễ cầu nguyện ở nhà thờ Lâm Văn Lợi.",
])
def test_a_hall_or_khmer_hamlet_named_like_a_person_is_a_place(text: str) -> None:
    assert [m.name for m in find_names(text, [])] == []


def test_a_lone_letter_after_van_or_thi_ends_a_name_but_an_initial_does_not() -> None:
    assert posts("ÔNG NGUYỄN VĂN A TÁI ĐẮC CỬ BÍ THƯ HUYỆN ỦY CAM LÂM") == {
        "Nguyễn Văn A": [("Bí thư", "Huyện ủy Cam Lâm")]}
    assert [m.name for m in find_names("Ông Nguyễn Văn A. Hùng dự họp.", [])] == []
    assert [m.name for m in find_names("Ông Nguyễn Minh A dự họp.", [])] == []


def test_a_cham_name_opened_by_bao_is_a_person_not_a_paper_after_ong() -> None:
    text = "Ông Báo Văn Lịch, Bí thư Đảng ủy xã Phước Hữu, báo cáo. Ông Lịch cho biết thêm."
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    assert [(p.name, len(p.mentions)) for p in record.persons] == [("Báo Văn Lịch", 2)]
    assert posts(text) == {"Báo Văn Lịch": [("Bí thư", "Đảng ủy xã Phước Hữu")]}
    # without "ông"/"bà" the paper stays a paper
    assert posts("Ông Nguyễn Văn An, Tổng Biên tập Báo Văn Nghệ, phát biểu.") == {
        "Nguyễn Văn An": [("Tổng biên tập", "Báo Văn nghệ")]}


@pytest.mark.parametrize(("text", "later"), [
    ("Bà H'Hen Niê, Chủ tịch Hội Liên hiệp Phụ nữ huyện, phát biểu. Bà H'Hen cho biết thêm.",
     "H'Hen"),
    ("Ông Y Biêr Niê, Phó Bí thư Tỉnh ủy, phát biểu. Ông Biêr cho biết thêm.", "Biêr"),
])
def test_a_highland_person_called_by_the_personal_name_is_the_same_person(text: str,
                                                                          later: str) -> None:
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    assert len(record.persons) == 1
    assert [text[m.start:m.end] for m in record.persons[0].mentions][1:] == [later]
