"""A word of statement ("thông tin") inside a body's name does not make a day a statement's."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_department_of_information_holds_its_meeting() -> None:
    text = ("Ngày 20/6, Sở Thông tin và Truyền thông tỉnh tổ chức hội nghị giao ban báo chí "
            "quý II.")
    assert [(kind, date) for kind, date, _ in _events(text, "2024-06-21")] == [
        ("conference", "2024-06-20")]
    text = "Sáng 20/6, trên Cổng Thông tin điện tử tỉnh, UBND tỉnh tổ chức hội nghị trực tuyến."
    assert [date for _, date, _ in _events(text, "2024-06-21")] == ["2024-06-20"]


def test_a_statement_between_the_day_and_the_meeting_still_dates_the_statement() -> None:
    text = "Ngày 20/6, Sở Nội vụ thông tin về hội nghị tổng kết công tác cán bộ."
    assert _events(text, "2024-06-21") == []
