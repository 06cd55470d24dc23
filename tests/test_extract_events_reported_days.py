"""A day inside what a speaker says at an event dates what is said, not the event."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_day_said_after_the_event_word_is_not_the_events_day() -> None:
    text = ("Chiều 27/6, Thanh tra tỉnh công bố quyết định thanh tra tại Sở Xây dựng. Tại buổi "
            "công bố quyết định thanh tra, ông Lò Văn Khải khẳng định: tỉnh đã thành lập đoàn "
            "thanh tra vào ngày 9/6 để làm rõ vụ việc.")
    assert [(kind, date) for kind, date, _ in _events(text, "2017-06-28")] == [
        ("ceremony", "2017-06-27")]


def test_a_day_before_the_speech_verb_still_dates_the_event() -> None:
    # The verb of saying comes after the day: the day is the meeting's own.
    text = ("Tại hội nghị sáng 27/6, ông Lò Văn Khải cho biết tỉnh đã hoàn thành kế hoạch. "
            "Tại buổi làm việc, bà Hà Thị Nhàn nhấn mạnh yêu cầu của Tỉnh ủy.")
    assert [(kind, date) for kind, date, _ in _events(text, "2017-06-28")] == [
        ("conference", "2017-06-27")]
    # A noun of reporting inside the event's name ("kiến nghị") is no verb of saying.
    text = "Hội nghị tiếp thu kiến nghị của doanh nghiệp diễn ra sáng 6/6 tại hội trường."
    assert [date for _, date, _ in _events(text, "2017-06-07")] == ["2017-06-06"]


def test_nói_chung_is_no_verb_of_saying() -> None:
    text = ("Hội nghị tổng kết của ngành du lịch cả nước nói chung, Đà Nẵng nói riêng diễn ra "
            "sáng 13/3.")
    assert [date for _, date, _ in _events(text, "2017-03-14")] == ["2017-03-13"]
