"""Persons, positions and bodies read from short sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article


def run(text: str, province: str | None = None, site: str | None = None):
    article = Article(id="t", text=text, province=province, site=site)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, organizations = extract_people(context)
    return {p.name: p for p in persons}, {o.name for o in organizations}


def keys(person) -> set[tuple[str, str]]:
    return {p.key() for p in person.positions}


def test_name_then_chain_with_places_from_context() -> None:
    persons, orgs = run("Sáng 3/4, đồng chí Nguyễn Văn An, UVTV Tỉnh ủy, Bí thư Thành ủy, "
                        "Chủ tịch HĐND thành phố Long Xuyên làm việc với Đảng ủy phường "
                        "Mỹ Thới và Mỹ Thạnh.", province="An Giang")
    assert keys(persons["Nguyễn Văn An"]) == {
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy An Giang"),
        ("Bí thư", "Thành ủy Long Xuyên"),
        ("Chủ tịch", "Hội đồng nhân dân thành phố Long Xuyên")}
    assert persons["Nguyễn Văn An"].gender == "male"
    assert {"Đảng ủy phường Mỹ Thới", "Đảng ủy phường Mỹ Thạnh"} <= orgs
    assert "Tỉnh ủy An Giang" not in orgs  # only its standing committee is named


def test_chain_then_name_and_bare_party_title() -> None:
    persons, _ = run("Phó Bí thư, Chủ tịch UBND tỉnh Đồng Tháp Trần Thị Bình phát biểu.")
    assert keys(persons["Trần Thị Bình"]) == {
        ("Phó Bí thư", "Tỉnh ủy Đồng Tháp"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp")}
    assert persons["Trần Thị Bình"].gender == "female"


def test_one_title_over_two_bodies_and_former() -> None:
    persons, _ = run("Ông Võ Văn Em, nguyên Chủ tịch HĐND, UBND xã Mỹ Khánh, phát biểu.",
                     province="An Giang")
    positions = persons["Võ Văn Em"].positions
    assert {p.key() for p in positions} == {
        ("Chủ tịch", "Hội đồng nhân dân xã Mỹ Khánh"),
        ("Chủ tịch", "Ủy ban nhân dân xã Mỹ Khánh")}
    assert all(p.former for p in positions)


def test_shared_title_over_a_list_of_names() -> None:
    persons, _ = run("Ông Lê Văn Cường làm Chủ tịch UBND tỉnh Cà Mau cùng 2 Phó Chủ tịch gồm: "
                     "Phạm Thị Dung, Đỗ Minh Giang.")
    for name in ("Phạm Thị Dung", "Đỗ Minh Giang"):
        assert keys(persons[name]) == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")}
    assert keys(persons["Lê Văn Cường"]) == {("Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")}


def test_given_name_mention_joins_the_person_and_ranks_are_stripped() -> None:
    persons, _ = run("Đại tá Hồ Quang Hải, Giám đốc Công an tỉnh Long An, báo cáo. "
                     "Ông Hải cho biết tình hình ổn định.")
    assert list(persons) == ["Hồ Quang Hải"]
    person = persons["Hồ Quang Hải"]
    assert len(person.mentions) == 2
    assert keys(person) == {("Giám đốc", "Công an tỉnh Long An")}


def test_national_posts_and_headline_in_capitals() -> None:
    persons, orgs = run("THỦ TƯỚNG PHAN VĂN KHẢI THĂM TỈNH AN GIANG HÔM NAY\n"
                        "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phan Văn Khải đã đến thăm.")
    assert keys(persons["Phan Văn Khải"]) == {("Ủy viên", "Bộ Chính trị"),
                                              ("Thủ tướng", "Chính phủ")}
    assert {"Bộ Chính trị", "Chính phủ"} <= orgs


def test_bylines_credits_and_places_are_not_persons() -> None:
    persons, _ = run("Đoàn đã đến tỉnh Lâm Đồng và đường Nguyễn Huệ. Ảnh: Lê Minh Tâm\n"
                     "Trần Hoa\n")
    assert persons == {}


def test_khmer_name_and_acting_post() -> None:
    persons, _ = run("Ông Chau Sóc Khăng, quyền Chủ tịch UBND huyện Tri Tôn, dự họp.")
    position = persons["Chau Sóc Khăng"].positions[0]
    assert position.key() == ("Chủ tịch", "Ủy ban nhân dân huyện Tri Tôn")
    assert position.acting and position.body_type == "peoples_committee"
    assert position.place == "Tri Tôn"
