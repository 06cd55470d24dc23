"""A body named by the body it sits in: "Đảng ủy Sở Y tế tỉnh X", "Đảng đoàn HĐND tỉnh",
"Thanh tra Bộ Nội vụ", "Đảng ủy Văn phòng Chính phủ", "Đảng ủy Cơ quan Ủy ban Trung ương MTTQ
Việt Nam" (the party committee of a body's staff). And two short forms read only beside what
settles them: "TT.HĐND xã X" (after the council), "Bí thư Đoàn xã X" and "Tổ trưởng Tổ đại
biểu HĐND tỉnh X" (after the title)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from cadregraph.ingest.extract.bodies_lexicon import place_at, skip_suffix
from cadregraph.ingest.extract.bodies_render import CENTRAL_FRONT, COMMITTEE_OF_LEVEL

if TYPE_CHECKING:  # bodies imports this module: Body for hints only
    from cadregraph.ingest.extract.bodies import Body, BodyReader

_PARTY = ("party_committee", "party_organisation")
# "Chủ tịch Mặt trận Tổ quốc Việt Nam": a head of the Front named without its committee heads
# its Central Committee (as "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam" says in full)
_HEAD_BEFORE = re.compile(r"(?<!\w)(?:[Cc]hủ tịch|Tổng Thư ký|[Tt]ổng thư ký) $")
# "Đảng ủy cơ quan" alone is the committee of a body named elsewhere: read only with the body
_AGENCY = re.compile(r"\s+[Cc]ơ quan(?=\s)")


def nest(tv: str, end: int, body: Body, read: Callable[[int], Body | None]) -> bool:
    """Whether the body that `read` finds after `end` holds `body` (then made its parent)."""
    party = body.body_type in _PARTY
    agency = _AGENCY.match(tv, end) if party else None
    inner = read(end if agency is None else agency.end())
    if inner is None:
        return False
    if inner.slot == "sub":
        # of a committee's parts only an office with its host holds a party committee
        # ("Đảng ủy Văn phòng UBND tỉnh"); "Đảng ủy Ban Thường vụ" is no body
        if not (party and inner.core == "Văn phòng" and inner.parent is not None):
            return False
        if inner.anchor.slot == "national":
            inner.slot = "national"  # "Văn phòng Chính phủ": named, as when alone
    if agency is not None:
        body.core = f"{body.core} Cơ quan"
    body.parent, body.end = inner, inner.end
    return True


def executive(inner: Body, start: int) -> Body:
    """"Ban Chấp hành Đảng bộ tỉnh X" (`inner` the party read after "Ban Chấp hành", at
    `start`): the executive of a party organisation is its committee, "Tỉnh ủy X"."""
    if inner.core == "Đảng bộ":
        level = inner.level or ""
        inner.core = COMMITTEE_OF_LEVEL.get(level, "Đảng ủy")
        inner.body_type = "party_committee"
        if level in COMMITTEE_OF_LEVEL:
            inner.slot = level
    elif inner.core.startswith("Đảng bộ "):
        # "Ban Chấp hành Đảng bộ Khối …": the executive of a named organisation is its "Đảng ủy …"
        inner.core = "Đảng ủy" + inner.core[len("Đảng bộ"):]
        inner.body_type = "party_committee"
    inner.start = start
    return inner


def front_head(body: Body, tv: str, pos: int) -> None:
    """The Front with no place named at `pos` of the view `tv` after a title of its head is
    its Central Committee: `body` becomes it."""
    if _HEAD_BEFORE.search(tv, max(0, pos - 24), pos):
        body.core, body.body_type = CENTRAL_FRONT, "national_body"


def tt_core(text: str, pos: int, body: Body | None) -> Body | None:
    """"TT.HĐND xã X": the standing core of the council read at `pos` when "TT." is written
    on to it (no lexicon surface holds the dot: it would stop the fast first-word scan)."""
    if body is None or body.body_type != "peoples_council" or body.parent is not None \
            or text[max(0, pos - 3):pos] != "TT." or pos > 3 and text[pos - 4].isalnum():
        return body
    return type(body)(pos - 3, body.end, "Thường trực", "standing_body", "sub", parent=body)


# "Đoàn xã X" is the commune's Youth Union only after its secretary's title (§2.1 "Bí thư Đoàn
# xã"); elsewhere "Đoàn" + a place is as often a delegation ("Đoàn xã X đến thăm")
_YOUTH_TITLE = re.compile(r"(?<!\w)(?:[Pp]hó )?[Bb]í thư $")
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
# a council's delegate group (§1.8) only after its head's title: "tổ đại biểu HĐND X gồm các
# ông bà: A, B" names deputies of the council, whose posts a group read there would take
_GROUP_TITLE = re.compile(r"(?<!\w)(?:Phó )?[Tt]ổ (?:trưởng|phó) $")
_GROUP = re.compile(r"Tổ đại biểu\s+")


def titled(reader: BodyReader, pos: int, body: Body | None) -> Body | None:
    """`body`, or where none was read at `pos`, a body named so only after a title of its
    head: "(Bí thư) Đoàn xã X", "(Tổ trưởng) Tổ đại biểu HĐND tỉnh X"."""
    text, tv = reader.text, reader.tv
    if body is not None:
        return body
    from cadregraph.ingest.extract.bodies import Body  # bodies imports this module
    group = _GROUP.match(text, pos)
    if group is not None and _GROUP_TITLE.search(text, max(0, pos - 16), pos) is not None:
        council = reader.at(group.end())
        if council is None or council.body_type not in ("peoples_council", "na_delegation") \
                or council.parent is not None:
            return None
        return Body(pos, council.end, "Tổ đại biểu", "other", "sub", parent=council)
    if not text.startswith("Đoàn ", pos) \
            or _YOUTH_TITLE.search(text, max(0, pos - 12), pos) is None:
        return None
    place = place_at(tv, pos + 5, None)
    if place is None or place.level not in _COMMUNE_LEVELS or place.name is None:
        return None
    return Body(pos, skip_suffix(tv, place.end), "Đoàn", "mass_organisation", "place",
                place.level, place.name)
