"""The Central Military Commission written short ("Quân ủy TƯ") and a border post named by its
place ("Đồn Biên phòng Cà Lũi") are bodies, so the posts in them are kept. Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_central_military_commission_short() -> None:
    persons, orgs, _ = run("Ông Lê Văn Bình, Ủy viên Thường vụ Quân ủy TƯ, Tư lệnh Quân khu 9 "
                           "dự hội nghị.", province="Cần Thơ")
    assert persons["Lê Văn Bình"] == {("Ủy viên", "Ban Thường vụ Quân ủy Trung ương"),
                                      ("Tư lệnh", "Quân khu 9")}
    assert "Quân ủy Trung ương" in orgs


def test_border_post_named_by_its_place() -> None:
    persons, orgs, _ = run("Thiếu tá Trần Văn Hải, Đồn trưởng Đồn Biên phòng Cà Lũi, cho biết "
                           "như vậy.", province="Quảng Bình")
    assert persons["Trần Văn Hải"] == {("Đồn trưởng", "Đồn Biên phòng Cà Lũi")}
    assert "Đồn Biên phòng Cà Lũi" in orgs
