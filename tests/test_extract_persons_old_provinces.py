"""A province gone before 2008 is a place, not a person, where a title names its head
("Chủ tịch Hà Sơn Bình" is the chairman of that province); after "ông"/"bà" the same words
are a person's name. Short sentences we wrote."""

from __future__ import annotations

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names import find_names


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_an_old_province_after_a_title_is_no_person() -> None:
    assert gazetteer().is_old_province("Hà Sơn Bình")
    assert _names("Theo quyết định số 12 của Chủ tịch Hà Sơn Bình, tỉnh giao 20 ha đất.") == []
    assert _names("Năm 1985, Chủ tịch Hoàng Liên Sơn ký quyết định giao đất.") == []
    # the same words after an honorific are a person; a name like no province stays one
    assert _names("Ông Hà Sơn Bình, Chủ tịch UBND xã Tân Lập, phát biểu.") == ["Hà Sơn Bình"]
    assert _names("Chủ tịch Hà Văn Bình ký quyết định giao đất.") == ["Hà Văn Bình"]
