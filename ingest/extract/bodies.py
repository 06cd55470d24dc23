"""Reading the name of a political body at a position in the text.

`read_body(text, view, pos)` recognises "Tỉnh ủy An Giang", "HĐND thành phố", "Ban Thường vụ
Đảng ủy phường Mỹ Thới và Mỹ Thạnh", "Sở TN&MT tỉnh", "Bộ Chính trị" … from `bodies.tsv` and
`departments.tsv`, with places from the gazetteer. A body may lack its place ("Tỉnh ủy" alone);
`chains`/`people` fill it from context; `bodies_render.render` spells it as the contract does."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from cadregraph.ingest.extract.bodies_bare import bare_company
from cadregraph.ingest.extract.bodies_described import described
from cadregraph.ingest.extract.bodies_generic import generic
from cadregraph.ingest.extract.bodies_lexicon import branch_place, lexicon, place_at, skip_suffix
from cadregraph.ingest.extract.bodies_names import named
from cadregraph.ingest.extract.bodies_nested import executive, front_head, nest, titled, tt_core
from cadregraph.ingest.extract.bodies_render import COMMITTEE_OF_LEVEL, FRONT, PARTY_LEVEL_SLOTS
from cadregraph.ingest.extract.gazetteer_read import shared_read
from cadregraph.ingest.extract.titles import lowered

STATE_HOSTS = {"peoples_council", "peoples_committee", "na_delegation", "state_department",
               "national_body", "court", "procuracy"}  # their "Văn phòng" is the state's
_PREV_WORD = re.compile(r"(\w+) $")
LISTED = re.compile(r"\s*(?:,|và)\s*")  # "A, B", "A và B": bodies or names listed together
_BOARDS = {"Hội đồng quản trị", "Hội đồng thành viên"}  # a company's, which follows
_EXECUTIVE_TW = {"Ban Chấp hành Trung ương", "BCH Trung ương", "BCH TW"}
_BLOC = re.compile(r"\s+[Kk]hối(?:\s+(?:các|[Cc]ơ quan|[Dd]oanh nghiệp|Công nghiệp|Dân chính"
                   r"|[Đđ]ảng|và))+(?:\s+(?:Trung ương|TW|TƯ|T\.Ư|tỉnh|thành phố)(?!\w))?")
_TRUNG_UONG = re.compile(r"\s+(?:Trung ương|TW|TƯ|T\.Ư)(?!\w)")


@dataclass(slots=True)  # ~30 made per article: slots make them cheaper to make and read
class Body:
    start: int
    end: int
    core: str
    body_type: str
    slot: str
    level: str | None = None  # the level of the place: "tỉnh", "thành phố", "phường", …
    place: str | None = None
    parent: Body | None = None  # the body this is part of (sub-bodies) or inside (Đảng ủy Sở …)
    # "phường Mỹ Thới và Mỹ Thạnh"; never changed in place (bodies may share the list)
    more_places: list[str] = field(default_factory=list)
    lead: Body | None = None  # a bare body listed first whose place this one takes once known
    unlisted: bool = False  # named only to name another, not written: no organisation

    @property
    def anchor(self) -> Body:
        """The body whose place decides this one's ("Ban Thường vụ Tỉnh ủy" → "Tỉnh ủy")."""
        body = self
        while body.parent is not None:
            body = body.parent
        return body

    @property
    def needs_place(self) -> bool:
        return (a := self.anchor).place is None and a.slot != "national" and a.level is not None

    def split(self) -> list[Body]:
        """One body per coordinated place: "Đảng ủy phường A và B" → two bodies."""
        if self.parent is not None:
            parents = self.parent.split()
            if len(parents) == 1 and parents[0] is self.parent:  # one place all the way up
                return [self]
            return [replace(self, parent=p) for p in parents]
        if not self.more_places:
            return [self]
        return [replace(self, place=p, more_places=[]) for p in [self.place, *self.more_places]]


def read_body(text: str, tv: str, pos: int, depth: int = 0) -> Body | None:
    """The body named at `pos` (after optional spaces), or None."""
    return _read(text, tv, lowered(tv), pos, depth)


def _read(text: str, tv: str, low: str | None, pos: int, depth: int,
          matched: str | None = None, end: int = 0) -> Body | None:
    """`read_body` given the lower-cased view and, from a scan, the surface matched at `pos`
    and its end; None for a kind of body ("HĐND các cấp", "các Tỉnh ủy")."""
    body = _read_one(text, tv, low, pos, depth, matched, end)
    return None if body is not None and depth == 0 and generic(tv, body) else body


