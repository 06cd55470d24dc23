"""A title shared by the names listed after it, when the list opens with "bao gồm" ("tổ ĐBQH
bao gồm A, B, C") or after the term in brackets ("thôi làm nhiệm vụ đại biểu HĐND TP khóa
XV (nhiệm kỳ 2016 - 2021) đối với ông A"). Short sentences we wrote, fictional people."""

from __future__ import annotations

from test_extract_people_general import run


def test_bao_gom_opens_a_list_of_deputies() -> None:
    persons, _, _ = run("Theo danh sách, tổ ĐBQH bao gồm Bí thư Thành ủy TP.HCM Lê Văn An, bà "
                        "Lê Thị Bạch, ông Trần Anh Tú.")
    for name in ("Lê Văn An", "Lê Thị Bạch", "Trần Anh Tú"):
        assert ("Đại biểu", "Quốc hội") in persons[name]
    assert ("Bí thư", "Thành ủy Hồ Chí Minh") in persons["Lê Văn An"]


def test_a_term_in_brackets_before_doi_voi() -> None:
    persons, _, _ = run("HĐND TP Hải Phòng cho thôi làm nhiệm vụ đại biểu HĐND TP khóa XV "
                        "(nhiệm kỳ 2016 - 2021) đối với ông Đỗ Văn Hào.")
    assert persons["Đỗ Văn Hào"] == {("Đại biểu", "Hội đồng nhân dân thành phố Hải Phòng")}
