""""Sắp xếp" (arrange: the 2025 merger of units) says nothing of a meeting to come."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_meeting_after_the_arrangement_of_units_is_held() -> None:
    text = ("Sáng 1/7, sau khi sắp xếp đơn vị hành chính, Đảng ủy xã Tân Hòa tổ chức hội nghị "
            "lần thứ nhất.")
    assert [(kind, date) for kind, date, _ in _events(text, "2025-07-02")] == [
        ("conference", "2025-07-01")]


def test_a_meeting_said_to_be_coming_is_still_a_plan() -> None:
    text = "Sáng 3/7, Đảng ủy xã Tân Hòa sắp tổ chức hội nghị lần thứ nhất."
    assert _events(text, "2025-07-02") == []
    text = "Trong thời gian sắp tới, ngày 10/7, Đảng ủy xã Tân Hòa tổ chức hội nghị."
    assert _events(text, "2025-07-02") == []
