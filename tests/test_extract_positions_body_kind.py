"""A head's bare title whose office word names a kind of body ("Cục trưởng", "Tổng cục
trưởng", "Thứ trưởng") takes the one body of that kind the article named before it; with two
such bodies named, the title tells not which, and stays without one."""

from __future__ import annotations

from test_extract_people_general import run


def test_bare_director_takes_the_department_named_before() -> None:
    persons, _, _ = run("Đoàn công tác đã làm việc tại Cục Thuế tỉnh Bình Dương. Tại buổi làm "
                        "việc, Cục trưởng Ngô Văn Tâm báo cáo kết quả thu ngân sách năm 2017.",
                        province="Bình Dương")
    assert persons["Ngô Văn Tâm"] == {("Cục trưởng", "Cục Thuế tỉnh Bình Dương")}


def test_bare_deputy_minister_takes_the_one_ministry() -> None:
    persons, _, _ = run("Ban cán sự đảng Bộ Nội vụ đã họp phiên thường kỳ. Thứ trưởng Lê Văn An "
                        "và Thứ trưởng Phạm Văn Bình bị cách chức Ủy viên Ban cán sự đảng.")
    assert ("Thứ trưởng", "Bộ Nội vụ") in persons["Lê Văn An"]
    assert ("Thứ trưởng", "Bộ Nội vụ") in persons["Phạm Văn Bình"]
    persons, _, _ = run("Bộ Nội vụ và Bộ Tài chính đã họp liên ngành. Thứ trưởng Lê Văn An phát "
                        "biểu tại cuộc họp.")
    assert not any(role == "Thứ trưởng" for role, _ in persons.get("Lê Văn An", set()))
