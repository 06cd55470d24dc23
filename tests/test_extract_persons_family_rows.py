"""Rare family names of the data list open a name without "ông"/"bà" ("Ngọ"), while a landmark
that starts with one stays no person ("Ngọ Môn"). Short sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_lexicon import family_names, not_persons


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_a_rare_family_name_after_a_title() -> None:
    assert "Ngọ" in family_names()
    assert _names("Phó Trưởng đoàn ĐBQH thành phố Ngọ Văn Hòa cho biết.") == ["Ngọ Văn Hòa"]


def test_a_landmark_named_with_a_family_word_is_no_person() -> None:
    assert "Ngọ Môn" in not_persons()
    assert _names("Đoàn đã tham quan Ngọ Môn và Đại Nội Huế.") == []
