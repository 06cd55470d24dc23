"""A meeting about discipline: who chaired it took part, though the sentence says "kỷ luật"."""

from __future__ import annotations

from test_extract_events_general import _events


def test_the_chair_named_before_the_word_of_discipline_took_part() -> None:
    text = ("Ngày 25/5, dưới sự chủ trì của Bí thư Tỉnh ủy Lò Văn Khải, Ban Thường vụ Tỉnh ủy "
            "đã họp để xem xét đề nghị thi hành kỷ luật ông Hà Văn Sáng.")
    found = _events(text, "2017-05-26", ("Lò Văn Khải", "Hà Văn Sáng"))
    assert [(date, who) for _, date, who in found] == [("2017-05-25", ["Lò Văn Khải"])]


def test_a_sentence_about_discipline_that_dates_nothing_names_no_participant() -> None:
    # Not the dating sentence: the discipline told there places nobody at the meeting.
    text = ("Ngày 25/5, Ban Thường vụ Tỉnh ủy đã họp. Bí thư Tỉnh ủy Lò Văn Khải đề nghị kỷ "
            "luật ông Hà Văn Sáng.")
    found = _events(text, "2017-05-26", ("Lò Văn Khải", "Hà Văn Sáng"))
    assert [(date, who) for _, date, who in found] == [("2017-05-25", [])]
