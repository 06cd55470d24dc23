"""A full name inside a run of capitalised words that opens with no family name: after a unit
that no reader knows (a hamlet, a school, a cooperative), a family name and a middle "Văn"/"Thị"
start the name; a school or a street named after a person stays no person. Short sentences we
wrote (fictional people, real kinds of unit)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_a_name_after_a_hamlet_or_a_school() -> None:
    assert _names("Trưởng ấp Hòa Long Nguyễn Văn Tám cho biết.") == ["Nguyễn Văn Tám"]
    assert _names("Trưởng thôn Tân Lập Thân Thị Khuyên và Trưởng thôn Nghĩa Xã Nguyễn Văn Phúc "
                  "dự họp.") == ["Thân Thị Khuyên", "Nguyễn Văn Phúc"]
    assert _names("Hiệu trưởng Trường THPT Long Xuyên Trần Thị Mai phát biểu.") == ["Trần Thị Mai"]


def test_places_named_after_people_stay_places() -> None:
    assert _names("Trường THCS Nguyễn Văn Trỗi khai giảng năm học mới.") == []
    assert _names("Đường Nguyễn Văn Linh thông xe sau hai năm.") == []
    assert _names("Cầu Trần Thị Lý sáng đèn.") == []

