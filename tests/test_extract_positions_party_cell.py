"""A party cell named between a name and its post ("ông A, Bí thư Chi bộ 4, Chi cục trưởng …",
"ông A, đảng viên Chi bộ thôn X (Đảng ủy xã Y), nguyên …") does not cut the post off its
holder (short sentences we wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run


def test_cell_secretary_before_the_post() -> None:
    persons, _, _ = run("Khiển trách ông Mạc Văn Sáu, Bí thư Chi bộ 4, Chi cục trưởng Chi cục "
                        "Thủy lợi tỉnh Kon Tum; cảnh cáo bà Lò Thị Bảy, Phó Bí thư Chi bộ 5, Phó "
                        "Giám đốc Sở Xây dựng tỉnh Kon Tum.")
    assert any(role == "Chi cục trưởng" and body.startswith("Chi cục Thủy lợi")
               for role, body in persons["Mạc Văn Sáu"])
    assert ("Phó Giám đốc", "Sở Xây dựng tỉnh Kon Tum") in persons["Lò Thị Bảy"]


def test_cell_member_with_its_committee_in_brackets() -> None:
    persons, _, _ = run("Cảnh cáo ông Mạc Văn Sáu, đảng viên Chi bộ thôn Phú Vinh (Đảng ủy xã "
                        "Hành Thịnh), nguyên Phó Chủ tịch UBND huyện Nghĩa Hành.",
                        province="Quảng Ngãi")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân huyện Nghĩa Hành") in persons["Mạc Văn Sáu"]