def _read_one(text: str, tv: str, low: str | None, pos: int, depth: int,
              matched: str | None, end: int) -> Body | None:
    lex = lexicon()
    if matched is None:
        size = len(tv)
        while pos < size and tv[pos] == " ":
            pos += 1
        match = lex.pattern.match(tv, pos) if low is None else lex.low_pattern.match(low, pos)
        if match is None or depth > 3:
            return None
        matched, end = match.group(), match.end()
    surface, core, body_type, slot, strict, name_tail = lex.row_of.get(matched) \
        or lex.row(matched)
    if strict:
        if not text[pos].isupper():
            return None
        prev = _PREV_WORD.search(text, max(0, pos - 20), pos) if name_tail else None
        if prev is not None and prev.group(1)[0].isupper() and not prev.group(1).isupper():
            return None  # "Hải Phòng": inside a capitalised name, not the start of a body
    body = Body(pos, end, core, body_type, slot)
    if slot == "national":
        if surface in _EXECUTIVE_TW:  # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
            inner = _read(text, tv, low, end, depth + 1)
            if inner is not None and inner.body_type == "mass_organisation":
                return Body(pos, inner.end, "Ban Chấp hành Trung ương", "executive_committee",
                            "sub", parent=inner)
        branch = branch_place(tv, end)  # "Ngân hàng Nhà nước chi nhánh TPHCM"
        if branch is not None and body.core != "Nhà nước":
            body.core, body.slot = f"{core} chi nhánh", "place"
            if body_type == "national_body":  # its office in a province is the province's
                body.body_type = "state_department"
            body.level, body.place, end = branch.level, branch.name, branch.end
        body.end = skip_suffix(tv, end)
        return body
    if slot == "described":  # "Ban Chỉ đạo công tác bầu cử tỉnh X"
        return described(text, tv, body, lambda at: _read(text, tv, low, at, depth + 1))
    if slot == "named":
        whole = body_type in ("enterprise", "school")  # their place is part of their name
        found = named(text, tv, end, core == "Bộ", whole)
        if found is None:
            return None
        name, end = found
        body.core = f"{core} {name}"
        if core == "Bộ" or whole:
            body.slot, body.end = "national", end  # complete without a place
            return body
    if slot == "sub":
        inner = _read(text, tv, low, end, depth + 1)
        if surface == "Thường vụ" and (inner is None or inner.body_type != "party_committee"):
            return None  # "Thường vụ Tỉnh ủy" (a "Ban"), not "(Ủy ban) Thường vụ Quốc hội"
        if inner is not None and inner.slot != "sub":
            if core == "Ban Chấp hành" and inner.body_type in ("party_committee",
                                                              "party_organisation"):
                return executive(inner, pos)
            body.parent, body.end = inner, inner.end
            if body_type == "party_office" and inner.body_type in STATE_HOSTS:
                body.body_type = "state_office"  # "Văn phòng UBND tỉnh": no party office
            return body
        if core in _BOARDS and (bare := bare_company(text, end)) is not None:  # "HĐQT Oceanbank"
            body.parent = Body(end, bare[1], bare[0], "enterprise", "national")
            body.end = bare[1]
            return body
        if (trung_uong := _TRUNG_UONG.match(tv, end)) is not None:
            inner = _read(text, tv, low, trung_uong.end(), depth + 1)
            if inner is not None and inner.body_type == "mass_organisation":
                body.core, body.parent, body.end = f"{core} Trung ương", inner, inner.end
                return body
            body.core, body.slot, body.end = f"{core} Trung ương", "national", trung_uong.end()
            return body
        place = place_at(tv, end, None)
        if place is not None and place.level in COMMITTEE_OF_LEVEL:
            # "UBKT tỉnh Đắk Lắk": the commission of the provincial committee.
            parent = Body(end, place.end, COMMITTEE_OF_LEVEL[place.level], "party_committee",
                          place.level, place.level, place.name)
            body.parent, body.end = parent, skip_suffix(tv, place.end)
            return body
        body.end = end
        return body
    placed = slot == "placed"  # "MTTQ tỉnh X": a body only with its place ("vai trò MTTQ")
    if placed:
        slot = body.slot = "place"
    if slot in ("place", "named") or slot in PARTY_LEVEL_SLOTS:
        body.level = slot if slot in PARTY_LEVEL_SLOTS else None
        place = place_at(tv, end, body.level)
        if place is None and slot == "place" and skip_suffix(tv, end) > end:
            # "Đoàn ĐBQH khóa XIV tỉnh Bình Dương": the place after the term
            place = shared_read(tv, skip_suffix(tv, end), body.level)
            place = place if place is not None and place.name is not None else None
        if place is None and slot == "place" and (place := branch_place(tv, end)) is not None:
            body.core = f"{core} chi nhánh"  # "Văn phòng Đăng ký đất đai Chi nhánh quận 9"
        if place is not None:
            body.level, body.place, body.more_places = place.level, place.name, place.more
            body.end = skip_suffix(tv, place.end)
            return body
        if placed:
            return None
        if body_type == "school" and (found := named(text, tv, end, False, True)) is not None:
            body.core, body.slot, body.end = f"{core} {found[0]}", "national", found[1]
            return body  # a party school named after a person: "Trường Chính trị Lê Duẩn"
        bloc = _BLOC.match(tv, end) if body_type in ("party_committee",
                                                     "party_organisation") else None
        if bloc is not None:
            body.core, body.slot = f"{core} {text[end:bloc.end()].strip()}", "national"
            if bloc.group().endswith(("TW", "TƯ", "T.Ư")):  # spelled out
                body.core = body.core.rsplit(" ", 1)[0] + " Trung ương"
            if bloc.group().endswith(("tỉnh", "thành phố")):
                body.core = body.core.rsplit(" ", 1 + bloc.group().endswith("phố"))[0]
                body.slot, body.level = "place", "tỉnh"
            body.end = bloc.end()
            return body
        if slot == "place" and (body_type in ("party_committee", "party_organisation",
                                              "party_group", "front_committee")
                                or core == "Thanh tra"):  # "Thanh tra Bộ Nội vụ"
            if nest(tv, end, body, lambda at: _read(text, tv, low, at, depth + 1)):
                return body
        body.end = skip_suffix(tv, end)
        if body.core == FRONT or body_type == "mass_organisation" \
                and body.core.endswith("Việt Nam"):  # "Hội Sinh viên Việt Nam (tỉnh X)"
            body.slot = "national"  # the Front itself, not a local committee
            if body.core[0] == "M":
                front_head(body, tv, pos)  # "Chủ tịch MTTQ Việt Nam": its committee's head
        if body.core.startswith("Sở "):
            body.level = "tỉnh"  # a department without its place is the province's
        elif body.core.startswith("Phòng "):
            body.level = "district"
    return body


