"""A meeting recalled from years before the article's own time is history, not an event."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_profile_recalls_congresses_of_years_before() -> None:
    text = ("Sáng 10/5/2017, Bộ Chính trị phân công ông Lò Văn Khải giữ chức Bí thư Tỉnh ủy. "
            "Tại Đại hội đại biểu toàn quốc lần thứ XI của Đảng diễn ra trong các ngày "
            "12-19/1/2011, ông Lò Văn Khải được bầu vào Ban Chấp hành Trung ương Đảng. Ngày "
            "5-9-2013, tại Hội nghị lần thứ sáu, bà Hà Thị Nhàn được hiệp thương cử giữ chức "
            "Chủ tịch.")
    found = _events(text, None, ("Lò Văn Khải", "Hà Thị Nhàn"))
    assert [date for _, date, _ in found] == []


def test_a_meeting_of_the_year_before_is_still_reported() -> None:
    # A review held in late December, told in January: last year's, not history.
    text = "Ngày 28/12/2016, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2016."
    assert [date for _, date, _ in _events(text, "2017-01-03")] == ["2016-12-28"]
