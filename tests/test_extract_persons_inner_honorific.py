"""A capitalised "Ông"/"Bà" inside a run of capitalised words opens a sentence whose stop a
heading or a caption lost: the full name after it is a person. Short sentences we wrote
(fictional people, real kinds of place and body)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names
from test_extract_people_general import run


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_a_name_after_a_heading_without_a_stop() -> None:
    persons, _, _ = run("Có thể xây dựng ở Bình Chánh, Củ Chi Ông Trần Văn Đông, Bí thư Tỉnh ủy "
                        "Bình Dương cho biết tỉnh đã chuẩn bị quỹ đất.")
    assert persons == {"Trần Văn Đông": {("Bí thư", "Tỉnh ủy Bình Dương")}}


def test_a_name_after_a_caption_credit() -> None:
    assert _names("Ảnh: Vũ Hội Bà Phan Thị Mỹ Lan, Phó Bí thư Tỉnh ủy, phát biểu.") \
        == ["Phan Thị Mỹ Lan"]


def test_a_lone_word_after_an_inner_honorific_is_no_full_name() -> None:
    # one word after "Ông" is a given name (a later mention), never a new full name
    assert [(m.name, m.given_only) for m in find_names("Tân Phú Ông Hải phát biểu.", [])] \
        == [("Hải", True)]
    assert _names("Hội nghị Tân Phú Long An khai mạc.") == []
