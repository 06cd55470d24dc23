"""In a round-up, a headline-like line right before the next meeting's report (a line of its
own, unclosed) heads that meeting's story: the person it names took part in the next meeting,
not in the one told before it."""

from __future__ import annotations

from test_extract_events_general import _events

_FIRST = ("Sáng ngày 4/10, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI khai "
          "mạc. Đồng chí Lâm Văn Hải tái đắc cử Bí thư Tỉnh đoàn Long An.\n\n")
_SECOND = ("Chiều 6/10, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Hậu Giang lần thứ XI công bố "
           "Ban Chấp hành gồm 35 đồng chí.\n")


def test_a_headline_line_heads_the_next_meetings_story() -> None:
    text = _FIRST + "Đồng chí Mạc Văn Lộc tái đắc cử Bí thư Tỉnh Đoàn Hậu Giang\n\n" + _SECOND
    assert _events(text, "2022-10-07", ("Lâm Văn Hải", "Mạc Văn Lộc")) == [
        ("congress", "2022-10-04", ["Lâm Văn Hải"]),
        ("congress", "2022-10-06", ["Mạc Văn Lộc"])]


def test_only_an_unclosed_line_of_its_own_moves() -> None:
    # Closed with its stop, the line is a sentence of the story before; unclosed, it heads
    # the next one.
    closed = _FIRST + "Đồng chí Mạc Văn Lộc tái đắc cử Bí thư Tỉnh Đoàn Hậu Giang.\n\n" + _SECOND
    assert _events(closed, "2022-10-07", ("Mạc Văn Lộc",)) == [
        ("congress", "2022-10-04", ["Mạc Văn Lộc"]), ("congress", "2022-10-06", [])]
    headline = _FIRST + "Đồng chí Mạc Văn Lộc tái đắc cử Bí thư Tỉnh Đoàn Hậu Giang\n\n" + _SECOND
    assert _events(headline, "2022-10-07", ("Mạc Văn Lộc",)) == [
        ("congress", "2022-10-04", []), ("congress", "2022-10-06", ["Mạc Văn Lộc"])]
