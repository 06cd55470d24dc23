"""Units named with the body they belong to after a comma, a bracket or "thuộc":
"Vụ trưởng Vụ Nghiên cứu, Ủy ban Kiểm tra Trung ương", "Phó phòng Tổ chức hành chính, Bệnh
viện Đa khoa huyện X", "Phó trưởng Phòng Bảo vệ chính trị nội bộ (Ban Tổ chức Tỉnh ủy X)",
"Trưởng ban Đô thị, HĐND thành phố Hà Nội", "Trưởng phòng Tài chính - Kế hoạch thuộc Sở X".

A ministry's "Vụ" or an office's "Phòng" is only a body with the body it belongs to (its
parent), which names the unit as the contract does: "Vụ Nghiên cứu Ủy ban Kiểm tra Trung ương".
These are read only after the title of their head, where the body reader found no body or one
it cannot place (a "Phòng" without its district, a People's Council committee without its
council): the unit's words run to the first separator after which a parent of a kind that
hosts such units is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cadregraph.ingest.extract.bodies import STATE_HOSTS, Body
from cadregraph.ingest.extract.bodies_bare import after_company_head, bare_company
from cadregraph.ingest.extract.bodies_described import described_end, description_stops
from cadregraph.ingest.extract.bodies_lexicon import lexicon
from cadregraph.ingest.normalize.tables import UPPER

# the unit word a head's title names, when its body prefix does not ("Vụ trưởng Vụ …")
_UNIT_OF_ROLE = {"Vụ trưởng": "Vụ", "Phó Vụ trưởng": "Vụ"}
_PREFIXED = {"Phòng", "Cục", "Chi cục"}
# what may hold each kind of unit
_NATIONAL = {"national_body"}
_OFFICE_HOSTS = {"state_department", "party_department", "police", "military", "school",
                 "enterprise", "national_body", "peoples_committee", "court", "procuracy"}
# between the unit and its parent: a comma, a bracket, a dash, "thuộc", "của", or a capital
# letter
_SEP = re.compile(rf"\s*,\s*|\s*\(\s*|\s+[-–]\s+|\s+(?:trực thuộc|thuộc|của)\s+|\s+(?=[{UPPER}])")
# what an office may serve, named after it and a separator
_OFFICE_PARENTS = STATE_HOSTS | {"party_committee"}
_OFFICE_SEP = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+của\s+")
_STOP = re.compile(r"[.;:\n\"“”]")
_CLOSE = re.compile(r"\s*\)")
_MAX_WORDS = 10


def open_unit(body: Body | None) -> bool:
    """Whether a title's body may be a unit whose parent follows: none read, a "Phòng" without
    its place, or a council's committee without its council."""
    return body is None or (body.parent is None and body.place is None and (
        (body.body_type in ("council_committee", "party_office") and body.slot == "sub")
        or (body.core.startswith("Phòng ") and body.level == "district")))


def _hosts(unit: str, body: Body | None) -> set[str]:
    if body is not None:
        return {"peoples_council"} if body.body_type == "council_committee" else _OFFICE_HOSTS
    return _NATIONAL if unit in ("Vụ", "Cục") else _OFFICE_HOSTS


def _fits(parent: Body | None, hosts: set[str]) -> bool:
    if parent is None or parent.core == "Nhà nước" or parent.core.startswith("Phòng "):
        return False
    if parent.slot == "sub" and parent.parent is None:
        return False  # "Ban Tổ chức" alone: its own place is unknown
    if hosts is _NATIONAL:
        return parent.anchor.slot == "national"
    return parent.body_type in hosts


def unit_body(text: str, tv: str, pos: int, role: str, prefix: str, body: Body | None,
              read: Callable[[int], Body | None], titles: Callable[[int], bool]
              ) -> Body | None:
    """The unit named after a title ending at `pos` with its parent, or None. `body` is what
    the body reader found there; `read(at)` reads a body, `titles(at)` says whether a title
    starts at `at` (", Tỉnh ủy viên" is a post, not a parent)."""
    if body is not None and body.body_type == "party_office":
        return _office_of(text, body, read, titles)
    unit = prefix if prefix in _PREFIXED else _UNIT_OF_ROLE.get(role)
    if body is not None and body.body_type == "council_committee":
        unit = "Ban"
    if unit is None:
        return None
    start = pos
    while start < len(tv) and tv[start] == " ":
        start += 1
    if prefix != unit or tv.startswith(unit + " ", start):  # "Vụ trưởng Vụ …"
        if not tv.startswith(unit + " ", start):
            return None
        start += len(unit) + 1
    if body is not None:
        name_end = body.end
        if name_end <= start:
            return None
        seps = [m for m in (_SEP.match(text, name_end),) if m is not None]
    else:
        if start >= len(text) or not text[start].isupper():
            return None
        stop = _STOP.search(text, start, start + 110)
        seps = list(_SEP.finditer(text, start, stop.start() if stop else start + 110))
    hosts = _hosts(unit, body)
    stops = description_stops()
    for sep in seps:
        name = text[start:sep.start()].split()
        if not name or len(name) > _MAX_WORDS:
            return None
        if any(w.lower() in stops for w in name):
            return None  # "Vụ trưởng Vụ X đã làm việc với Bộ Y": a clause, not a name
        if titles(sep.end()):
            continue
        parent = read(sep.end())
        if not _fits(parent, hosts):
            continue
        assert parent is not None
        end = parent.end
        if "(" in sep.group():
            close = _CLOSE.match(text, end)
            if close is None:
                continue
            end = close.end()
        core = body.core if body is not None else f"{unit} {' '.join(name)}"
        body_type = body.body_type if body is not None else "state_department"
        if parent.body_type == "peoples_committee" and parent.place and unit == "Phòng":
            # "Phòng Nội vụ, UBND huyện X" is the district's office: named with its place
            return Body(start, end, core, body_type, "place", parent.level, parent.place)
        return Body(start, end, core, body_type, "sub", parent=parent)
    return None


