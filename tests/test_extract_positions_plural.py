"""A plural or counted title before several names is each name's ("Hai Phó Chủ tịch UBND tỉnh A
và B", "Các đồng chí Phó Chủ tịch A, B"); a singular title is only the first name's (short
sentences we wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run

_POST = ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")


def test_counted_title_is_shared_by_the_names_after_it() -> None:
    persons, _, _ = run("Hai Phó Chủ tịch UBND tỉnh Lý Văn Tư và Mạc Thị Năm dự họp.",
                        province="An Giang")
    assert _POST in persons["Lý Văn Tư"] and _POST in persons["Mạc Thị Năm"]


def test_plural_honorific_before_the_title_shares_it() -> None:
    persons, _, _ = run("Các đồng chí Phó Chủ tịch UBND tỉnh Lý Văn Tư, Mạc Thị Năm dự họp.",
                        province="An Giang")
    assert _POST in persons["Lý Văn Tư"] and _POST in persons["Mạc Thị Năm"]


def test_singular_title_stays_with_the_first_name() -> None:
    persons, _, _ = run("Phó Chủ tịch UBND tỉnh Lý Văn Tư và Mạc Thị Năm dự họp.",
                        province="An Giang")
    assert _POST in persons["Lý Văn Tư"] and _POST not in persons["Mạc Thị Năm"]
