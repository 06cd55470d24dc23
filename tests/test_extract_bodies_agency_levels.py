"""A province's agency read at its row's level ("Cục Thuế", "Chi cục Kiểm lâm", "Trường Chính
trị") is named with its level word, as a Sở is ("Cục Thuế tỉnh Long An"); bodies named by a
level's own word keep none ("Tỉnh ủy Long An", "Tỉnh Đoàn Long An"). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_provincial_agency_keeps_its_level_word() -> None:
    persons, orgs, _ = run("Ông Lò Văn Tư, Cục trưởng cục Thuế TP Hải Phòng, và ông Hà Văn Năm, "
                           "Chi cục trưởng Chi cục Kiểm lâm tỉnh Sơn La, dự họp.")
    assert persons["Lò Văn Tư"] == {("Cục trưởng", "Cục Thuế thành phố Hải Phòng")}
    assert persons["Hà Văn Năm"] == {("Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Sơn La")}
    assert "Cục Thuế Hải Phòng" not in orgs


def test_a_bare_agency_takes_the_level_of_the_article_place() -> None:
    persons, _, _ = run("Ông Vũ Văn Sáu, Hiệu trưởng Trường Chính trị, báo cáo. Ông Đào Văn Bảy, "
                        "Cục trưởng Cục Thống kê, phát biểu.", province="Đà Nẵng")
    assert persons["Vũ Văn Sáu"] == {("Hiệu trưởng", "Trường Chính trị thành phố Đà Nẵng")}
    assert persons["Đào Văn Bảy"] == {("Cục trưởng", "Cục Thống kê thành phố Đà Nẵng")}


def test_bodies_named_by_a_level_word_take_no_other() -> None:
    _, orgs, _ = run("Tỉnh Đoàn Long An và Huyện Ủy Bến Lức phối hợp với Cục Hải quan tỉnh Long "
                     "An.", province="Long An")
    assert {"Tỉnh Đoàn Long An", "Huyện ủy Bến Lức", "Cục Hải quan tỉnh Long An"} <= orgs
