"""National departments (Cục) of a ministry named bare, with words in lower case that leave
their end unknown to the name reader, as data rows ("Cục Kiểm soát hoạt động bảo vệ môi
trường", "Cục Thẩm định, đánh giá tác động môi trường"). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_national_environment_departments() -> None:
    persons, orgs, _ = run("Ông Lý Văn Tư, Cục trưởng Cục Kiểm soát hoạt động bảo vệ môi trường "
                           "bị cách chức. Ông Vi Văn Năm, Cục trưởng Cục Thẩm định, đánh giá tác "
                           "động môi trường, bị khiển trách.")
    assert persons["Lý Văn Tư"] == {("Cục trưởng", "Cục Kiểm soát hoạt động bảo vệ môi trường")}
    assert persons["Vi Văn Năm"] == {
        ("Cục trưởng", "Cục Thẩm định và Đánh giá tác động môi trường")}
    assert "Cục Thẩm định" not in orgs
