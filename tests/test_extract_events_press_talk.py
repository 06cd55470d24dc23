"""One quoted talking to a reporter ("Trao đổi với PV, ông A cho biết …") is not placed at the
meeting by that sentence; one answering the press at a press conference is."""

from __future__ import annotations

from test_extract_events_general import _events


def _who(text: str, names: tuple[str, ...]) -> list[tuple[str | None, list[str]]]:
    return [(date, who) for _, date, who in _events(text, "2017-06-30", names)]


def test_one_talking_to_a_reporter_is_no_participant() -> None:
    text = ("Ngày 11/6, HĐND thành phố tổ chức kỳ họp bất thường do bà Lê Thị Hoa chủ trì. Trao "
            "đổi với phóng viên về đơn kiến nghị, bà Trần Thị Huyền cho biết người dân vẫn chờ "
            "trả lời.")
    assert _who(text, ("Lê Thị Hoa", "Trần Thị Huyền")) == [("2017-06-11", ["Lê Thị Hoa"])]


def test_one_answering_the_press_at_a_press_conference_took_part() -> None:
    text = ("Chiều 27/6, tại buổi họp báo thường kỳ của Bộ Nội vụ, trả lời báo chí, ông Nguyễn "
            "Văn Khương cho biết việc bổ nhiệm là chưa đúng.")
    assert _who(text, ("Nguyễn Văn Khương",)) == [("2017-06-27", ["Nguyễn Văn Khương"])]
