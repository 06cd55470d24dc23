"""Rare family names of the data list open a name without "ông"/"bà" ("Ngọ", the monks' "Thích",
the Mekong Delta's "Cái"), while a landmark or a place that starts with one stays no person
("Ngọ Môn", "Thích Ca", "Cái Mơn"). Short sentences we wrote (fictional people)."""

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


def test_a_monk_is_named_with_the_religious_family_name() -> None:
    # "Thích" is the family name every Buddhist monk and nun takes; "Thích Ca" is the Buddha
    assert "Thích" in family_names() and "Thích Ca" in not_persons()
    assert [(m.name, m.honorific) for m in find_names(
        "Hòa thượng Thích Minh Tâm, Ủy viên Ủy ban MTTQ tỉnh, phát biểu.", [])] \
        == [("Thích Minh Tâm", "hòa thượng")]
    assert _names("Lễ an vị tượng Phật Thích Ca Mâu Ni diễn ra tại chùa.") == []


def test_cai_opens_a_name_after_a_title() -> None:
    assert "Cái" in family_names()
    assert _names("Phó Chủ tịch HĐND tỉnh Cái Văn Tâm cho biết.") == ["Cái Văn Tâm"]


def test_places_named_cai_are_no_person() -> None:
    assert "Cái Mơn" in not_persons()
    assert _names("Chủ tịch UBND quận Cái Răng Nguyễn Văn An phát biểu.") == ["Nguyễn Văn An"]
    assert _names("Đoàn đến huyện Cái Bè và thị trấn Cái Nước.") == []
    assert _names("Cái Mơn nổi tiếng với nghề trồng cây giống.") == []
