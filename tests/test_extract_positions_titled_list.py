"""Names listed as subjects of a verb, each after a bare title of his own ("Thứ trưởng A và Thứ
trưởng B bị cách chức …"), all take the post after the verb; a bodied chain of the first name
still ends the list (short sentences we wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run

_MEMBER = ("Ủy viên", "Ban Thường vụ Huyện ủy Chợ Mới")


def test_each_name_with_a_bare_title_shares_the_post() -> None:
    persons, _, _ = run("Phó Chủ tịch Lâm Văn Sơn và Phó Chủ tịch Trần Văn Khải bị cách chức Ủy "
                        "viên Ban Thường vụ Huyện ủy Chợ Mới.", province="An Giang")
    assert _MEMBER in persons["Lâm Văn Sơn"] and _MEMBER in persons["Trần Văn Khải"]


def test_a_bare_title_on_the_second_name_only() -> None:
    persons, _, _ = run("Ông Lâm Văn Sơn và Phó Chủ tịch Trần Văn Khải được bầu giữ chức Ủy viên "
                        "Ban Thường vụ Huyện ủy Chợ Mới.", province="An Giang")
    assert _MEMBER in persons["Lâm Văn Sơn"] and _MEMBER in persons["Trần Văn Khải"]


def test_a_post_said_of_the_second_name_after_its_own_chain_is_his_alone() -> None:
    persons, _, _ = run("Ông Lâm Văn Sơn, Bí thư Huyện ủy Chợ Mới và ông Trần Văn Khải, Phó Bí "
                        "thư Huyện ủy Chợ Mới, nguyên là Chủ tịch UBND huyện Chợ Mới, phát biểu.",
                        province="An Giang")
    assert ("Chủ tịch", "Ủy ban nhân dân huyện Chợ Mới") not in persons["Lâm Văn Sơn"]
