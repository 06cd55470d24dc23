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


def test_lan_luot_gives_the_posts_in_order_even_with_commas() -> None:
    persons, _, _ = run("Các ông Lý Văn Tư, Mạc Văn Năm lần lượt giữ chức Chủ tịch, Phó Chủ tịch "
                        "UBND huyện Châu Phú.", province="An Giang")
    assert persons["Lý Văn Tư"] == {("Chủ tịch", "Ủy ban nhân dân huyện Châu Phú")}
    assert persons["Mạc Văn Năm"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Châu Phú")}


def test_one_person_lan_luot_holds_every_post() -> None:
    persons, _, _ = run("Ông Lý Văn Tư lần lượt giữ chức Phó Chủ tịch, Chủ tịch UBND huyện Châu "
                        "Phú.", province="An Giang")
    assert persons["Lý Văn Tư"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Châu Phú"),
                                    ("Chủ tịch", "Ủy ban nhân dân huyện Châu Phú")}


def test_bare_head_takes_the_body_of_its_deputy_named_after_it() -> None:
    persons, _, _ = run("Đại hội bầu ông Lý Văn Tư làm Chủ tịch, bà Mạc Thị Năm làm Phó Chủ tịch "
                        "Hội Nông dân tỉnh An Giang. Đồng chí Hà Văn Sáu được bầu làm Bí thư, đồng "
                        "chí Kha Văn Bảy được bầu làm Phó Bí thư Đảng ủy xã Bình Mỹ.")
    assert persons["Lý Văn Tư"] == {("Chủ tịch", "Hội Nông dân tỉnh An Giang")}
    assert persons["Hà Văn Sáu"] == {("Bí thư", "Đảng ủy xã Bình Mỹ")}


def test_bare_head_does_not_reach_past_the_sentence() -> None:
    persons, _, _ = run("Ông Lý Văn Tư làm Chủ tịch. Bà Mạc Thị Năm làm Phó Chủ tịch Hội Nông dân "
                        "tỉnh An Giang.")
    assert not persons["Lý Văn Tư"]
