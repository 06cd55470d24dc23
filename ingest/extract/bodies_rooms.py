"""Where a room ("Phòng") named without its place belongs: the district-level unit in view
(from July 2025, with no districts, the commune or ward in view), or the provincial agency named
before it in its sentence ("Trưởng phòng TCCB, Viện KSND tỉnh", "Phòng Kế hoạch của Sở",
"Đảng ủy Sở TN&MT tỉnh Kon Tum … Phó Trưởng phòng Phòng Khoáng sản"), whose room it is, and
never a district's when only an agency has a room of that name (`agency_rooms.txt`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.bodies import Body, read_body
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.places import DISTRICT_LEVELS, PlaceMention
from cadregraph.ingest.extract.titles import view

WARDS = ("phường", "xã", "thị trấn", "đặc khu")
# A provincial body whose office a "Phòng" is: named just after it ("Trưởng phòng TCCB, Viện
# KSND tỉnh …", "Phòng Kế hoạch của Sở") or earlier in its sentence after any district
PARENT_AFTER = re.compile(r"\s*(?:,|\(|của|thuộc)\s*(?:Sở|Viện|Công an|Cục|Bộ Chỉ huy)(?!\w)")
_PROVINCIAL = re.compile(r"(?<!\w)(?:Sở|Viện (?:KSND|[Kk]iểm sát)|Công an (?:tỉnh|thành phố|TP)"
                         r"|Cục|Bộ Chỉ huy)(?!\w)")
_CLOSED = re.compile(r"\s*(?:[,.;:)\n]|$)")

Fill = Callable[[Body, int, list[Body]], None]


def room_place(context: Context, mentions: Sequence[PlaceMention], body: Body, offset: int,
               fill: Fill) -> None:
    """Give the room `body`, read at `offset`, its district or ward, or its agency as parent;
    `fill` places a body the way the resolver does."""
    text = context.text
    if PARENT_AFTER.match(text, body.end):
        return
    published = context.article.published
    merged = published is not None and published[:7] >= "2025-07"
    levels = WARDS if merged else DISTRICT_LEVELS
    before = [m for m in mentions if m.level in levels and m.start < offset
              and m.name != context.province]
    sentence = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset))
    last = before[-1].start if before else sentence
    provincial = _PROVINCIAL.search(text, max(last, sentence), offset)
    if provincial is not None:
        if _CLOSED.match(text, body.end):  # its name read whole: "… Phòng Khoáng sản;"
            body.parent = agency_before(text, provincial.start(), fill)
        return
    if agency_room(body.core):
        return  # "Phó phòng Kế hoạch - Tài chính" (a Sở's room): no district's
    if before:
        body.level, body.place = before[-1].level, before[-1].name
    elif context.locality and not merged:
        body.level, body.place = context.locality_level, context.locality


@lru_cache(maxsize=1)
def _agency_rooms() -> frozenset[str]:
    lines = Path(__file__).with_name("agency_rooms.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in lines.splitlines()
                     if line.strip() and not line.startswith("#"))


def agency_room(core: str) -> bool:
    """Whether a room of that name is only a provincial agency's (`agency_rooms.txt`)."""
    return core in _agency_rooms()


def agency_before(text: str, pos: int, fill: Fill) -> Body | None:
    """"Đảng ủy Sở TN&MT tỉnh Kon Tum … ông A, Phó Trưởng phòng Phòng Khoáng sản": a room
    with no place is a part of the agency named at `pos`, before it in its sentence, when that
    agency is a Sở with its place named or the article's (`fill` gives it that)."""
    agency = read_body(text, view(text), pos)
    if agency is None or not agency.core.startswith("Sở ") or agency.parent is not None:
        return None
    if agency.place is None:
        fill(agency, pos, [])
    return agency if agency.place is not None else None
