"""What is a gathering: a programme's meeting, and routine work that is none."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_gathering_a_programme_holds_is_an_event() -> None:
    text = ("Tại chương trình gặp gỡ với Bí thư Thành ủy Lê Văn Tám, sáng 21/5, thanh niên "
            "kiến nghị.")
    assert [(kind, date) for kind, date, _ in _events(text, "2024-05-22")] == [
        ("ceremony", "2024-05-21")]
    # … but not the many visits of a programme of inspections.
    text = "Sáng 21/5, huyện ban hành chương trình kiểm tra, giám sát năm 2024."
    assert _events(text, "2024-05-22") == []


def test_going_to_work_as_usual_is_no_working_session() -> None:
    text = "Chiều 29/6, ông Lê Văn Tám vẫn đến làm việc tại Sở Tài chính như thường lệ."
    assert _events(text, "2024-06-30", ("Lê Văn Tám",)) == []
    text = "Chiều 29/6, Bí thư Tỉnh ủy đến làm việc tại Sở Tài chính."
    assert [kind for kind, _, _ in _events(text, "2024-06-30")] == ["working_session"]


def test_meeting_voters_with_words_between_is_a_voter_meeting() -> None:
    text = ("Ngày 28-5, tổ đại biểu HĐND thành phố đã tiếp xúc với khoảng 400 cử tri hai "
            "phường Tân An và Mỹ Hòa.")
    assert [kind for kind, _, _ in _events(text, "2024-05-29")] == ["voter_meeting"]
    text = "Ngày 28-5, đoàn tiếp xúc với các cơ quan công quyền của tỉnh."
    assert [kind for kind, _, _ in _events(text, "2024-05-29")] == []


def test_a_chinese_peoples_congress_is_a_body_not_a_congress() -> None:
    text = ("Ngày 13/5, Chủ tịch nước đã tiếp lãnh đạo Tỉnh ủy, Đại hội đại biểu nhân dân và "
            "Chính quyền tỉnh Quảng Đông.")
    assert [kind for kind, _, _ in _events(text, "2024-05-14")] == ["working_session"]


def test_a_day_named_relative_to_publication() -> None:
    text = "Chiều nay, Tỉnh ủy tổ chức họp báo thông tin về Đại hội."
    assert [(kind, date) for kind, date, _ in _events(text, "2025-09-22")] == [
        ("conference", "2025-09-22")]
    text = "Tối qua, Thành ủy tổ chức lễ trao huy hiệu Đảng."
    assert [date for _, date, _ in _events(text, "2025-09-22")] == ["2025-09-21"]
    # Without a publication date such a day has no date; with a comma before its digits, the
    # digits date it.
    assert [date for _, date, _ in _events("Chiều nay, Tỉnh ủy tổ chức họp báo.")] == []
    text = "Sáng nay, 16-10-2020, Đại hội đại biểu Đảng bộ tỉnh bế mạc."
    assert [(kind, date) for kind, date, _ in _events(text)] == [("congress", "2020-10-16")]


def test_announcing_an_inspection_or_its_conclusions_is_a_ceremony() -> None:
    text = "Chiều 27-6, tại Yên Bái, Thanh tra Chính phủ đã chính thức công bố thanh tra tài sản."
    assert [(kind, date) for kind, date, _ in _events(text, "2024-06-28")] == [
        ("ceremony", "2024-06-27")]
    text = "Sáng 3/7, Ủy ban Kiểm tra Tỉnh ủy công bố kết luận kiểm tra tại huyện."
    assert [kind for kind, _, _ in _events(text, "2024-07-04")] == ["ceremony"]
