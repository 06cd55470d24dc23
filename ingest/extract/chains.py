"""Title chains: "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND thành phố" → (role, body) items.

`title_items` reads every title in the text with the body after it; `group_chains` joins items
separated only by commas or "kiêm" into chains, adding bodies that share the previous title
("Chủ tịch HĐND, UBND xã" = two items). A bare party title ("Phó Bí thư, Chủ tịch UBND tỉnh")
takes the party committee of the level of the other bodies in its chain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from cadregraph.ingest.extract.bodies import LISTED, Body, BodyReader, copy_body, read_body
from cadregraph.ingest.extract.bodies_lexicon import may_place, skip_suffix
from cadregraph.ingest.extract.bodies_units import (
    centre_body,
    lower_case_body,
    open_unit,
    shift_body,
    unit_body,
)
from cadregraph.ingest.extract.chains_deputy import deputy_body
from cadregraph.ingest.extract.chains_fill import (
    PARTY_OF_LEVEL,
    SHARED_TYPES,
    START,
    fill_within,
    from_head,
    inherit,
    keep_bodied,
)
from cadregraph.ingest.extract.chains_kind import from_kind, from_ministry
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_read import read_place
from cadregraph.ingest.extract.titles import Title, fresh_view, lexicon, view

TitleSpan = tuple[int, int, Title, bool, bool]  # start, end, title, former, acting
_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|kiêm|,\s*kiêm|;\s*kiêm|và|[-–]|,?\s*rồi|"
                   r",?\s*sau đó)\s*")
_LISTED_ON = re.compile(r"\s*(?:,|kiêm|,\s*kiêm)\s*")
_CONGRESS = re.compile(r"(?i:đại hội)\s+$")
_TAIL_PAREN = re.compile(r" \([A-ZĐ][^()\d]{0,40}\)")


@dataclass(slots=True)
class Item:
    start: int
    end: int
    role: str
    body: Body | None
    former: bool = False
    acting: bool = False


class Chain:
    """Items in text order. `start` and `end`, the first item's start and the last one's end,
    are attributes (the attach stage reads them often): add items with `add`. (A plain class:
    ~10 are made per article, and a dataclass's `__post_init__` is one more call each.)"""

    __slots__ = ("items", "start", "end")

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.start, self.end = items[0].start, items[-1].end

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.end = item.end


def _body_after(reader: BodyReader, pos: int, prefix: str) -> tuple[Body | None, int]:
    text, tv = reader.text, reader.tv
    rest = tv[pos:pos + 160].lstrip() if prefix else ""
    if not prefix or rest.lower().startswith(view(prefix).lower()):
        body = reader.at(pos)
        return body, (body.end if body else pos)
    skipped = len(tv[pos:pos + 160]) - len(rest)
    synthetic = f"{prefix} {text[pos + skipped:pos + 160]}"
    body = read_body(synthetic, fresh_view(synthetic), 0)
    if body is not None and body.slot == "sub" and body.parent is None \
            and body.end <= len(prefix) + 1:
        # "Ủy viên Ban Thường vụ, Chủ nhiệm UBKT Tỉnh ủy": the committee comes from context
        body.start = body.end = pos
        return body, pos
    if body is None or body.end <= len(prefix) + 1:
        return None, pos
    shift = pos + skipped - len(prefix) - 1
    shift_body(body, shift)
    return body, body.end


def _office_of_place(text: str, tv: str, pos: int, role: str) -> Body | None:
    """"Bí thư quận Tân Phú", "Phó Bí thư Đồng Nai", "Phó Chủ tịch tỉnh Đồng Nai": the title
    names a place instead of the body; the party committee or People's Committee is meant."""
    base = role.removeprefix("Phó ").removesuffix(" Thường trực")
    if base not in ("Bí thư", "Chủ tịch"):
        return None
    place = read_place(text, tv, pos, None) if may_place(tv, pos) else None
    if place is None or (place.name is None and place.level not in ("tỉnh", "xã", "phường")):
        return None  # "Chủ tịch tỉnh Lê Văn A", "Chủ tịch xã": the place comes from context
    if place.name is None and tv.startswith((" hội", " Hội"), place.end):
        return None  # "Chủ tịch Tỉnh hội Nông dân": an association's branch, not the province
    level = place.level or ("thành phố" if place.name in gazetteer().cities else "tỉnh")
    if level not in PARTY_OF_LEVEL and base == "Bí thư":
        return Body(pos, place.end, "Đảng ủy", "party_committee", "place", level, place.name)
    if base == "Bí thư":
        core, slot = PARTY_OF_LEVEL[level]
        return Body(pos, place.end, core, "party_committee", slot, level, place.name)
    return Body(pos, place.end, "Ủy ban nhân dân", "peoples_committee", "place", level,
                place.name)


_IMPLIED: dict[str, Body | None] = {}  # by the title's implied body as written in titles.tsv


def _implied(surface: str) -> Body | None:
    """The body a title implies ("Chủ tịch nước"): read once per surface, a copy each time."""
    if surface not in _IMPLIED:
        _IMPLIED[surface] = read_body(surface, view(surface), 0)
    body = _IMPLIED[surface]
    return None if body is None else copy_body(body)


def title_items(reader: BodyReader, spans: list[TitleSpan],
                body_spans: list[tuple[int, int]]) -> list[Item]:
    """Every title (`spans`, in text order) with its body; titles inside a body's name ("Ban
    Bí thư …") are not titles."""
    text, tv = reader.text, reader.tv
    items: list[Item] = []
    for start, stop, title, former, acting in spans:
        if items and start < items[-1].end:
            continue
        if title.role == "Đại biểu" and _CONGRESS.search(text, max(0, start - 8), start):
            continue  # "Đại hội Đại biểu Đảng bộ phường …": a congress, no delegate's post
        if text.startswith("vụ ", start) and text.endswith("chức ", 0, start):
            # "giữ chức vụ Trưởng phòng": "chức vụ" (post), then the title
            again = lexicon().pattern.match(tv, start + 3)
            if again is None:
                continue
            start, stop, title, former, acting = lexicon().span(again)
        k = bisect_left(body_spans, (start, -1)) - 1  # spans are sorted, apart
        if k >= 0 and start < body_spans[k][1]:
            continue
        body, end = _body_after(reader, stop, title.body_prefix)
        if body is None and not title.implied_body:
            body = _office_of_place(text, tv, stop, title.role)
            end = body.end if body is not None else end
        if open_unit(body) and not title.implied_body:  # "Vụ trưởng Vụ X, Bộ Y"
            unit = unit_body(text, tv, stop, title.role, title.body_prefix, body, reader.at,
                             lambda at: any(s[0] == at for s in spans))
            if unit is not None:
                body, end = unit, unit.end
        if body is None and not title.body_prefix and not title.implied_body:
            body = lower_case_body(text, stop, lambda s: read_body(s, fresh_view(s), 0)) \
                or centre_body(text, tv, stop, reader.at)
            end = body.end if body is not None else end
        if body is None and title.role == "Đại biểu" and not title.implied_body:
            body = deputy_body(reader, start, stop)  # "ĐB A (Ninh Thuận)"; at a session
        if body is None and title.implied_body:
            body = _implied(title.implied_body)
            if body is not None:
                body.start, body.end = start, stop
            # "Ủy viên Trung ương Đảng khóa X, XI; Ủy viên Bộ Chính trị …": the term is part
            # of the item, so that the next title still joins its chain
            end = skip_suffix(tv, stop)
        items.append(Item(start, max(end, stop), title.role, body, former, acting))
    return keep_bodied(text, items, _JOIN)


def group_chains(text: str, items: list[Item], bodies: list[Body]) -> list[Chain]:
    covered: set[tuple[int, int]] = set()  # the spans of the items' bodies and their parents
    for it in items:
        body = it.body
        while body is not None:
            covered.add((body.start, body.end))
            body = body.parent
    # `bodies` are in text order (as scanned)
    free = [b for b in bodies if b.body_type in SHARED_TYPES and (b.start, b.end) not in covered]
    starts = [b.start for b in free]
    chains: list[Chain] = []
    chain: Chain | None = None  # the last one
    for item in sorted(items, key=START):
        if chain is not None:
            if free:
                _extend(text, chain, free, starts)
            last = chain.items[-1]
            if item.start >= last.end and _JOIN.fullmatch(text, last.end, item.start):
                chain.add(item)
                continue
        chain = Chain([item])
        chains.append(chain)
    if chain is not None and free:
        _extend(text, chain, free, starts)
    for chain in chains:
        if len(chain.items) > 1:  # (most chains are one title)
            fill_within(chain)
            # "nguyên Bí thư Thành ủy, Chủ tịch HĐND thành phố": the titles listed after a
            # former one with commas were held before too (not with "và": "Nguyên Bí thư và
            # Chủ tịch UBND đương nhiệm")
            for a, b in zip(chain.items, chain.items[1:], strict=False):
                if a.former and not b.former and _LISTED_ON.fullmatch(text, a.end, b.start):
                    b.former = True
        # "Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Trọng Đạt": the bracket
        # belongs to the chain, so that the name after it meets it
        if text.startswith(" (", chain.end) and (paren := _TAIL_PAREN.match(text, chain.end)):
            chain.end = paren.end()
    inherit(text, items)
    from_head(text, items, bodies)
    from_ministry(text, items, bodies)
    from_kind(items, bodies)
    return chains


_COMMITTEES = {"executive_committee", "standing_committee"}  # whose posts are "Ủy viên" seats
_MEMBERSHIPS = _COMMITTEES | {"party_committee", "national_body"}  # joined with no title
_MEMBER_VERB = re.compile(r"(?:tham gia|bầu vào|vào|thôi tham gia)\s*$", re.IGNORECASE)


def membership_items(text: str, bodies: list[Body]) -> list[Item]:
    """"chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy": membership without a title."""
    out: list[Item] = []
    for body in sorted(bodies, key=START):
        if body.body_type not in _MEMBERSHIPS:
            continue
        lead = text[max(0, body.start - 20):body.start]
        joined = out and LISTED.fullmatch(text[out[-1].end:body.start])
        if _MEMBER_VERB.search(lead) or joined:
            former = "thôi" in lead or bool(joined and out[-1].former)
            out.append(Item(body.start, body.end, "Ủy viên", body, former))
    return out


def _extend(text: str, chain: Chain, free: list[Body], starts: list[int]) -> None:
    """"Chủ tịch HĐND, UBND xã X": bodies right after a title share it (and lend their place).
    `free` is in text order and its bodies do not overlap; `starts` are their starts."""
    for k in range(bisect_left(starts, chain.items[-1].end), len(free)):
        body, last = free[k], chain.items[-1]
        if last.body is not None and last.body.body_type not in SHARED_TYPES:
            return  # "Chánh Văn phòng Thành ủy, HĐND quận đã họp": not one title, two bodies
        if not LISTED.fullmatch(text, last.end, body.start) or (
                body.body_type in _COMMITTEES and not last.role.startswith("Ủy viên")):
            return  # further, past this one's name; or a subject ("Bí thư X, Ban Thường vụ …")
        anchor = last.body.anchor if last.body is not None else None
        if anchor is not None and anchor.place is None and anchor.level is None \
                and anchor.slot == "place" and body.anchor.place:
            anchor.level, anchor.place = body.anchor.level, body.anchor.place
        chain.add(Item(body.start, body.end, last.role, body, last.former, last.acting))
