"""`positions` finds every occurrence of the given characters, in text order."""

from __future__ import annotations

from cadregraph.ingest.normalize.find import positions


def test_every_occurrence_in_order() -> None:
    text = "Ông An (Ảnh: TTXVN). Bà Hoa? Có… ảnh"
    assert positions(text, ".!?…") == [19, 27, 31]
    assert positions(text, "(Ảả") == [7, 8, 33]
    assert [text[i] for i in positions(text, "(Ảả")] == ["(", "Ả", "ả"]


def test_nothing_to_find() -> None:
    assert positions("", ".!?") == []
    assert positions("không dấu chấm", ".") == []
    assert positions("a.b", "") == []
