"""A border post named by its crossing ("Đồn Biên phòng cửa khẩu Cha Lo,", "… Cửa khẩu quốc
tế Cầu Treo,"): the crossing's words before a capitalised name are part of the name, which
ends at punctuation as a name does."""

from __future__ import annotations

from test_extract_people_general import run


def test_border_post_named_by_its_crossing() -> None:
    persons, orgs, _ = run("Thiếu tá Lê Văn Tám, Đồn trưởng Đồn Biên phòng cửa khẩu Sa Lung, Bộ "
                           "đội Biên phòng tỉnh Quảng Bình, phát biểu.")
    assert ("Đồn trưởng", "Đồn Biên phòng cửa khẩu Sa Lung") in persons["Lê Văn Tám"]
    assert "Bộ đội Biên phòng tỉnh Quảng Bình" in orgs


def test_international_crossing_capitalised() -> None:
    _, orgs, _ = run("Đại diện Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo, Bộ đội Biên phòng tỉnh "
                     "Hà Tĩnh dự lễ.")
    assert "Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo" in orgs