def copy_body(body: Body) -> Body:
    """A copy that shares nothing with `body` (later stages change bodies in place)."""
    parent = None if body.parent is None else copy_body(body.parent)
    return Body(body.start, body.end, body.core, body.body_type, body.slot, body.level,
                body.place, parent, list(body.more_places))


class BodyReader:
    """`read_body` over one article. The titles stage reads again most spots the scan for
    bodies read (the body after "Bí thư"); it gets a copy of what the scan found there. The
    copies are only right while the scan's bodies are as read: the people stage reads titles
    before it changes any body."""

    def __init__(self, text: str, tv: str) -> None:
        self.text, self.tv, self.low = text, tv, lowered(tv)
        self.known: dict[int, Body | None] = {}
        self.kind_end = 0  # the end of the last kind of body the scan met ("10 Ban Thường vụ …")

    def scan(self, pos: int, matched: str | None = None, end: int = 0) -> Body | None:
        """The body at `pos`, where the scan may have matched a surface (and its end); none
        inside a kind of body ("Tỉnh ủy" in "10 Ban Thường vụ Tỉnh ủy")."""
        body = None if pos < self.kind_end else tt_core(
            self.text, pos, _read_one(self.text, self.tv, self.low, pos, 0, matched, end))
        if body is not None and generic(self.tv, body):
            body, self.kind_end = None, body.end
        self.known[pos] = body
        return body

    def at(self, pos: int) -> Body | None:
        """`read_body` at `pos`."""
        tv = self.tv
        while pos < len(tv) and tv[pos] == " ":
            pos += 1
        if pos in self.known:
            body = self.known[pos]
            return None if body is None else copy_body(body)
        return titled(self, pos, _read(self.text, tv, self.low, pos, 0))
