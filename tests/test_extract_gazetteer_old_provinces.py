"""Provinces merged or split before 2008 ("Tỉnh ủy Nghĩa Bình", "UBND tỉnh Hà Sơn Bình"), as
careers and old land cases name them: read after a level word only, never where an article
is. Sentences we wrote, fictional people."""

from __future__ import annotations

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.places import place_mentions
from test_extract_people_general import run


def test_old_provinces_are_read_after_their_level_word() -> None:
    persons, orgs, context = run("Ông Ngô Văn Hùng từng là Chủ tịch UBND tỉnh Hà Sơn Bình, Bí "
                                 "thư Tỉnh ủy Nghĩa Bình. Năm 1992, UBND tỉnh Quảng Nam - Đà "
                                 "Nẵng đóng cửa rừng.")
    assert persons["Ngô Văn Hùng"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Sơn Bình"),
                                       ("Bí thư", "Tỉnh ủy Nghĩa Bình")}
    assert "Ủy ban nhân dân tỉnh Quảng Nam - Đà Nẵng" in orgs
    assert context.province is None  # history: no province of today


def test_todays_units_of_the_same_name_keep_their_level() -> None:
    persons, _, context = run("Ông Ngô Văn Hùng là Chủ tịch UBND thị xã Sơn Tây, Bí thư Quận ủy "
                              "Hà Đông. Ông về thăm Hà Tây.", province="Hà Nội")
    assert persons["Ngô Văn Hùng"] == {("Chủ tịch", "Ủy ban nhân dân thị xã Sơn Tây"),
                                       ("Bí thư", "Quận ủy Hà Đông")}
    assert context.province == "Hà Nội"
    assert not gazetteer().is_province("Hà Tây")  # bare, an old name is no province of today


def test_an_old_province_votes_for_no_province_of_today() -> None:
    mentions = place_mentions("Ông Ngô Văn Hùng từng công tác ở tỉnh Hà Đông.")
    assert [(m.level, m.name, m.province) for m in mentions] == [("tỉnh", "Hà Đông", None)]
