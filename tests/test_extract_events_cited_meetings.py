"""A meeting cited for its result or spirit ("kết quả Hội nghị … ngày 14/3") is not reported."""

from __future__ import annotations

from test_extract_events_general import _events


def test_the_result_of_a_past_meeting_is_no_event() -> None:
    text = ("Sáng 20/4, Huyện ủy tổ chức lễ công bố quyết định luân chuyển cán bộ. Thực hiện "
            "kết quả Hội nghị Ban Thường vụ Huyện ủy ngày 14/3/2017, Huyện ủy đã luân chuyển 7 "
            "cán bộ. Ông Lò Văn Khải trao quyết định.")
    found = _events(text, "2017-04-21", ("Lò Văn Khải",))
    assert [(kind, date) for kind, date, _ in found] == [("ceremony", "2017-04-20")]
    assert found[0][2] == ["Lò Văn Khải"]


def test_the_spirit_of_a_conference_is_no_event() -> None:
    text = "Theo tinh thần Hội nghị Trung ương ngày 10/5/2017, tỉnh sắp xếp lại bộ máy."
    assert _events(text, "2017-06-01") == []
    # The meeting itself, reported with its day, still is one.
    text = "Ngày 10/5/2017, Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn việc sắp xếp bộ máy."
    assert [(kind, date) for kind, date, _ in _events(text, "2017-06-01")] == [
        ("conference", "2017-05-10")]
