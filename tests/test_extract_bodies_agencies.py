"""Party committees named by the body whose staff they lead ("Đảng ủy Văn phòng Chính phủ",
"Đảng ủy Cơ quan Ủy ban Trung ương MTTQ Việt Nam") and the committees the 2025 reorganisation
set up (military command, Front and mass organisations, central party agencies); sentences we
wrote, fictional people."""

from __future__ import annotations

from test_extract_people_general import run


def test_committee_of_an_office_is_read_with_its_host() -> None:
    persons, orgs, _ = run("Ông Trần Văn Bình, Bí thư Đảng ủy Văn phòng Chính phủ, dự lễ. "
                           "Bà Lê Thị Hoa, Phó Bí thư Đảng ủy Văn phòng UBND tỉnh, phát biểu.",
                           province="An Giang")
    assert ("Bí thư", "Đảng ủy Văn phòng Chính phủ") in persons["Trần Văn Bình"]
    assert ("Phó Bí thư", "Đảng ủy Văn phòng Ủy ban nhân dân tỉnh An Giang") \
        in persons["Lê Thị Hoa"]
    assert "Văn phòng Chính phủ" in orgs  # named inside the committee's name, as when alone


def test_committee_of_an_agency_needs_the_agency_named() -> None:
    persons, orgs, _ = run("Ông Phan Văn Tâm, bí thư Đảng ủy cơ quan Thành đoàn TP.HCM, và "
                           "ông Đỗ Văn Lực, Phó Bí thư Đảng ủy cơ quan và ông Lê Văn Tư dự họp.")
    assert ("Bí thư", "Đảng ủy Cơ quan Thành Đoàn Hồ Chí Minh") in persons["Phan Văn Tâm"]
    assert persons["Đỗ Văn Lực"] == set()  # "Đảng ủy cơ quan" alone: whose is not said
    assert not any(name.startswith("Đảng ủy Cơ quan Lê") for name in orgs)


def test_office_alone_after_a_committee_is_no_body() -> None:
    persons, _, _ = run("Ông Lý Văn Sáu, Chánh Văn phòng Đảng ủy xã Phú Lộc, dự họp.",
                        province="Cần Thơ")
    assert persons["Lý Văn Sáu"] == {("Chánh Văn phòng", "Văn phòng Đảng ủy xã Phú Lộc")}


def test_committees_set_up_in_2025() -> None:
    persons, _, _ = run("Ông Lý Văn Sáu, Bí thư Đảng ủy Quân sự tỉnh, dự họp. Ông Hà Minh "
                        "Tiến, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh, phát biểu. "
                        "Bà Vũ Thị Lan, Phó Bí thư Đảng ủy các cơ quan Đảng Trung ương, và ông "
                        "Mai Văn Tú, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương, "
                        "dự đại hội.", province="Gia Lai")
    assert persons["Lý Văn Sáu"] == {("Bí thư", "Đảng ủy Quân sự tỉnh Gia Lai")}
    assert persons["Hà Minh Tiến"] == {
        ("Bí thư", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Gia Lai")}
    assert persons["Vũ Thị Lan"] == {("Phó Bí thư", "Đảng ủy các cơ quan Đảng Trung ương")}
    assert persons["Mai Văn Tú"] == {
        ("Bí thư", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương")}
