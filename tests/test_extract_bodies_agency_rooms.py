"""A room ("Phòng Khoáng sản") named with no place after a Sở in its sentence is that Sở's
part (`bodies_rooms.agency_before`), not a district's room, and not dropped. Sentences we wrote
(fictional people, real kinds of body)."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_room_after_a_department_in_its_sentence_is_the_departments() -> None:
    persons, orgs, _ = run("Đảng ủy Sở Tài nguyên và Môi trường tỉnh Gia Lai đã kỷ luật khiển "
                           "trách đối với ông Đinh Văn Tư, Phó Trưởng phòng Phòng Khoáng sản.",
                           province="Gia Lai")
    room = "Phòng Khoáng sản Sở Tài nguyên và Môi trường tỉnh Gia Lai"
    assert persons["Đinh Văn Tư"] == {("Phó Trưởng phòng", room)}
    assert room in orgs


def test_a_bare_department_takes_the_article_province_first() -> None:
    persons, _, _ = run("Sở Nội vụ đã bổ nhiệm ông Lò Văn Năm, Phó Trưởng phòng Phòng Xây dựng. "
                        "Sở Nội vụ cũng bổ nhiệm ông Hà Văn Sáu, Trưởng phòng Phòng Xây dựng "
                        "chính quyền.", province="Sơn La")
    assert persons["Lò Văn Năm"] == {("Phó Trưởng phòng", "Phòng Xây dựng Sở Nội vụ tỉnh Sơn La")}
    assert persons["Hà Văn Sáu"] == set()  # a name read cut short is not given a parent
