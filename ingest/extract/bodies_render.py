"""How the contract names a body read by `bodies.read_body`: "Ban Thường vụ Tỉnh ủy An Giang",
"Ủy ban nhân dân huyện Phú Tân", "Quận ủy Quận 8" (a party committee is named by its level's
committee word, other bodies by their level word and place)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cadregraph.ingest.extract.gazetteer import gazetteer

if TYPE_CHECKING:  # bodies imports this module (its level words): Body for hints only
    from cadregraph.ingest.extract.bodies import Body

# "Ban Chấp hành Đảng bộ tỉnh X" is the provincial committee itself (the scorer agrees).
COMMITTEE_OF_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy",
                      "quận": "Quận ủy", "thị xã": "Thị ủy"}
PARTY_LEVEL_SLOTS = set(COMMITTEE_OF_LEVEL)
# the Fatherland Front, the committee that names it at a place, and its central committee
FRONT, FRONT_COMMITTEE = "Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"
CENTRAL_FRONT = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
_OF_COMMITTEE = {"Ban Thường vụ", "Ủy ban Kiểm tra", "Thường trực"}
# bodies named by a level's own word, with no level word before their place ("Tỉnh ủy An
# Giang", "Tỉnh Đoàn Long An"); a provincial agency read at a level ("Cục Thuế", "Chi cục Kiểm
# lâm", "Trường Chính trị") keeps its level word, as a Sở does: "Cục Thuế tỉnh Long An"
_LEVEL_NAMED = {"party_committee", "mass_organisation", "standing_committee"}
# (a standing committee read at a level is one written with its committee: "BTVTU X")


def render(body: Body) -> str:
    if body.core == "Ban Chấp hành" and body.parent is not None \
            and body.parent.body_type == "party_committee":
        return render(body.parent)  # a party committee IS its executive committee
    parent = body.parent
    if parent is not None and parent.core == "Đảng bộ" and parent.place \
            and body.core in _OF_COMMITTEE and parent.parent is None:
        # "Ban Thường vụ Đảng bộ quận 1" is the standing committee of the Quận ủy
        committee = COMMITTEE_OF_LEVEL.get(parent.level or "", "Đảng ủy")
        slot = parent.level or "place"
        return f"{body.core} {render(replace(parent, core=committee, slot=slot))}"
    if parent is not None:
        return f"{body.core} {render(parent)}"
    if body.place is None:
        return body.core
    if body.core == FRONT:  # "Đại hội MTTQ Việt Nam tỉnh X": the Front of a place is its
        body = replace(body, core=FRONT_COMMITTEE)  # committee (its only standing body)
    if body.core == "Đảng ủy" and body.level in COMMITTEE_OF_LEVEL:
        # "Ban Chấp hành Đảng bộ, BTV Tỉnh ủy X": the committee of a province is its Tỉnh ủy
        return f"{COMMITTEE_OF_LEVEL[body.level]} {body.place}"
    if body.slot in PARTY_LEVEL_SLOTS and body.body_type in _LEVEL_NAMED \
            and not body.core.startswith("Hội ") or body.level is None:
        # (an association read from "Tỉnh hội Nông dân" keeps its level word, as the text
        # "Hội Nông dân tỉnh X" names it)
        return f"{body.core} {body.place}"
    if body.place.lower().startswith(body.level):  # "Quận 7", "Phường 3"
        return f"{body.core} {body.place}"
    level = body.level
    if level == "tỉnh" and body.slot == "tỉnh" and body.place in gazetteer().cities:
        # a province's agency read at its row's level ("Cục THADS Hà Nội") in a city is the
        # city's; a level the text writes stays ("UBND tỉnh Cần Thơ" before 2004)
        level = "thành phố"
    return f"{body.core} {level} {body.place}"
