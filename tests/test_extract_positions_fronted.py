"""A title that is the object of a clause put before the subject ("Báo cáo với Bí thư Thành ủy,
bà A cho biết …") is not the post of the name after its comma, who is the subject of a verb of
saying; without that verb the name is in apposition and keeps the title."""

from __future__ import annotations

from test_extract_people_general import run


def test_fronted_clause_title_is_not_the_speakers() -> None:
    persons, _, _ = run("Ông Trần Văn Bảo - Bí thư Thành ủy - chủ trì buổi làm việc. Báo cáo "
                        "với Bí thư Thành ủy, bà Lê Thị Hoa cho biết Liên đoàn Lao động thành "
                        "phố có 200 đoàn viên. Đoàn đã làm việc với Chủ tịch UBND thành phố, "
                        "ông Ngô Văn Tâm, về kế hoạch năm 2017.", province="Hồ Chí Minh")
    assert ("Bí thư", "Thành ủy Hồ Chí Minh") in persons["Trần Văn Bảo"]
    assert ("Bí thư", "Thành ủy Hồ Chí Minh") not in persons["Lê Thị Hoa"]
    # in apposition, with no verb of saying after the name, the title is his
    assert ("Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh") in persons["Ngô Văn Tâm"]


def test_fronted_clause_splits_the_chain_at_its_comma() -> None:
    persons, _, _ = run("Trước đó, báo cáo với đoàn làm việc của Bí thư Thành ủy, Phó Giám đốc "
                        "Sở Xây dựng Ngô Văn Tâm cho hay thành phố có 70.000 căn hộ.",
                        province="Hồ Chí Minh")
    assert persons["Ngô Văn Tâm"] == {("Phó Giám đốc", "Sở Xây dựng thành phố Hồ Chí Minh")}

