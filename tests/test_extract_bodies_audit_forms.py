"""Forms of body names the coverage audit found unread, in variants beyond its probes: "phòng,
chống" inside a described name, a hamlet named like a district, a hamlet's Front work committee,
the Youth Union's Central Committee, the commune's inspection agency (2025) and the executive
of a named party organisation. Sentences we wrote (fictional people, real kinds of body)."""

from __future__ import annotations

from test_extract_people_general import run


def test_prevention_phrase_keeps_its_comma_inside_a_described_name() -> None:
    persons, orgs, _ = run("Ông Hà Văn Tư, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh huyện Chợ "
                           "Mới, phát biểu. Ông Lò Văn Năm, Trưởng phòng, chống dịch, dự.",
                           province="An Giang")
    assert persons["Hà Văn Tư"] == {("Trưởng ban", "Ban Chỉ đạo phòng, chống dịch bệnh huyện "
                                                   "Chợ Mới")}
    assert not any(org.startswith("phòng") for org in orgs)


def test_hamlet_named_like_a_district_is_the_hamlet() -> None:
    persons, _, _ = run("Ông Hà Văn Tư, Bí thư Chi bộ thôn Phú Hòa huyện Thoại Sơn, phát biểu.",
                        province="An Giang")
    assert persons["Hà Văn Tư"] == {("Bí thư", "Chi bộ thôn Phú Hòa huyện Thoại Sơn")}


def test_front_work_committee_is_named_by_its_hamlet() -> None:
    persons, orgs, _ = run("Bà Vi Thị Sáu, Phó Trưởng Ban công tác Mặt trận ấp Tây Bình, phát "
                           "biểu. Ban Công tác Mặt trận thôn 3 đã họp dân.", province="An Giang")
    assert persons["Vi Thị Sáu"] == {("Phó Trưởng ban", "Ban Công tác Mặt trận ấp Tây Bình")}
    assert "Ban Công tác Mặt trận thôn 3" in orgs


def test_youth_union_central_committee_by_its_full_name() -> None:
    persons, _, _ = run("Anh Hà Văn Tư, Bí thư TW Đoàn, dự lễ.")
    assert persons["Hà Văn Tư"] == {("Bí thư", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}


def test_commune_inspection_agency_of_2025() -> None:
    persons, _, _ = run("Bà Vi Thị Sáu, Phó Trưởng Cơ quan UBKT Đảng ủy phường Long Xuyên, dự.",
                        province="An Giang")
    assert persons["Vi Thị Sáu"] == {("Phó Trưởng",
                                      "Cơ quan Ủy ban Kiểm tra Đảng ủy phường Long Xuyên")}


def test_executive_of_a_named_party_organisation_is_its_committee() -> None:
    persons, _, _ = run("Ông Hà Văn Tư, Ủy viên Ban Chấp hành Đảng bộ Khối Doanh nghiệp Trung "
                        "ương, phát biểu.")
    assert persons["Hà Văn Tư"] == {("Ủy viên", "Đảng ủy Khối Doanh nghiệp Trung ương")}


def test_cell_of_a_ward_is_named_by_its_speciality_in_lower_case() -> None:
    persons, orgs, _ = run("Bà Vi Thị Sáu, Bí thư Chi bộ Khoa Hồi sức tích cực, phát biểu. Ông Hà "
                           "Văn Tư thôi giữ chức Bí thư Chi bộ khoa Nhi và Phó Bí thư Đảng bộ bệnh "
                           "viện. Chi bộ Khoa Nội đã họp.")
    assert persons["Vi Thị Sáu"] == {("Bí thư", "Chi bộ Khoa Hồi sức tích cực")}
    assert "Chi bộ Khoa Nhi" in orgs
    assert not any(" và " in org for org in orgs)


def test_standing_core_abbreviated_with_a_dot() -> None:
    _, orgs, _ = run("Đoàn giám sát của TT.HĐND huyện Chợ Mới làm việc với xã. ATT.HĐND xã.",
                     province="An Giang")
    assert "Thường trực Hội đồng nhân dân huyện Chợ Mới" in orgs
    assert not any(org.startswith("Thường trực") and "Chợ Mới" not in org for org in orgs)


def test_commune_youth_union_only_after_its_secretary_title() -> None:
    persons, orgs, _ = run("Anh Hà Văn Tư, Phó Bí thư Đoàn phường Long Xuyên, phát biểu. Đoàn xã "
                           "Vĩnh Hanh đến thăm trường.", province="An Giang")
    assert persons["Hà Văn Tư"] == {("Phó Bí thư", "Đoàn phường Long Xuyên")}
    assert "Đoàn xã Vĩnh Hanh" not in orgs


def test_delegate_group_only_after_its_head_title() -> None:
    persons, orgs, _ = run("Bà Vi Thị Sáu, Tổ phó Tổ đại biểu HĐND tỉnh, phát biểu. Tổ đại biểu "
                           "HĐND tỉnh đơn vị 3 gồm các ông bà: Hà Văn Tư, Lò Văn Năm tiếp xúc cử "
                           "tri.", province="An Giang")
    assert persons["Vi Thị Sáu"] == {("Tổ phó", "Tổ đại biểu Hội đồng nhân dân tỉnh An Giang")}
    assert persons["Hà Văn Tư"] == {("Đại biểu", "Hội đồng nhân dân tỉnh An Giang")}
