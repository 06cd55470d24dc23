"""The standing committee named without "Ban" ("Thường vụ Tỉnh ủy đã họp", "của Thường vụ
Thành ủy") is a party committee's Ban Thường vụ; "Thường vụ Quốc hội" stays the Assembly's
standing committee, never a "Ban"."""

from __future__ import annotations

from test_extract_people_general import run


def test_standing_committee_without_ban() -> None:
    _, orgs, _ = run("Ông Lê Văn Tám cho biết Thường vụ Tỉnh ủy Yên Bái đã họp về việc này.")
    assert "Ban Thường vụ Tỉnh ủy Yên Bái" in orgs


def test_assembly_standing_committee_is_no_ban() -> None:
    _, orgs, _ = run("Ông Lê Văn Tám báo cáo Ủy ban Thường vụ Quốc hội. Thường vụ Quốc hội "
                     "đã cho ý kiến.")
    assert "Ủy ban Thường vụ Quốc hội" in orgs
    assert not any(o.startswith("Ban Thường vụ") for o in orgs)
