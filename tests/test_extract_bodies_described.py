"""Bodies named by their task ("Ban Chỉ đạo …", "Tổ công tác …", "Đoàn Kiểm tra …"), each on a
sentence we wrote: read only where something closes the name."""

from __future__ import annotations

from cadregraph.ingest.extract.bodies import read_body
from cadregraph.ingest.extract.bodies_described import description_stops
from cadregraph.ingest.extract.bodies_render import render
from cadregraph.ingest.extract.titles import view
from test_extract_people_general import run


def read(text: str) -> str | None:
    body = read_body(text, view(text), 0)
    return None if body is None else render(body)


def test_a_place_closes_the_name() -> None:
    assert read("Ban Chỉ đạo công tác phòng chống thiên tai tỉnh Hà Tĩnh về việc") \
        == "Ban Chỉ đạo công tác phòng chống thiên tai tỉnh Hà Tĩnh"


def test_cua_and_a_body_close_the_name_and_the_body_is_its_parent() -> None:
    body = read_body(text := "Tổ công tác giúp việc thực hiện Kết luận số 12 của Ban Bí thư và",
                     view(text), 0)
    assert body is not None and render(body) == \
        "Tổ công tác giúp việc thực hiện Kết luận số 12 của Ban Bí thư"
    assert body.parent is not None and render(body.parent) == "Ban Bí thư"


def test_an_ordinal_closes_the_name() -> None:
    assert read("Tiểu ban Nhân sự Đại hội Đảng bộ tỉnh lần thứ XVIII đã họp") \
        == "Tiểu ban Nhân sự Đại hội Đảng bộ tỉnh lần thứ XVIII"


def test_punctuation_closes_only_a_capitalised_name() -> None:
    assert read("Tổ công tác số 7, do ông A làm tổ trưởng") == "Tổ công tác số 7"
    assert read("Đoàn giám sát kết luận, tỉnh cần khắc phục") is None


def test_a_verb_before_any_close_leaves_the_name_unread() -> None:
    assert "đã" in description_stops()  # the data file round-trips
    assert read("Ban Chỉ đạo đã họp với các sở ngành tỉnh Hà Tĩnh") is None


def test_place_named_after_cua_is_the_bodys_place() -> None:
    persons, orgs, _ = run("Bà Lưu Thị Hoa, Trưởng ban Tiếp công dân của tỉnh, cho biết.",
                           province="Hà Tĩnh")
    assert persons["Lưu Thị Hoa"] == {("Trưởng ban", "Ban Tiếp công dân tỉnh Hà Tĩnh")}
    assert "Ban Tiếp công dân tỉnh Hà Tĩnh" in orgs


def test_head_of_a_working_group_and_its_parent_body() -> None:
    persons, orgs, _ = run("Ông Kiều Văn Lâm, Tổ trưởng Tổ công tác số 3 của Bộ Chính trị, "
                           "làm việc với tỉnh.")
    assert persons["Kiều Văn Lâm"] == {("Tổ trưởng", "Tổ công tác số 3 của Bộ Chính trị")}
    assert {"Tổ công tác số 3 của Bộ Chính trị", "Bộ Chính trị"} <= orgs
