"""A body's deputies or members listed ("Các Phó ban chuyên trách gồm: ông A …", "Ba Phó ban
kiêm nhiệm gồm …") say who they are, not who came — unless the article tells of the vote that
chose them."""

from __future__ import annotations

from test_extract_events_general import _events

_NAMES = ("Hà Quang Dũng", "Lạc Văn Tài", "Ông Thị Mơ", "Khúc Hữu Nghĩa")
_LEAD = "Sáng 11/5, Ban Kinh tế Trung ương tổ chức hội nghị do ông Hà Quang Dũng chủ trì. "


def test_deputies_listed_after_gom_take_no_part() -> None:
    text = (_LEAD + "Các Phó ban chuyên trách gồm: ông Lạc Văn Tài, Phó trưởng ban Thường trực; "
            "bà Ông Thị Mơ. Ba Phó ban kiêm nhiệm gồm ông Khúc Hữu Nghĩa, Thứ trưởng Bộ Tài "
            "chính.")
    found = _events(text, "2024-05-12", _NAMES)
    assert [(date, who) for _, date, who in found] == [("2024-05-11", ["Hà Quang Dũng"])]


def test_deputies_listed_after_a_vote_took_part() -> None:
    text = ("Sáng 11/5, Đại hội Đảng bộ tỉnh bế mạc. Đại hội đã bầu ông Hà Quang Dũng giữ chức "
            "Bí thư Tỉnh ủy. Hai Phó Bí thư Tỉnh ủy gồm ông Lạc Văn Tài và bà Ông Thị Mơ.")
    found = _events(text, "2024-05-12", _NAMES)
    assert [(date, who) for _, date, who in found] == [
        ("2024-05-11", ["Hà Quang Dũng", "Lạc Văn Tài", "Ông Thị Mơ"])]
