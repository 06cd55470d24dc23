"""Title rows: the Government's Inspector General and deputies ("Tổng Thanh tra Chính phủ",
whose body the title names) and a unit's political officer ("Chính trị viên"). Short
sentences we wrote, fictional people. Also a border post's commander ("Đồn trưởng"), whose
title opens its body."""

from __future__ import annotations

from cadregraph.ingest.extract.titles import lexicon, view
from test_extract_people_general import run


def test_the_inspector_general_heads_the_government_inspectorate() -> None:
    persons, orgs, _ = run("Tổng Thanh tra Chính phủ Lê Minh Khả và Phó Tổng Thanh tra Chính phủ "
                           "Trần Văn Mẫn dự họp.")
    assert persons["Lê Minh Khả"] == {("Tổng Thanh tra", "Thanh tra Chính phủ")}
    assert persons["Trần Văn Mẫn"] == {("Phó Tổng Thanh tra", "Thanh tra Chính phủ")}
    assert "Thanh tra Chính phủ" in orgs


def test_a_political_officer_of_a_named_unit() -> None:
    persons, _, _ = run("Đại úy Lê Văn Đoàn, Chính trị viên Công an huyện Thủy Nguyên, phát "
                        "biểu.", province="Hải Phòng")
    assert ("Chính trị viên", "Công an huyện Thủy Nguyên") in persons["Lê Văn Đoàn"]


def test_a_border_post_commander_s_title_opens_its_body() -> None:
    # "Đồn trưởng Đồn Biên phòng X": the title says the body starts with "Đồn"
    spans = list(lexicon().spans(view("Thiếu tá Lê Văn Đoàn, Phó Đồn trưởng Đồn Biên phòng "
                                      "Cửa khẩu X, và Đồn trưởng Hà Văn Tư.")))
    assert [(t.role, t.body_prefix) for _, _, t, _, _ in spans] == [
        ("Phó Đồn trưởng", "Đồn"), ("Đồn trưởng", "Đồn")]
