"""A title or body word after a middle "Văn"/"Thị" is the given name ("Nguyễn Văn Huyện"), since
a name never ends on its middle word; after a given name the same word still opens a body.
Short sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_a_title_word_after_a_middle_name_is_the_given_name() -> None:
    assert _names("Tổng Cục trưởng Nguyễn Văn Huyện quyết định điều động bà Lê Thị Hoa.") \
        == ["Nguyễn Văn Huyện", "Lê Thị Hoa"]
    assert _names("Bà Trần Thị Hội phát biểu.") == ["Trần Thị Hội"]


def test_a_body_after_a_full_name_still_ends_it() -> None:
    assert _names("Ông Nguyễn Văn An Huyện ủy viên dự họp.") == ["Nguyễn Văn An"]
    assert _names("Bí thư Lê Quang Tỉnh ủy Long An phát biểu.") == ["Lê Quang"]