def _office_of(text: str, office: Body, read: Callable[[int], Body | None],
               titles: Callable[[int], bool]) -> Body | None:
    """"Phó Chánh Văn phòng - Tổng cục Đường bộ Việt Nam": an office and, after a dash, a
    comma or "của", the body it serves."""
    sep = _OFFICE_SEP.match(text, office.end)
    if sep is None or titles(sep.end()):
        return None
    parent = read(sep.end())
    if parent is None or parent.body_type not in _OFFICE_PARENTS \
            or (parent.slot == "sub" and parent.parent is None):
        return None
    body_type = "party_office" if parent.body_type == "party_committee" else "state_office"
    return Body(office.start, parent.end, office.core, body_type, "sub", parent=parent)


def lower_case_body(text: str, pos: int, read: Callable[[str], Body | None]) -> Body | None:
    """"Giám đốc sở Tư pháp", "Trưởng công an xã X", "Phó giám đốc bệnh viện đa khoa huyện
    X": right after a head's title, a body written in lower case is still its body (elsewhere
    "sở", "công an" are everyday words). `read(snippet)` reads a body at the snippet's start."""
    start = pos
    while start < len(text) and text[start] == " ":
        start += 1
    if start >= len(text) or not text[start].islower():
        return None
    if text[start:start + 12].split(" ", 1)[0] not in lexicon().first_words_all:
        return None  # "Chủ tịch cho biết": most words after a title start no body
    body = read(text[start].upper() + text[start + 1:start + 160])
    if body is None:
        return None
    shift_body(body, start)
    return body


def shift_body(body: Body, delta: int) -> None:
    """Move a body read from a snippet (and its parents) to the snippet's place in the text."""
    body.start, body.end = max(0, body.start + delta), body.end + delta
    if body.parent is not None:
        shift_body(body.parent, delta)


# the heads of bodies the vocabulary lacks, named by what they do, and their kind
_DESCRIBED_HEADS = re.compile(r"(?:(Trung tâm)|([Hh]ội)(?! (?:nghị|đồng|thi|chợ|trường|diễn"
                              r"|thảo|An|viên|quán)(?!\w))) ")


def centre_body(text: str, tv: str, pos: int, read: Callable[[int], Body | None]
                ) -> Body | None:
    """"Giám đốc Trung tâm Điều hành chương trình chống ngập TP …", "Phó Chủ tịch Hội Quy
    hoạch TP Đà Nẵng": a centre or an association the vocabulary lacks, after its head's
    title, named by what it does and closed by its place or by "của" and the body it belongs
    to (never by punctuation alone: "Trung tâm Hội nghị" is as often a venue). Else a company
    named bare (`company_body`)."""
    start = pos
    while start < len(text) and text[start] == " ":
        start += 1
    head = _DESCRIBED_HEADS.match(text, start)
    if head is None:
        return company_body(text, pos)
    body_type = "state_department" if head.group(1) else "mass_organisation"
    found = described_end(text, tv, head.end() - 1, read)
    if found is None:
        return None
    words, end, level, place, parent = found
    if (level is None or (place is None and level not in ("tỉnh", "thành phố"))) \
            and parent is None:
        return None  # "… Lao động xã hội": a word read as a level ("xã") is no place
    if text.startswith("Hồ Chí Minh", words + 1):
        return None  # "… đường Hồ Chí Minh": the leader's name, not the city (no level word)
    core = " ".join(text[start:words].split())
    core = core[0].upper() + core[1:]  # "hội truyền thống …" after a title in lower case
    if parent is not None:  # named as units are: "Trung tâm X Sở Y"
        core = core.removesuffix(" của")
        return Body(start, end, core, body_type, "sub", parent=parent)
    return Body(start, end, core, body_type, "place", level, place)


def company_body(text: str, pos: int) -> Body | None:
    """"Tổng Giám đốc Becamex IDC": after a title only a company's head holds, a company named
    bare (`bodies_bare`)."""
    if not after_company_head(text, pos):
        return None
    found = bare_company(text, pos)
    if found is None:
        return None
    name, end = found
    return Body(end - len(name), end, name, "enterprise", "national")
