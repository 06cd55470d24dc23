"""Event vocabulary (data): a council's first sitting told verb first ("họp phiên thứ nhất") is
its session, as "phiên họp thứ nhất" is."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_council_meeting_in_its_first_sitting_is_a_session() -> None:
    text = ("Ngày 20/6, Hội đồng nhân dân tỉnh Hà Giang đã tổ chức họp phiên thứ nhất, bầu các "
            "chức danh chủ chốt.")
    assert _events(text, "2021-06-21") == [("council_session", "2021-06-20", [])]
