"""One whose family receives an honour for them ("cho đại diện gia đình Trung tá A") is not at
the ceremony."""

from __future__ import annotations

from test_extract_events_general import _events


def test_one_represented_by_the_family_is_no_participant() -> None:
    text = ("Sáng 23/6, Chủ tịch nước Trần Văn Hòa trao danh hiệu Anh hùng Lực lượng vũ trang "
            "nhân dân cho đại diện gia đình Trung tá Lê Văn Đức tại lễ đón nhận danh hiệu.")
    found = _events(text, "2017-06-24", ("Trần Văn Hòa", "Lê Văn Đức"))
    assert [(date, who) for _, date, who in found] == [("2017-06-23", ["Trần Văn Hòa"])]
