"""Title rows of titles.tsv checked on short sentences we wrote (fictional people): the short
"Phó ban Thường trực" is the standing deputy head of the department that follows."""

from __future__ import annotations

from test_extract_people_general import run


def test_pho_ban_thuong_truc_is_the_standing_deputy_head() -> None:
    persons, organizations, _ = run("Dự lễ có ông Lưu Văn Hòa, nguyên Phó ban Thường trực Ban Dân "
                                    "vận Trung ương.")
    assert persons["Lưu Văn Hòa"] == {("Phó Trưởng ban Thường trực", "Ban Dân vận Trung ương")}
    assert not any(name.startswith("Ban Thường trực") for name in organizations)


def test_deputy_in_charge_holds_the_deputy_post_of_the_body_after() -> None:
    persons, _, _ = run("Phó Giám đốc phụ trách Sở Xây dựng Lưu Văn Hòa cho biết. Bà Mai Thị "
                        "Lan, Phó Trưởng ban phụ trách Ban Dân vận Tỉnh ủy, phát biểu.",
                        province="Bến Tre")
    assert persons["Lưu Văn Hòa"] == {("Phó Giám đốc", "Sở Xây dựng tỉnh Bến Tre")}
    assert persons["Mai Thị Lan"] == {("Phó Trưởng ban", "Ban Dân vận Tỉnh ủy Bến Tre")}


def test_thuong_truc_tieu_ban_is_the_standing_member_of_the_subcommittee() -> None:
    persons, organizations, _ = run("Ông Lưu Văn Hòa - Ủy viên Bộ Chính trị, Thường trực Tiểu "
                                    "ban Văn kiện Đại hội Đảng lần thứ XIV - phát biểu.")
    assert ("Thường trực", "Tiểu ban Văn kiện Đại hội Đảng lần thứ XIV") in persons["Lưu Văn Hòa"]
    assert not any(name.startswith("Thường trực") for name in organizations)


def test_standing_deputies_keep_their_standing_title() -> None:
    persons, organizations, _ = run("Thứ trưởng Thường trực Bộ Tài chính Lưu Văn Hòa trình bày "
                                    "tham luận. Bà Mai Thị Lan, Phó Giám đốc Thường trực Sở Y tế "
                                    "tỉnh Bến Tre, phát biểu.")
    assert persons["Lưu Văn Hòa"] == {("Thứ trưởng Thường trực", "Bộ Tài chính")}
    assert persons["Mai Thị Lan"] == {("Phó Giám đốc Thường trực", "Sở Y tế tỉnh Bến Tre")}
    assert not any(name.startswith("Thường trực") for name in organizations)


def test_central_committee_abbreviated_keeps_the_chain_whole() -> None:
    for written in ("BCH T.Ư Đảng", "BCH TW Đảng", "BCH Trung ương Đảng"):
        for member in ("Ủy viên", "Ủy viên dự khuyết"):
            persons, _, _ = run(f"Ông Lưu Văn Hòa, {member} {written}, Bí thư Tỉnh ủy dự họp.",
                                province="An Giang")
            assert persons["Lưu Văn Hòa"] == {(member, "Ban Chấp hành Trung ương Đảng"),
                                              ("Bí thư", "Tỉnh ủy An Giang")}, (member, written)
