"""More council and Front abbreviations misspelt in the news: "UNND" (N for B), "UBNDTP" (the
level word run on: the city's committee), "UBMMTTQ" (a letter doubled). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_misspelt_committee_and_front_abbreviations() -> None:
    persons, orgs, _ = run("Phó Chủ tịch UNND tỉnh Hà Văn Năm dự họp. Ông Lò Văn Tư, Phó Chủ "
                           "tịch UBNDTP, phát biểu. Các đồng chí trong Đảng ủy - UBND - UBMMTTQ "
                           "xã Tân Lập cùng dự.", province="Đà Nẵng")
    assert persons["Hà Văn Năm"] == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}
    assert persons["Lò Văn Tư"] == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập" in orgs
