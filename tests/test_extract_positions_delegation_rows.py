"""Title rows: the heads of a National Assembly delegation written "Đoàn ĐB Quốc hội" (the
body names no body of its own there): "Phó Trưởng đoàn ĐB Quốc hội TP" is the deputy head of
the city's delegation; and the chair abbreviated "CT" before "UBND"/"HĐND" (short sentences
we wrote, fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.titles import lexicon
from test_extract_people_general import run


def test_the_rows_name_the_delegation() -> None:
    for phrase, role in (("Phó Trưởng đoàn ĐB Quốc hội", "Phó Trưởng đoàn"),
                         ("Trưởng đoàn ĐB Quốc hội", "Trưởng đoàn")):
        title = lexicon().by_key[phrase.lower()]
        assert (title.role, title.body_prefix) == (role, "Đoàn đại biểu Quốc hội")


def test_deputy_head_of_the_city_delegation() -> None:
    persons, _, _ = run("Phó Trưởng đoàn ĐB Quốc hội TP Hà Nội Lâm Văn Sơn cho biết đoàn đã "
                        "tiếp xúc cử tri.")
    assert persons["Lâm Văn Sơn"] == {
        ("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Hà Nội")}


def test_head_of_the_province_delegation_takes_the_province() -> None:
    persons, _, _ = run("Ông Lâm Văn Sơn, Trưởng đoàn ĐB Quốc hội tỉnh, phát biểu.",
                        province="Đồng Tháp")
    assert ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Đồng Tháp") in persons["Lâm Văn Sơn"]



def test_chair_abbreviated_ct_before_the_council_or_committee() -> None:
    # the domain reference's "CT / PCT UBND", "CT / PCT HĐND"
    persons, _, _ = run("Đồng chí Lâm Văn Sơn, Bí thư Huyện ủy, CT HĐND huyện Chợ Mới; đồng chí "
                        "Trần Văn Khải, CT UBND huyện Chợ Mới dự họp.", province="An Giang")
    assert ("Chủ tịch", "Hội đồng nhân dân huyện Chợ Mới") in persons["Lâm Văn Sơn"]
    assert persons["Trần Văn Khải"] == {("Chủ tịch", "Ủy ban nhân dân huyện Chợ Mới")}


def test_a_directive_code_is_no_chair() -> None:
    persons, _, _ = run("Chỉ thị số 05/CT-UBND của UBND tỉnh nêu rõ. Ông Lâm Văn Sơn phát biểu.",
                        province="An Giang")
    assert persons.get("Lâm Văn Sơn", set()) == set()
