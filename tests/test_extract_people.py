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
    # a standing committee after a comma takes a seat only, never a head's title: here it is
    # the next clause's subject
    persons, _ = run("Cùng với việc phân công ông Võ Văn Em giữ chức Bí thư Huyện ủy Châu Thành, "
                     "Ban Thường vụ Tỉnh ủy An Giang cũng giới thiệu nhân sự.", province="An Giang")
    assert {p.key() for p in persons["Võ Văn Em"].positions} == {("Bí thư", "Huyện ủy Châu Thành")}
    persons, _ = run("Ông Võ Văn Em, Ủy viên Ban Chấp hành, Ban Thường vụ Tỉnh ủy An Giang, dự.",
                     province="An Giang")
    assert {p.key() for p in persons["Võ Văn Em"].positions} == {
        ("Ủy viên", "Tỉnh ủy An Giang"), ("Ủy viên", "Ban Thường vụ Tỉnh ủy An Giang")}


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


def test_bare_party_title_takes_the_commune_of_the_next_post() -> None:
    persons, _ = run("Ông Lý Văn Tài, Phó Bí thư, Chủ tịch UBND xã Mỹ Khánh, phát biểu.",
                     province="An Giang")
    assert ("Phó Bí thư", "Đảng ủy xã Mỹ Khánh") in keys(persons["Lý Văn Tài"])


def test_list_after_gom_with_semicolons_and_a_nomination_is_not_a_post() -> None:
    persons, _ = run("Các Phó Bí thư Tỉnh ủy Bến Tre gồm: ông Đoàn Văn Ba - Phó Bí thư "
                     "Thường trực, Chủ tịch HĐND tỉnh; bà Tạ Thị Tư - Chủ tịch UBND tỉnh. "
                     "Bà Tư được giới thiệu để bầu làm Phó Chủ tịch nước.")
    assert keys(persons["Đoàn Văn Ba"]) == {
        ("Phó Bí thư", "Tỉnh ủy Bến Tre"), ("Phó Bí thư Thường trực", "Tỉnh ủy Bến Tre"),
        ("Chủ tịch", "Hội đồng nhân dân tỉnh Bến Tre")}
    assert keys(persons["Tạ Thị Tư"]) == {
        ("Phó Bí thư", "Tỉnh ủy Bến Tre"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre")}


def test_posts_listed_after_a_verb_and_title_only_reference() -> None:
    persons, _ = run("Ông Kiều Văn Sáu, Chủ tịch UBND tỉnh Hậu Giang, dự họp. Ông Sáu từng "
                     "giữ các chức vụ: Chánh Văn phòng UBND tỉnh Hậu Giang; Bí thư Huyện ủy "
                     "Châu Thành. Nhiệm vụ của Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh được "
                     "phân công lại.")
    positions = {p.key(): p for p in persons["Kiều Văn Sáu"].positions}
    assert positions[("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Hậu Giang")].former
    assert ("Bí thư", "Huyện ủy Châu Thành") in positions
    assert ("Phó Bí thư", "Tỉnh ủy Hậu Giang") in positions
