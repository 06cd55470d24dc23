"""The Fatherland Front of a place is its committee: "Đại hội đại biểu MTTQ Việt Nam xã X",
"Chủ tịch MTTQ Việt Nam TP.HCM" name "Ủy ban Mặt trận Tổ quốc Việt Nam …", as "Ủy ban MTTQ xã X"
does; the Front with no place stays the country's. Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_the_front_of_a_place_is_its_committee() -> None:
    persons, orgs, _ = run("Sáng 10/4, Ủy ban MTTQ Việt Nam xã Long Hòa tổ chức Đại hội đại biểu "
                           "MTTQ Việt Nam xã Long Hòa. Bà Lê Thị Hạnh, Chủ tịch MTTQ Việt Nam "
                           "TP.HCM dự.", province="Tây Ninh")
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam xã Long Hòa",
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh"} <= orgs
    assert not any(name.startswith("Mặt trận") for name in orgs)
    assert ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh") \
        in persons["Lê Thị Hạnh"]


def test_the_front_with_no_place_is_the_country_s() -> None:
    _, orgs, _ = run("Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X khai mạc.",
                     province="Hà Nội")
    assert "Mặt trận Tổ quốc Việt Nam" in orgs


def test_the_front_named_short_with_its_place() -> None:
    _, orgs, _ = run("Ủy ban Mặt trận thành phố đề nghị HĐND xem xét. Sở Nội vụ phối hợp cùng "
                     "Mặt trận Tổ quốc TP làm chương trình. Công tác Mặt trận Tổ quốc được "
                     "đổi mới.", province="Đà Nẵng")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng" in orgs
    assert "Mặt trận Tổ quốc Việt Nam" not in orgs  # "công tác Mặt trận Tổ quốc": no body


def test_the_head_of_the_front_heads_its_central_committee() -> None:
    persons, orgs, _ = run("Ông Trần Văn Tâm, Ủy viên Bộ Chính trị, Chủ tịch Mặt trận Tổ quốc Việt "
                           "Nam, đến thăm.", province="Trà Vinh")
    assert ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in persons["Trần Văn Tâm"]
    assert "Mặt trận Tổ quốc Việt Nam" not in orgs
