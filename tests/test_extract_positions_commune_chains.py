"""Bodies a commune official's chain leaves out: the district committee of "HUV" is that of
the commune's (legacy) district, a bare "Chi bộ" is that of the hamlet its secretary heads, and
a bare "Đảng ủy" before a commune police post is the commune's. Short texts we wrote, fictional
people, real communes of the gazetteer."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_district_member_sits_on_the_communes_district_committee() -> None:
    persons, orgs, _ = run("Ông Lý Văn Tín, HUV, Bí thư Đảng ủy xã Vĩnh Trạch, phát biểu.",
                           province="An Giang")
    assert ("Ủy viên", "Huyện ủy Thoại Sơn") in persons["Lý Văn Tín"]
    assert "Huyện ủy Thoại Sơn" in orgs
    # without the province, "Vĩnh Trạch" names communes of two provinces: no district
    persons, _, _ = run("Ông Lý Văn Tín, HUV, Bí thư Đảng ủy xã Vĩnh Trạch, phát biểu.")
    assert persons["Lý Văn Tín"] == {("Bí thư", "Đảng ủy xã Vĩnh Trạch")}


def test_a_bare_cell_is_that_of_the_hamlet_its_secretary_heads() -> None:
    persons, _, _ = run("Bà Lò Thị Mai, Phó Bí thư Chi bộ, Trưởng bản Nà Hẩu, phát biểu.",
                        province="Lào Cai")
    assert persons["Lò Thị Mai"] == {("Phó Bí thư", "Chi bộ bản Nà Hẩu")}
    persons, _, _ = run("Ông Lê Văn Lâm, Bí thư Chi bộ, Trưởng ấp, phát biểu.")
    assert not persons["Lê Văn Lâm"]


def test_a_commune_police_chief_sits_on_the_communes_committee() -> None:
    persons, _, _ = run("Ông Trần Văn Mến, ĐUV, Trưởng Công an phường Mỹ Bình, báo cáo.",
                        province="An Giang")
    assert ("Ủy viên", "Đảng ủy phường Mỹ Bình") in persons["Trần Văn Mến"]
    # a province's police has its own committee
    persons, _, _ = run("Ông Trần Văn Mến, Bí thư Đảng ủy, Giám đốc Công an tỉnh, báo cáo.",
                        province="An Giang")
    assert ("Bí thư", "Đảng ủy Công an tỉnh An Giang") in persons["Trần Văn Mến"]
