"""Title rows of titles.tsv checked on short sentences we wrote (fictional people): the short
"Phó ban Thường trực" is the standing deputy head of the department that follows."""

from __future__ import annotations

from test_extract_people_general import run


def test_pho_ban_thuong_truc_is_the_standing_deputy_head() -> None:
    persons, organizations, _ = run("Dự lễ có ông Lưu Văn Hòa, nguyên Phó ban Thường trực Ban Dân "
                                    "vận Trung ương.")
    assert persons["Lưu Văn Hòa"] == {("Phó Trưởng ban Thường trực", "Ban Dân vận Trung ương")}
    assert not any(name.startswith("Ban Thường trực") for name in organizations)
