"""The Farmers' Union written "HND" (domain README §abbreviations: "Hội ND, HND") is read with
its place; alone, the letters name nothing."""

from __future__ import annotations

from test_extract_people_general import run


def test_farmers_union_abbreviated_with_its_place() -> None:
    persons, _, _ = run("Ông Lê Văn Tám, Chủ tịch HND tỉnh Long An, phát biểu.")
    assert ("Chủ tịch", "Hội Nông dân tỉnh Long An") in persons["Lê Văn Tám"]


def test_farmers_letters_alone_name_no_body() -> None:
    _, orgs, _ = run("Ông Lê Văn Tám nói về mã HND trong hồ sơ.")
    assert not any(o.startswith("Hội Nông dân") for o in orgs)
