"""The province's committee for ethnic affairs ("Trưởng Ban Dân tộc tỉnh X", before 2025) is a
UBND agency named with its province, not a party department ("Ban Dân tộc Tỉnh ủy"); the
People's Council's committee of that name keeps its council."""

from __future__ import annotations

from test_extract_people_general import run


def test_provincial_ethnic_board_is_a_state_agency() -> None:
    persons, orgs, _ = run("Ông Lê Văn Tám, Trưởng Ban Dân tộc tỉnh Lai Châu, phát biểu.")
    assert ("Trưởng ban", "Ban Dân tộc tỉnh Lai Châu") in persons["Lê Văn Tám"]
    assert not any("Tỉnh ủy" in o for o in orgs)


def test_council_ethnic_committee_keeps_its_council() -> None:
    persons, _, _ = run("Ông Lê Văn Tám, Trưởng Ban Dân tộc HĐND tỉnh Lai Châu, phát biểu.")
    assert ("Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh Lai Châu") in persons["Lê Văn Tám"]
