"""A bare "Bí thư Chi bộ" just after the article names a hamlet's cell is that cell's post
(`bodies_cells.cell_before`); after a cell named otherwise ("Chi bộ Khoa Nội") it is none that
can be known. Sentences we wrote (fictional people, real kinds of body)."""

from __future__ import annotations

from cadregraph.ingest.extract.bodies_cells import cell_before
from test_extract_people_general import run


def test_a_bare_cell_after_a_hamlet_cell_is_that_cell() -> None:
    persons, _, _ = run("Cụm 1 chọn Chi bộ ấp Hòa Hưng 2, thuộc Đảng bộ xã Hòa Lạc làm điểm. Ông "
                        "Đinh Văn Tám tái đắc cử chức Bí thư Chi bộ, nhiệm kỳ 2020-2022. Chi bộ "
                        "Khoa Nội, thuộc Đảng bộ Bệnh viện huyện, được chọn làm điểm. Ông Vũ Văn "
                        "Chín tái đắc cử chức Bí thư Chi bộ.", province="An Giang")
    assert persons["Đinh Văn Tám"] == {("Bí thư", "Chi bộ ấp Hòa Hưng 2")}
    assert persons["Vũ Văn Chín"] == set()  # the cell named last is no hamlet's


def test_only_the_sentence_before_is_looked_at() -> None:
    text = ("Đại hội Chi bộ thôn Đông Sơn, nhiệm kỳ 2025 - 2027. Trời mưa to. Đường ngập sâu. "
            "Ông Lò Văn Tư là Bí thư Chi bộ.")
    assert cell_before(text, text.rindex("Chi bộ")) is None
    near = "Đại hội Chi bộ thôn Đông Sơn, nhiệm kỳ 2025 - 2027. Ông Tư là Bí thư Chi bộ."
    assert cell_before(near, near.rindex("Chi bộ")) == "Chi bộ thôn Đông Sơn"
