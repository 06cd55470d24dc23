"""A later day of a meeting reported over several days is that meeting, not another one."""

from __future__ import annotations

from test_extract_events_general import _events


def test_the_second_day_of_a_two_day_congress_is_the_same_congress() -> None:
    text = ("Trong 2 ngày 7 và 8-5, Đảng bộ xã Tân Hòa tiến hành Đại hội đại biểu lần thứ XII. "
            "Ngày 8-5, đại hội làm việc chính thức; ông Lò Văn Khải phát biểu chỉ đạo.")
    found = _events(text, "2020-05-09", ("Lò Văn Khải",))
    assert [(kind, date, who) for kind, date, who in found] == [
        ("congress", "2020-05-07", ["Lò Văn Khải"])]


def test_another_meeting_on_a_later_day_is_another_event() -> None:
    # A conference the day after a congress's first day is no day of that congress.
    text = ("Trong 2 ngày 7 và 8-5, Đảng bộ xã Tân Hòa tiến hành Đại hội đại biểu lần thứ XII. "
            "Ngày 8-5, UBND huyện tổ chức hội nghị tổng kết công tác dân vận.")
    assert [(kind, date) for kind, date, _ in _events(text, "2020-05-09")] == [
        ("congress", "2020-05-07"), ("conference", "2020-05-08")]
    # … and a day after the range is another sitting.
    text = ("Trong 2 ngày 7 và 8-5, Đảng bộ xã Tân Hòa tiến hành Đại hội đại biểu lần thứ XII. "
            "Ngày 20-5, Đảng bộ xã Tân An tiến hành Đại hội đại biểu lần thứ X.")
    assert [date for _, date, _ in _events(text, "2020-05-21")] == ["2020-05-07", "2020-05-20"]
