"""A meeting the article reports as held without giving any day is one event with no date
(event_undated.py), as the dev gold lists such meetings; nothing is read where a day is given,
where the meeting is planned, far from the article's start, or one some are elected to attend."""

from __future__ import annotations

from test_extract_events_general import _events


def test_attendance_at_a_congress_with_no_day_is_an_undated_congress() -> None:
    text = ("Tham dự đại hội có đồng chí Lý Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh Hậu Giang. "
            "Đại hội đã bầu 11 đồng chí vào Ban Chấp hành, đồng chí Mạc Thị Lan tái cử Chủ tịch "
            "Hội LHPN xã Tân Phú.")
    assert _events(text, None, ("Lý Thị Hoa", "Mạc Thị Lan")) == [
        ("congress", None, ["Lý Thị Hoa", "Mạc Thị Lan"])]


def test_a_session_told_of_bare_and_its_vote() -> None:
    text = ("HĐND tỉnh Sơn La khóa XV tổ chức kỳ họp lần thứ nhất. Tại kỳ họp, ông Cầm Văn Khôi "
            "tái đắc cử Chủ tịch HĐND tỉnh.")
    assert _events(text, None, ("Cầm Văn Khôi",)) == [
        ("council_session", None, ["Cầm Văn Khôi"])]


def test_a_stronger_word_of_the_lead_types_the_meeting() -> None:
    text = ("Các ứng cử viên đại biểu Quốc hội đơn vị số 2 tiếp xúc cử tri. "
            "Cử tri Đào Văn Tám phát biểu tại hội nghị.")
    assert _events(text, None, ("Đào Văn Tám",)) == [("voter_meeting", None, ["Đào Văn Tám"])]


def test_no_undated_meeting_where_a_day_is_given_or_none_was_held() -> None:
    # A day given: the meeting is not reported on it (a statement) — nothing is made up.
    text = ("Ngày 14/6, Huyện ủy Mường Tè cho biết đã xử lý kỷ luật ông Hà Văn Sáng. "
            "Tham dự hội nghị có ông Hà Văn Sáng.")
    assert _events(text, "2025-06-15") == []
    # Planned, not held.
    text = "Đại hội sẽ diễn ra tại hội trường tỉnh. Tham dự đại hội sẽ có 300 đại biểu."
    assert _events(text) == []
    # Those elected to attend a congress to come do not report it.
    text = ("Hội Cựu chiến binh xã Tân Phú đã bầu 5 đồng chí tham dự Đại hội Hội CCB huyện. "
            "Đoàn đại biểu đi dự Đại hội gồm 5 người.")
    assert _events(text) == []
    # The same words with the meeting held and no day given: read.
    text = "Tham dự hội nghị có ông Hà Văn Sáng. Hội nghị đã thống nhất cao."
    assert _events(text, "2025-06-15", ("Hà Văn Sáng",)) == [
        ("conference", None, ["Hà Văn Sáng"])]


def test_a_meeting_named_far_from_the_start_is_an_aside() -> None:
    opening = " ".join(f"Giá cước taxi tại thành phố tăng lần thứ {n}." for n in range(11))
    text = opening + " Là đại biểu vừa tham dự hội nghị phản biện, ông Lưu Văn Hậu nêu ý kiến."
    assert _events(text, None, ("Lưu Văn Hậu",)) == []
    near = "Là đại biểu vừa tham dự hội nghị phản biện, ông Lưu Văn Hậu nêu ý kiến. " + opening
    assert _events(near, None, ("Lưu Văn Hậu",)) == [("conference", None, ["Lưu Văn Hậu"])]
