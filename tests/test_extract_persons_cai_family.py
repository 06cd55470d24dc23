"""Family name "Cái" (a Mekong Delta family: "Phó Chủ tịch HĐND tỉnh Cái Văn Tâm") opens a name,
while the places that start with the word (Cái Răng, Cái Bè, Cái Mơn) stay no person. Short
sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_lexicon import family_names, not_persons


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_cai_opens_a_name_after_a_title() -> None:
    assert "Cái" in family_names()
    assert _names("Phó Chủ tịch HĐND tỉnh Cái Văn Tâm cho biết.") == ["Cái Văn Tâm"]


def test_places_named_cai_are_no_person() -> None:
    assert "Cái Mơn" in not_persons()
    assert _names("Chủ tịch UBND quận Cái Răng Nguyễn Văn An phát biểu.") == ["Nguyễn Văn An"]
    assert _names("Đoàn đến huyện Cái Bè và thị trấn Cái Nước.") == []
    assert _names("Cái Mơn nổi tiếng với nghề trồng cây giống.") == []
