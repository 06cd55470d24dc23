"""A district committee named bare in a commune official's chain is that of the district the
commune lay in: "Ông A, HUV, Bí thư Đảng ủy xã Vĩnh Trạch" (An Giang) → Ủy viên Huyện ủy Thoại
Sơn. District committees are of the three-level government before 7/2025, so the commune's
district is its legacy one in the gazetteer (the 2025 rows name none), when the article's
province had one commune of that name and kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cadregraph.ingest.extract.gazetteer import gazetteer

if TYPE_CHECKING:
    from cadregraph.ingest.extract.chains import Chain

# the district committees, by the level word their place takes
_DISTRICT_COMMITTEES = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
_COMMUNES = ("xã", "phường", "thị trấn")


def _legacy_district(commune: str, kind: str, province: str, level: str) -> str | None:
    found = {u.district for u in gazetteer().lookup(commune)
             if u.level == "ward" and u.type == kind and u.province == province and u.district}
    if len(found) != 1:
        return None
    district = found.pop()
    # the district must be of the committee's kind ("Huyện ủy" → a huyện)
    kinds = {u.type for u in gazetteer().lookup(district)
             if u.level == "district" and u.province == province}
    return district if kinds == {level} else None


def commune_districts(chains: list[Chain], province: str | None) -> None:
    """Give a placeless district committee in a chain the district of its commune post."""
    if province is None:
        return
    for chain in chains:
        bare = [it.body for it in chain.items if it.body is not None
                and it.body.core in _DISTRICT_COMMITTEES and it.body.place is None
                and it.body.parent is None]
        if not bare:
            continue
        communes = {(a.place, a.level) for it in chain.items if it.body is not None
                    and (a := it.body.anchor).level in _COMMUNES and a.place}
        if len(communes) != 1:
            continue
        (commune, kind), = communes
        for body in bare:
            level = _DISTRICT_COMMITTEES[body.core]
            district = _legacy_district(commune, kind, province, level)
            if district is not None:
                body.level, body.place = level, district
