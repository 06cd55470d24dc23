"""A zone named after a place ("Khu kinh tế cửa khẩu Nam Giang", "Khu công nghiệp Tân Tạo") is
the zone's name, not the place of the board that runs it; a level word after it still gives the
board's place. Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_zone_named_after_a_district_keeps_its_name() -> None:
    persons, orgs, _ = run("Ông Đinh Văn Tư, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Nam Giang, "
                           "phát biểu.", province="Quảng Nam")
    assert persons["Đinh Văn Tư"] == {("Trưởng ban", "Ban Quản lý Khu kinh tế cửa khẩu Nam Giang")}
    assert "Ban Quản lý Khu kinh tế cửa khẩu huyện Nam Giang" not in orgs


def test_a_level_word_after_the_zone_gives_the_board_its_place() -> None:
    persons, _, _ = run("Ông Lò Văn Năm, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Nam Giang tỉnh "
                        "Quảng Nam, và bà Hà Thị Sáu, Phó Trưởng Ban Quản lý Khu kinh tế tỉnh "
                        "Quảng Nam, dự họp.")
    assert persons["Lò Văn Năm"] == {
        ("Trưởng ban", "Ban Quản lý Khu kinh tế cửa khẩu Nam Giang tỉnh Quảng Nam")}
    assert persons["Hà Thị Sáu"] == {("Phó Trưởng ban", "Ban Quản lý Khu kinh tế tỉnh Quảng Nam")}
