"""A sentence going on from one set at another time ("Trước đó, … Cùng với đó, …") is set
at that time too: a person named only there did not take part in the event."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_sentence_going_on_from_an_earlier_time_names_no_participant() -> None:
    text = ("Ngày 19/4, Ban Thường vụ Thành ủy tổ chức lễ trao quyết định cho ông Lò Văn Khải. "
            "Trước đó, Ban Thường vụ đã điều động ông Hà Văn Sáng về Sở Nội vụ. Cùng với đó, Ban "
            "Thường vụ cũng chỉ định ông Hà Văn Sáng giữ chức Ủy viên Ban Cán sự đảng.")
    found = _events(text, "2024-04-20", ("Lò Văn Khải", "Hà Văn Sáng"))
    assert [(date, who) for _, date, who in found] == [("2024-04-19", ["Lò Văn Khải"])]


def test_going_on_from_the_event_itself_still_names_participants() -> None:
    text = ("Ngày 19/4, Ban Thường vụ Thành ủy tổ chức lễ trao quyết định cho ông Lò Văn Khải. "
            "Cùng với đó, ông Hà Văn Sáng trao hoa chúc mừng.")
    found = _events(text, "2024-04-20", ("Lò Văn Khải", "Hà Văn Sáng"))
    assert [(date, who) for _, date, who in found] == [
        ("2024-04-19", ["Lò Văn Khải", "Hà Văn Sáng"])]


def test_going_on_from_an_earlier_meeting_is_at_that_meeting() -> None:
    text = ("Ngày 11/5, Ban Kinh tế tổ chức hội nghị triển khai quyết định. Trước đó, sáng 10/5, "
            "đã diễn ra Hội nghị công bố quyết định phân công ông Lò Văn Khải. Đồng thời, Bộ "
            "Chính trị cũng phân công ông Hà Văn Sáng.")
    found = _events(text, "2024-05-12", ("Lò Văn Khải", "Hà Văn Sáng"))
    assert [(date, who) for _, date, who in found] == [
        ("2024-05-11", []), ("2024-05-10", ["Lò Văn Khải", "Hà Văn Sáng"])]
