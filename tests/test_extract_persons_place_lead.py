"""A province before a name in one capitalised run (a newspaper's or station's name: "Đài PT-TH
An Giang Lê Văn An") is skipped whole: no name starts on its last word ("Giang", "Dương" and
"Nam" are family names too). Short sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_no_name_starts_inside_the_province() -> None:
    assert _names("Phóng viên Đài PT-TH An Giang Lâm Văn Sơn ghi nhận.") == ["Lâm Văn Sơn"]
    assert _names("Phóng viên Đài PT-TH Bình Dương Trần Thị Hoa ghi nhận.") == ["Trần Thị Hoa"]


def test_a_province_opening_with_a_family_word_is_skipped_too() -> None:
    assert _names("Phóng viên Đài PT-TH Hà Nam Lâm Văn Sơn ghi nhận.") == ["Lâm Văn Sơn"]


def test_a_name_that_ends_like_a_province_is_whole() -> None:
    assert _names("Bà Nguyễn Thị Hà Giang phát biểu.") == ["Nguyễn Thị Hà Giang"]
