"""Bodies listed together share a place: "Đảng ủy, HĐND, UBND phường Mỹ Quý" (the last one's),
"Tỉnh ủy, HĐND, UBND tỉnh" (its level word, filled later), "Thành ủy, HĐND, UBND" (the party
committee's level: the leadership of that unit)."""

from __future__ import annotations

import re
from itertools import pairwise

from cadregraph.ingest.extract.bodies import LISTED, Body
from cadregraph.ingest.extract.bodies_generic import KIND

_DASHED = re.compile(r" ?[-–] ")  # "Thành ủy – HĐND – UBND", "Đảng ủy- HĐND- UBND"
_HOSTS = {"front_committee", "national_body", "peoples_council", "mass_organisation"}
# the unit's government named after its party committee, no place of their own
_GOVERNMENT = {"peoples_council", "peoples_committee", "front_committee"}
_COUNTED = re.compile(r"(?<![\d.,/])\d+\s+$")
_MANY = re.compile(r"\s*(?:của\s+)?các\s")  # "HĐND, UBND các xã": not the listed unit's
# "HĐND, UBND tỉnh, thành phố": any province's or city's, no one unit's
_LEVELS = re.compile(r"\s*(?:,|và|/)\s*(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường)(?![\w.])"
                     r"(?!\s+[A-ZĐ0-9])")


def share_places(text: str, bodies: list[Body]) -> None:
    """"Đảng ủy, HĐND, UBND phường Mỹ Quý": bodies listed together share the last one's place."""
    listed, dashed = _gaps(text, bodies)
    for k in range(len(bodies) - 2, -1, -1):
        if not (listed[k] or dashed[k]):
            continue  # (every reading below asks for one of them: most pairs are far apart)
        a, b = bodies[k], bodies[k + 1]
        if dashed[k] and a.anchor.place is None \
                and a.parent is None and a.slot in ("place", b.anchor.level) and b.anchor.place:
            # "Thành ủy – HĐND – UBND – Ủy ban MTTQ Việt Nam TP.HCM"
            a.level, a.place = b.anchor.level, b.anchor.place
            continue
        if a.slot == "sub" and a.parent is None and listed[k]:
            if b.slot == "sub" and b.parent is not None:
                a.parent = b.parent  # "Ban Kinh tế - Ngân sách, Ban Pháp chế HĐND tỉnh"
            elif b.slot != "sub" and b.body_type in _HOSTS:
                a.parent = b  # "Ban Thường trực, Đoàn Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"
            continue
        anchor, other = a.anchor, b.anchor
        if text[a.start - 2:a.start - 1].isdigit() \
                and _COUNTED.search(text, max(0, a.start - 8), a.start):
            continue  # "4 Chi bộ và Đảng bộ phường X": a count, no body of X
        if anchor.place is None and other.place and a.parent is None and listed[k] \
                and anchor.slot in ("place", other.level):
            anchor.level, anchor.place = other.level, other.place
        elif anchor.place is None and anchor.level is None and other.place is None \
                and other.level and other.slot == "place" and a.parent is None \
                and anchor.body_type in _GOVERNMENT \
                and not _LEVELS.match(text, b.end):
            anchor.level = other.level  # "HĐND, UBND tỉnh": the place is filled with UBND's
    run: list[Body] = []
    for k, body in enumerate(bodies):
        if run and (listed[k - 1] or dashed[k - 1]):
            run.append(body)
            continue
        if len(run) > 1:  # (`_spread` reads runs of two bodies or more)
            _spread(text, run)
        run = [body]
    if len(run) > 1:
        _spread(text, run)


def _gaps(text: str, bodies: list[Body]) -> tuple[list[bool], list[bool]]:
    """For each neighbouring pair, whether the gap lists them ("," / "và": `LISTED`) or dashes
    them. A gap that opens, after its spaces, with another character is neither: no regex."""
    listed, dashed = [], []
    for a, b in pairwise(bodies):
        at = a.end
        while at < b.start and text[at] == " ":
            at += 1
        lead = text[at:at + 1]
        listed.append((lead in (",", "v") or lead.isspace())
                      and LISTED.fullmatch(text, a.end, b.start) is not None)
        dashed.append(lead in ("-", "–") and _DASHED.fullmatch(text, a.end, b.start) is not None)
    return listed, dashed


def _spread(text: str, run: list[Body]) -> None:
    """"Tỉnh ủy, HĐND, UBND tổ chức …": the councils listed after a party committee, with no
    place of their own, are its unit's (not when "các xã" follows: other units')."""
    if len(run) > 1 and _MANY.match(text, run[-1].end):
        # "Chủ tịch, Phó Chủ tịch HĐND và UBND các xã": the councils of many units, no one's
        for body in run:
            if body.parent is None and body.place is None and body.level is None \
                    and body.body_type in _GOVERNMENT:
                body.slot = KIND
        return
    head = run[0] if len(run) > 1 else None
    if head is not None and head.core == "Đảng ủy" and head.place is None \
            and head.level is None and head.parent is None \
            and not _LEVELS.match(text, run[-1].end):
        # "đại diện Đảng ủy - HĐND - UBND" in a commune's news: the councils of the commune
        # the resolver finds for the bare "Đảng ủy"
        for body in run[1:]:
            if body.parent is None and body.place is None and body.level is None \
                    and body.body_type in _GOVERNMENT:
                body.lead = head
        return
    if head is None or head.body_type != "party_committee" or head.parent is not None \
            or head.level is None or head.slot != head.level or _LEVELS.match(text, run[-1].end):
        return
    for body in run[1:]:
        if body.parent is None and body.place is None and body.level is None \
                and body.body_type in _GOVERNMENT:
            body.level, body.place = head.level, head.place
