"""The Front named by its office-holders (short sentences we wrote, fictional people): a chair
of "MTTQ Việt Nam TP.HCM" chairs the Front's committee there; a chair of "Mặt trận Tổ quốc
Việt Nam" with no place chairs its central committee; the Front's party group is untouched."""

from __future__ import annotations

from test_extract_people_general import run


def test_local_front_chair_chairs_its_committee() -> None:
    persons, organizations, _ = run("Bà Hà Thị Mai, Chủ tịch MTTQ Việt Nam TP.HCM, phát biểu "
                                    "tại kỳ họp.")
    body = "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh"
    assert persons["Hà Thị Mai"] == {("Chủ tịch", body)}
    assert body in organizations and "Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh" \
        not in organizations


def test_front_chair_with_no_place_chairs_the_central_committee() -> None:
    persons, _, _ = run("Ông Đào Văn Khoa, Ủy viên Bộ Chính trị, Chủ tịch Mặt trận Tổ quốc Việt "
                        "Nam, đến thăm Trung tâm điện lực.")
    assert ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in persons["Đào Văn Khoa"]
    assert ("Chủ tịch", "Mặt trận Tổ quốc Việt Nam") not in persons["Đào Văn Khoa"]


def test_party_group_of_the_front_keeps_its_name() -> None:
    persons, _, _ = run("Ông Đào Văn Khoa, Bí thư Đảng đoàn MTTQ Việt Nam, dự hội nghị.")
    assert ("Bí thư", "Đảng đoàn Mặt trận Tổ quốc Việt Nam") in persons["Đào Văn Khoa"]


def test_standing_body_of_the_front_is_the_committees() -> None:
    persons, _, _ = run("Bà Hà Thị Mai, Ủy viên Ban Thường trực MTTQ Việt Nam huyện Bến Cầu, dự "
                        "đại hội.", province="Tây Ninh")
    assert persons["Hà Thị Mai"] == {
        ("Ủy viên", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bến Cầu")}


def test_the_front_a_party_group_is_named_after_is_not_listed_unwritten() -> None:
    # the text writes the Front's committee, not the Front: only the committee and the party
    # group are organisations
    persons, orgs, _ = run("Ông Lê Văn Tư, Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung ương MTTQ "
                           "Việt Nam, phát biểu.")
    assert ("Bí thư", "Đảng đoàn Mặt trận Tổ quốc Việt Nam") in persons["Lê Văn Tư"]
    assert orgs == {"Đảng đoàn Mặt trận Tổ quốc Việt Nam",
                    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
