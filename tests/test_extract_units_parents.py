"""Units named with the body they belong to, bare titles before another post, and bodies
written in lower case after a title: each class on a short sentence we wrote (fictional
people)."""

from __future__ import annotations

from cadregraph.ingest.extract.bodies import Body
from cadregraph.ingest.extract.bodies_units import open_unit
from test_extract_people_general import run


def test_ministry_unit_after_a_comma_takes_its_parent() -> None:
    persons, orgs, _ = run("Ông Lê Văn Tám, Phó vụ trưởng Vụ Nghiên cứu, Ủy ban Kiểm tra Trung "
                           "ương, cho biết như vậy. Ông Trần Văn Bảy, Vụ trưởng Vụ Tổ chức cán "
                           "bộ, Bộ Nội vụ, phát biểu.")
    assert persons["Lê Văn Tám"] == {("Phó Vụ trưởng",
                                      "Vụ Nghiên cứu Ủy ban Kiểm tra Trung ương")}
    assert persons["Trần Văn Bảy"] == {("Vụ trưởng", "Vụ Tổ chức cán bộ Bộ Nội vụ")}
    assert {"Vụ Tổ chức cán bộ Bộ Nội vụ", "Bộ Nội vụ"} <= orgs


def test_ministry_unit_without_its_parent_is_no_body() -> None:
    persons, orgs, _ = run("Ông Trần Văn Bảy, Vụ trưởng Vụ Pháp chế, cho biết như vậy.")
    assert persons["Trần Văn Bảy"] == set()
    assert not any(o.startswith("Vụ") for o in orgs)


def test_office_unit_with_its_parent_in_brackets_or_after_a_comma() -> None:
    persons, orgs, _ = run("Ông Đỗ Văn Năm, Phó trưởng Phòng Bảo vệ chính trị nội bộ (Ban Tổ "
                           "chức Tỉnh ủy Bình Thuận) đã bị kỷ luật. Bà Ngô Thị Lan, Phó Phòng "
                           "Tổ chức hành chính, Bệnh viện Đa khoa huyện Gia Viễn, cho biết.")
    assert persons["Đỗ Văn Năm"] == {
        ("Phó Trưởng phòng", "Phòng Bảo vệ chính trị nội bộ Ban Tổ chức Tỉnh ủy Bình Thuận")}
    assert persons["Ngô Thị Lan"] == {
        ("Phó Trưởng phòng", "Phòng Tổ chức hành chính Bệnh viện Đa khoa huyện Gia Viễn")}
    # the parent is a body the article names too
    assert {"Ban Tổ chức Tỉnh ủy Bình Thuận", "Bệnh viện Đa khoa huyện Gia Viễn"} <= orgs


def test_known_office_of_a_department_after_a_comma() -> None:
    persons, orgs, _ = run("Ông Lý Văn Mười, Trưởng phòng Tài chính - Kế hoạch, Sở Khoa học và "
                           "Công nghệ tỉnh Bình Định, phát biểu.")
    body = "Phòng Tài chính - Kế hoạch Sở Khoa học và Công nghệ tỉnh Bình Định"
    assert persons["Lý Văn Mười"] == {("Trưởng phòng", body)}
    assert {body, "Sở Khoa học và Công nghệ tỉnh Bình Định"} <= orgs


def test_district_office_named_with_its_peoples_committee_takes_its_place() -> None:
    persons, _, _ = run("Ông Lý Văn Mười, Trưởng phòng Nội vụ, UBND huyện Gia Viễn, phát biểu.")
    assert persons["Lý Văn Mười"] == {("Trưởng phòng", "Phòng Nội vụ huyện Gia Viễn")}


def test_council_committee_with_its_council_after_a_comma() -> None:
    persons, orgs, _ = run("Ông Phạm Văn Sáu, Trưởng ban Đô thị, HĐND thành phố Hà Nội, cho "
                           "biết.")
    assert persons["Phạm Văn Sáu"] == {
        ("Trưởng ban", "Ban Đô thị Hội đồng nhân dân thành phố Hà Nội")}
    assert "Hội đồng nhân dân thành phố Hà Nội" in orgs


def test_a_title_after_the_comma_is_not_a_parent() -> None:
    # ", Tỉnh ủy viên": a second post, not the body the committee belongs to
    persons, _, _ = run("Ông Phạm Văn Sáu, Trưởng ban Pháp chế, Tỉnh ủy viên, phát biểu.",
                        province="Nghệ An")
    assert ("Ủy viên", "Tỉnh ủy Nghệ An") in persons["Phạm Văn Sáu"]
    assert not any(role == "Trưởng ban" and "Tỉnh ủy" in body
                   for role, body in persons["Phạm Văn Sáu"])


def test_open_unit_needs_a_missing_body_or_place() -> None:
    office = Body(0, 12, "Phòng Nội vụ", "state_department", "named", "district")
    assert open_unit(None) and open_unit(office)
    office.place = "Gia Viễn"  # a district office named with its district is complete
    assert not open_unit(office)
    assert not open_unit(Body(0, 9, "Sở Nội vụ", "state_department", "named", "tỉnh"))


