"""Mass organisations' national bodies named short or by their centre ("Trung ương Hội LHPN
Việt Nam", "Hội CCB Việt Nam", "LĐLĐ Việt Nam") and the NA delegation written "Đoàn ĐB Quốc
hội" (data rows of `bodies.tsv`). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_national_mass_organisations_named_short() -> None:
    persons, orgs, _ = run("Đại hội được Trung ương Hội LHPN Việt Nam chọn làm điểm. Bà Lê Thị "
                           "Thu, Phó Chủ tịch Hội CCB Việt Nam, và ông Trần Văn Lợi, Phó Chủ tịch "
                           "LĐLĐ Việt Nam, dự.", province="Bình Dương")
    assert {"Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Hội Cựu chiến binh Việt Nam",
            "Tổng Liên đoàn Lao động Việt Nam"} <= orgs
    assert ("Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam") in persons["Trần Văn Lợi"]


def test_delegation_written_with_db() -> None:
    persons, orgs, _ = run("Phó Trưởng đoàn ĐB Quốc hội TP Nguyễn Văn Hiểu cho biết Đoàn ĐB Quốc "
                           "hội Hà Nội đã tiếp xúc cử tri.", province="Hà Nội")
    assert "Đoàn đại biểu Quốc hội thành phố Hà Nội" in orgs
    assert ("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Hà Nội") \
        in persons["Nguyễn Văn Hiểu"]


def test_youth_and_student_unions_keep_the_country_in_a_place_s_name() -> None:
    _, orgs, _ = run("Hội LHTN Việt Nam tỉnh Long An và Hội Sinh viên Việt Nam TP.HCM ký kết. "
                     "Hội Liên hiệp Thanh niên Việt Nam chúc mừng.", province="Long An")
    assert {"Hội Liên hiệp Thanh niên Việt Nam tỉnh Long An",
            "Hội Sinh viên Việt Nam thành phố Hồ Chí Minh",
            "Hội Liên hiệp Thanh niên Việt Nam"} <= orgs
