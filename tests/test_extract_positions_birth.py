"""A birth date between a name and its post ("ông A, sinh ngày 3/6/1961, Giám đốc …") does not
cut the post off its holder, whether the year stands alone or with day and month (short
sentences we wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run


def test_full_birth_date_before_the_post() -> None:
    persons, _, _ = run("Bổ nhiệm ông Lê Văn Tám, sinh ngày 27/8/1963, Giám đốc Trung tâm Y tế "
                        "huyện Gia Bình, đến giữ chức Giám đốc Bệnh viện Đa khoa huyện Gia Bình.",
                        province="Bắc Ninh")
    assert ("Giám đốc", "Trung tâm Y tế huyện Gia Bình") in persons["Lê Văn Tám"]
    assert ("Giám đốc", "Bệnh viện Đa khoa huyện Gia Bình") in persons["Lê Văn Tám"]


def test_dashed_birth_date_and_a_former_post() -> None:
    persons, _, _ = run("Bổ nhiệm ông Võ Thành Chín, sinh ngày 1-6-1960, nguyên Giám đốc Sở "
                        "Xây dựng tỉnh Bắc Ninh, giữ chức Phó Chủ tịch UBND tỉnh Bắc Ninh.")
    assert ("Giám đốc", "Sở Xây dựng tỉnh Bắc Ninh") in persons["Võ Thành Chín"]


def test_a_date_of_something_else_still_cuts() -> None:
    persons, _, _ = run("Ông Võ Thành Chín, ngày 27/8/1963, Giám đốc Sở Xây dựng tỉnh Bắc Ninh "
                        "Trần Văn Mười ký quyết định.")
    assert ("Giám đốc", "Sở Xây dựng tỉnh Bắc Ninh") not in persons.get("Võ Thành Chín", set())
