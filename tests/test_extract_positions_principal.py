"""The title after "thừa ủy quyền (của)", "thừa lệnh", "thay mặt" is the principal's, not the
post of the name that follows ("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A trao …");
the rest of the chain is still that name's (short sentences we wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run


def test_principal_title_is_not_the_presenters() -> None:
    persons, _, _ = run("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Phú Thọ Lã Văn Bình trao "
                        "tặng Huân chương Lao động hạng Nhất cho Công ty.")
    assert persons["Lã Văn Bình"] == {("Bí thư", "Tỉnh ủy Phú Thọ")}


def test_principal_alone_before_an_honorific() -> None:
    persons, _, _ = run("Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, đồng chí Lã Văn Bình - Bí "
                        "thư Tỉnh ủy Phú Thọ đã trao Huân chương.")
    assert persons["Lã Văn Bình"] == {("Bí thư", "Tỉnh ủy Phú Thọ")}


def test_a_title_not_after_those_words_is_kept() -> None:
    persons, _, _ = run("Chủ tịch nước, Bí thư Đảng ủy Công an Trung ương Lã Văn Bình dự lễ.")
    assert ("Chủ tịch nước", "Nhà nước") in persons["Lã Văn Bình"]
