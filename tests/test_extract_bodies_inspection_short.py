"""The Central Inspection Commission written short ("UB Kiểm tra TƯ") is the national body,
as "UBKT TW" is; "UB Kiểm tra" before a committee is that committee's commission."""

from __future__ import annotations

from test_extract_people_general import run


def test_central_inspection_commission_written_short() -> None:
    _, orgs, _ = run("UB Kiểm tra TƯ xét nội dung vi phạm của ông Lê Văn Tám.")
    assert "Ủy ban Kiểm tra Trung ương" in orgs


def test_provincial_inspection_commission_written_short() -> None:
    persons, _, _ = run("Ông Lê Văn Tám, Phó Chủ nhiệm UB Kiểm tra Tỉnh ủy An Giang, dự họp.")
    assert ("Phó Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy An Giang") in persons["Lê Văn Tám"]
