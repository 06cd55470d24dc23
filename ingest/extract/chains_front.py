"""The Front named by its office-holders: "Chủ tịch MTTQ Việt Nam TP.HCM" chairs the Front's
committee, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh", and "Chủ tịch Mặt trận
Tổ quốc Việt Nam" with no place chairs its central committee (domain: the Front is led by a
committee at each level; the contract names a post's body as the committee)."""

from __future__ import annotations

from collections.abc import Iterable

from cadregraph.ingest.extract.chains import Item

_FRONT = "Mặt trận Tổ quốc Việt Nam"
_COMMITTEE = "Ủy ban Mặt trận Tổ quốc Việt Nam"
_CENTRAL = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def front_committees(items: Iterable[Item]) -> None:
    """Names the committee in every post whose body (or the standing body it has, "Ban Thường
    trực MTTQ tỉnh") is the Front itself; the items' bodies are their own copies."""
    for item in items:
        body = item.body
        if body is None:
            continue
        anchor = body.anchor
        # the party group ("Đảng đoàn MTTQ Việt Nam") is named after the Front, not its
        # committee; a standing body ("Ban Thường trực") is the committee's
        if anchor.core != _FRONT or (body is not anchor and body.body_type != "standing_body"):
            continue
        if anchor.slot == "national":
            anchor.core, anchor.body_type = _CENTRAL, "national_body"
        else:
            anchor.core = _COMMITTEE
