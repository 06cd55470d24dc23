"""How bodies are named: departments written with any separators, bodies named bare after a
title. Each class on a short sentence we wrote (fictional people, real kinds of institution)."""

from __future__ import annotations

from cadregraph.ingest.extract.bodies_lexicon import _load, dept_key
from test_extract_people_general import run


def test_department_separators_are_written_many_ways() -> None:
    persons, orgs, _ = run("Ông Lò Văn Tư, Giám đốc Sở TN - MT tỉnh Lào Cai, và bà Hà Thị "
                           "Năm, Phó Giám đốc Sở Tài nguyên– Môi trường tỉnh Lai Châu, dự họp. "
                           "Bộ VHTT-DL và Sở KH và ĐT tỉnh Lào Cai có ý kiến.")
    assert persons["Lò Văn Tư"] == {("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Lào Cai")}
    assert persons["Hà Thị Năm"] == {
        ("Phó Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Lai Châu")}
    assert {"Bộ Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư tỉnh Lào Cai"} <= orgs


def test_department_rows_that_fold_together_name_one_department() -> None:
    canonical: dict[str, str] = {}
    for surface, name in _load("departments.tsv"):
        key = dept_key(surface)
        assert canonical.setdefault(key, name).lower() == name.lower(), surface