def test_association_officers_share_the_next_body() -> None:
    persons, _, _ = run("Ông Hồ Văn Chín, Phó Chủ tịch, Tổng Thư ký Hội Luật gia tỉnh Nghệ An, "
                        "phát biểu.")
    assert persons["Hồ Văn Chín"] == {("Phó Chủ tịch", "Hội Luật gia tỉnh Nghệ An"),
                                      ("Tổng Thư ký", "Hội Luật gia tỉnh Nghệ An")}


def test_a_bare_title_before_another_post_keeps_that_post() -> None:
    # "Phó Giám đốc" of what is not said: that post is lost, the next one is not
    persons, _, _ = run("Ông Hồ Văn Chín, Phó Giám đốc, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
                        "Nghệ An, phát biểu.")
    assert persons["Hồ Văn Chín"] == {("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Nghệ An")}


def test_lower_case_bodies_after_a_title() -> None:
    persons, _, _ = run("Ông Lê Văn Tám, Phó giám đốc bệnh viện đa khoa huyện Thường Xuân, bị "
                        "kỷ luật. Ông Đỗ Văn Chín làm Trưởng công an xã Gia Xuyên. Ông Vũ Văn "
                        "Mười, nguyên Giám đốc sở Tư pháp, nghỉ hưu.", province="Thanh Hóa")
    assert persons["Lê Văn Tám"] == {("Phó Giám đốc", "Bệnh viện đa khoa huyện Thường Xuân")}
    assert persons["Đỗ Văn Chín"] == {("Trưởng", "Công an xã Gia Xuyên")}
    assert persons["Vũ Văn Mười"] == {("Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa")}


def test_standing_committee_member_written_without_ban() -> None:
    persons, _, _ = run("Bà Nguyễn Thị Mười, Ủy viên Thường vụ, Trưởng Ban Dân vận Thành ủy Cần "
                        "Thơ, phát biểu. Ông Lê Văn Tám, Ủy viên Thường vụ Quốc hội, dự họp.")
    assert persons["Nguyễn Thị Mười"] == {("Ủy viên", "Ban Thường vụ Thành ủy Cần Thơ"),
                                          ("Trưởng ban", "Ban Dân vận Thành ủy Cần Thơ")}
    assert persons["Lê Văn Tám"] == {("Ủy viên", "Ủy ban Thường vụ Quốc hội")}


def test_department_spelling_variants_and_hospital_abbreviation() -> None:
    persons, _, _ = run("Ông Lê Văn Tám, Giám đốc Sở Tài nguyên môi trường tỉnh Yên Bái, phát "
                        "biểu. Ông Đỗ Văn Chín, Giám đốc BV Đa khoa huyện Gia Bình, dự họp.")
    assert persons["Lê Văn Tám"] == {("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Yên Bái")}
    assert persons["Đỗ Văn Chín"] == {("Giám đốc", "Bệnh viện Đa khoa huyện Gia Bình")}


def test_a_deputy_named_bare_after_the_heads_post_takes_its_body() -> None:
    persons, _, _ = run("Huyện ủy kỷ luật ông Lê Văn Khoa, Trưởng Ban Tổ chức Huyện ủy Chư Sê "
                        "cùng Phó ban Lê Hữu Phúc. Ông Lê Văn Tám, Phó Giám đốc, cho biết.")
    assert persons["Lê Hữu Phúc"] == {("Phó Trưởng ban", "Ban Tổ chức Huyện ủy Chư Sê")}
    assert persons["Lê Văn Tám"] == set()  # no head's post before it in its sentence


def test_a_centre_named_by_what_it_does_closed_by_its_place_or_parent() -> None:
    persons, orgs, _ = run("Ông Vũ Văn Mười, Giám đốc Trung tâm Giáo dục thường xuyên số 2 tỉnh "
                           "Bắc Ninh, phát biểu. Ông Đỗ Văn Chín, Giám đốc Trung tâm Dịch vụ đấu "
                           "giá tài sản của Sở Tư pháp tỉnh Bắc Ninh, dự họp. Ông "
                           "Lê Văn Tám, Giám đốc Trung tâm Hội nghị, đón khách.")
    assert persons["Vũ Văn Mười"] == {
        ("Giám đốc", "Trung tâm Giáo dục thường xuyên số 2 tỉnh Bắc Ninh")}
    assert persons["Đỗ Văn Chín"] == {("Giám đốc", "Trung tâm Dịch vụ đấu giá tài sản "
                                                   "Sở Tư pháp tỉnh Bắc Ninh")}
    assert persons["Lê Văn Tám"] == set()  # nothing closes its name: a venue as often
    assert not any(o.startswith("Trung tâm Hội nghị") for o in orgs)


def test_office_with_the_body_it_serves_after_a_dash_or_of() -> None:
    persons, orgs, _ = run("Bà Kiều Thị Mai, Phó Chánh Văn phòng - Tổng cục Thống kê, và ông "
                           "Lạc Văn Tư, Chánh Văn phòng của Bộ Tư pháp, dự họp.")
    assert persons["Kiều Thị Mai"] == {("Phó Chánh Văn phòng", "Văn phòng Tổng cục Thống kê")}
    assert persons["Lạc Văn Tư"] == {("Chánh Văn phòng", "Văn phòng Bộ Tư pháp")}
    assert {"Văn phòng Tổng cục Thống kê", "Văn phòng Bộ Tư pháp"} <= orgs
