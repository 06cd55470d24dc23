"""A pronoun that tells a gender ("Ông", "Bà") opening a clause never stands for a name of the
other gender: it stands for the nearest name before of its own ("Bà Lê Thị Mai … và ông Trần
Văn Hòa … Bà từng giữ chức …" is Mai's post), or for no one named. Short sentences we wrote
(fictional people, real kinds of body)."""

from __future__ import annotations

from test_extract_people_general import run


def test_she_is_the_woman_named_before_the_man() -> None:
    persons, _, _ = run("Bà Lê Thị Mai, Phó Chủ tịch UBND tỉnh Đồng Tháp, và ông Trần Văn Hòa, "
                        "Chủ tịch UBND huyện Tháp Mười, dự lễ. Bà từng giữ chức Bí thư Huyện ủy "
                        "Lai Vung.")
    assert ("Bí thư", "Huyện ủy Lai Vung") in persons["Lê Thị Mai"]
    assert ("Bí thư", "Huyện ủy Lai Vung") not in persons["Trần Văn Hòa"]


def test_he_is_the_man_though_a_woman_was_met_in_passing() -> None:
    persons, _, _ = run("Ông Trần Văn Hòa, Giám đốc Sở Nội vụ tỉnh Đồng Tháp, làm việc với bà "
                        "Lê Thị Mai, Phó Chủ tịch UBND huyện Tháp Mười. Ông từng giữ chức Bí thư "
                        "Huyện ủy Lai Vung.")
    assert ("Bí thư", "Huyện ủy Lai Vung") in persons["Trần Văn Hòa"]
    assert ("Bí thư", "Huyện ủy Lai Vung") not in persons["Lê Thị Mai"]
    # a pronoun of the same gender as the last name still stands for it
    persons, _, _ = run("Ông Trần Văn Hòa, Giám đốc Sở Nội vụ tỉnh Đồng Tháp, trao quyết định "
                        "cho bà Lê Thị Mai. Bà được bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp "
                        "tỉnh Đồng Tháp.")
    assert ("Phó Giám đốc", "Sở Tư pháp tỉnh Đồng Tháp") in persons["Lê Thị Mai"]


def test_a_pronoun_after_the_chain_tells_the_gender_too() -> None:
    persons, _, _ = run("Bà Lê Thị Mai, Phó Chủ tịch UBND tỉnh Đồng Tháp, và ông Trần Văn Hòa, "
                        "Chủ tịch UBND huyện Tháp Mười, bị kỷ luật. Trong thời gian giữ cương vị "
                        "Bí thư Huyện ủy Lai Vung, bà đã ký nhiều văn bản sai quy định.")
    assert ("Bí thư", "Huyện ủy Lai Vung") in persons["Lê Thị Mai"]
    assert ("Bí thư", "Huyện ủy Lai Vung") not in persons["Trần Văn Hòa"]


def test_a_pronoun_of_no_gender_still_stands_for_the_main_person() -> None:
    # "Đồng chí" tells no gender: after a name met in passing it is the man the profile is about
    persons, _, _ = run("Ông Lê Văn Lợi sinh năm 1965 tại xã Tân Lập. Ông Lợi tốt nghiệp đại học "
                        "năm 1988. Ông Lợi công tác tại huyện nhiều năm. Năm 2010, ông Lợi làm "
                        "việc với ông Trần Minh Hòa. Đồng chí từng giữ chức Bí thư Huyện ủy Châu "
                        "Phú.")
    assert ("Bí thư", "Huyện ủy Châu Phú") in persons["Lê Văn Lợi"]
