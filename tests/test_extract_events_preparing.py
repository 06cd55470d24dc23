"""A meeting that prepares another ("chuẩn bị cho kỳ họp") is not the meeting it prepares."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_committee_meeting_preparing_a_council_session_is_a_conference() -> None:
    text = ("Ngày 21-6, Ban Pháp chế HĐND tỉnh họp với các sở để thẩm tra các báo cáo chuẩn bị "
            "cho kỳ họp thường lệ giữa năm HĐND tỉnh.")
    assert [(kind, date) for kind, date, _ in _events(text, "2024-06-22")] == [
        ("conference", "2024-06-21")]
    text = "Sáng 3/7, UBND tỉnh họp rà soát các tài liệu phục vụ kỳ họp thứ 20 của HĐND tỉnh."
    assert [(kind, date) for kind, date, _ in _events(text, "2024-07-04")] == [
        ("conference", "2024-07-03")]


def test_the_session_itself_is_still_a_council_session() -> None:
    text = "Sáng 9/7, HĐND tỉnh khai mạc kỳ họp thứ 20 sau thời gian chuẩn bị chu đáo."
    assert [(kind, date) for kind, date, _ in _events(text, "2024-07-10")] == [
        ("council_session", "2024-07-09")]
