"""A title chain goes on past a part the reader does not know ("Phân khu 3", "Quân ủy TƯ",
"lâm thời"), so the titles after it still meet their holder; a name or a foreign party in the
part keeps the chains apart. Short sentences we wrote, fictional people."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_chain_goes_on_past_an_unread_unit() -> None:
    persons, _, _ = run("Liệt sĩ Vương Văn Tư từng là Bí thư Huyện ủy Châu Thành, Phó ban Tuyên "
                        "huấn Phân khu 9, Bí thư Huyện ủy Tân Trụ.", province="Long An")
    assert ("Bí thư", "Huyện ủy Tân Trụ") in persons["Vương Văn Tư"]


def test_a_chain_goes_on_past_an_unread_committee_before_its_name() -> None:
    persons, _, _ = run("Cùng dự có Bí thư Trung ương Đảng, ủy viên Thường vụ Quân ủy TƯ, Chủ "
                        "nhiệm Tổng cục Chính trị QĐND Việt Nam Lã Văn Cường.")
    assert ("Bí thư", "Ban Chấp hành Trung ương Đảng") in persons["Lã Văn Cường"]
    # a name in the part keeps the chains apart
    persons, _, _ = run("Dự có Phó Chủ tịch UBND tỉnh Lã Văn Cường, Giám đốc Sở Y tế tỉnh Bến "
                        "Tre Vương Văn Tư.")
    assert persons["Lã Văn Cường"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre")}
    assert persons["Vương Văn Tư"] == {("Giám đốc", "Sở Y tế tỉnh Bến Tre")}


def test_a_chain_goes_on_past_its_terms() -> None:
    persons, _, _ = run("Ông Lã Văn Cường sinh năm 1960. Ông Cường là Ủy viên Trung ương Đảng các "
                        "khóa X, XI và XII, đại biểu Quốc hội khóa XI, XIII.")
    assert persons["Lã Văn Cường"] == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                       ("Đại biểu", "Quốc hội")}
