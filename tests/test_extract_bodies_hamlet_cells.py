"""A hamlet's party cell is a body named by its hamlet ("Chi bộ ấp Trung Thạnh", "Chi bộ thôn
Phú Vinh Trung", "Chi bộ khu phố 3"); a place's name inside the hamlet's ("Vinh" in "Phú Vinh
Trung") is no place of it; a cell whose hamlet is not named is none. Sentences we wrote
(fictional people, real kinds of body)."""

from __future__ import annotations

from test_extract_people_general import run


def test_hamlet_cells_are_named_by_their_hamlet() -> None:
    persons, orgs, _ = run("Ông Lò Văn Tư, Bí thư Chi bộ ấp Trung Thạnh, thị trấn Phú Mỹ, phát "
                           "biểu. Ông Hà Văn Năm, đảng viên Chi bộ thôn Phú Vinh Trung, dự. Bà Vi "
                           "Thị Sáu, Bí thư Chi bộ khu phố 3, phường Tân Định, dự. Chi bộ ấp đã "
                           "họp. Các chi bộ thôn sẽ tổ chức đại hội.", province="An Giang")
    assert persons["Lò Văn Tư"] == {("Bí thư", "Chi bộ ấp Trung Thạnh")}
    assert persons["Vi Thị Sáu"] == {("Bí thư", "Chi bộ khu phố 3")}
    cells = {name for name in orgs if name.startswith("Chi bộ")}
    assert cells == {"Chi bộ ấp Trung Thạnh", "Chi bộ thôn Phú Vinh Trung", "Chi bộ khu phố 3"}


def test_a_hamlet_cell_name_ends_at_the_first_word_in_lower_case() -> None:
    persons, orgs, _ = run("Chi bộ ấp Tây Bình đã tổ chức đại hội. Chi bộ thôn 3 tổ chức đại hội. "
                           "Ông Lò Văn Năm, Bí thư Chi bộ ấp Hòa Lợi kiêm Trưởng ấp, phát biểu.",
                           province="An Giang")
    assert persons["Lò Văn Năm"] == {("Bí thư", "Chi bộ ấp Hòa Lợi")}
    assert {"Chi bộ ấp Tây Bình", "Chi bộ thôn 3"} <= orgs
