"""A bare "ĐB"/"Đại biểu" before a name in a report of a council's session told council first
("HĐND TP.HCM tổ chức kỳ họp bất thường …") or of a sitting ("Phiên thảo luận của Quốc hội
…") is a member of that council. Short texts we wrote, fictional people."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_session_told_council_first() -> None:
    persons, _, _ = run("Ngày 11.6, HĐND TP.HCM tổ chức kỳ họp bất thường về môi trường. Theo ĐB "
                        "Võ Văn Tám, nhiều đường dây thu gom rác hoạt động trái phép.")
    assert persons["Võ Văn Tám"] == {("Đại biểu", "Hội đồng nhân dân thành phố Hồ Chí Minh")}


def test_a_sitting_of_the_national_assembly() -> None:
    persons, _, _ = run("Phiên thảo luận của Quốc hội (QH) về kinh tế-xã hội ngày 9-6 kéo dài. "
                        "ĐB Hà Văn Thống, Phó Bí thư Tỉnh ủy Yên Bái, đã phát biểu.")
    assert persons["Hà Văn Thống"] == {("Đại biểu", "Quốc hội"), ("Phó Bí thư", "Tỉnh ủy Yên Bái")}
