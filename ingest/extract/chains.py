"""Title chains: "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND thành phố" → (role, body) items.

`title_items` reads every title in the text with the body after it; `group_chains` joins items
separated only by commas or "kiêm" into chains, adding bodies that share the previous title
("Chủ tịch HĐND, UBND xã" = two items). A bare party title ("Phó Bí thư, Chủ tịch UBND tỉnh")
takes the party committee of the level of the other bodies in its chain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from cadregraph.ingest.extract.bodies import Body, read_body
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_read import read_place
from cadregraph.ingest.extract.titles import lexicon, view

_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|kiêm|,\s*kiêm|;\s*kiêm|và|[-–]|,?\s*rồi|"
                   r",?\s*sau đó)\s*")
_SHARED = re.compile(r"\s*(?:,|và)\s*")
_BARE_OK = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Ủy viên dự khuyết"}
# Titles that name nothing without their body: "làm trưởng đoàn" of a working visit, "các
# đại biểu", "trưởng khóm".
_NEVER_BARE = {"Đại biểu", "Trưởng đoàn", "Phó Trưởng đoàn", "Trưởng", "Phó Trưởng",
               "Trưởng ban", "Phó Trưởng ban", "Ủy viên", "Thường trực", "Trưởng phòng",
               "Phó Trưởng phòng", "Giám đốc", "Phó Giám đốc"}
_PARTY_OF_LEVEL = {"tỉnh": ("Tỉnh ủy", "tỉnh"), "thành phố": ("Thành ủy", "thành phố"),
                   "huyện": ("Huyện ủy", "huyện"), "quận": ("Quận ủy", "quận"),
                   "thị xã": ("Thị ủy", "thị xã")}
_SHARED_TYPES = {"peoples_council", "peoples_committee", "standing_committee",
                 "executive_committee", "party_committee", "front_committee"}


@dataclass
class Item:
    start: int
    end: int
    role: str
    body: Body | None
    former: bool = False
    acting: bool = False


@dataclass
class Chain:
    items: list[Item] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


def _body_after(text: str, tv: str, pos: int, prefix: str) -> tuple[Body | None, int]:
    if not prefix:
        body = read_body(text, tv, pos)
        return body, (body.end if body else pos)
    rest = tv[pos:pos + 160].lstrip()
    skipped = len(tv[pos:pos + 160]) - len(rest)
    if rest.lower().startswith(view(prefix).lower()):
        body = read_body(text, tv, pos)
        return body, (body.end if body else pos)
    synthetic = f"{prefix} {text[pos + skipped:pos + 160]}"
    body = read_body(synthetic, view(synthetic), 0)
    if body is not None and body.slot == "sub" and body.parent is None \
            and body.end <= len(prefix) + 1:
        # "Ủy viên Ban Thường vụ, Chủ nhiệm UBKT Tỉnh ủy": the committee comes from context
        body.start = body.end = pos
        return body, pos
    if body is None or body.end <= len(prefix) + 1:
        return None, pos
    shift = pos + skipped - len(prefix) - 1
    _shift(body, shift)
    return body, body.end


def _shift(body: Body, delta: int) -> None:
    body.start, body.end = max(0, body.start + delta), body.end + delta
    if body.parent is not None:
        _shift(body.parent, delta)


def _office_of_place(text: str, tv: str, pos: int, role: str) -> Body | None:
    """"Bí thư quận Tân Phú", "Phó Bí thư Đồng Nai", "Phó Chủ tịch tỉnh Đồng Nai": the title
    names a place instead of the body; the party committee or People's Committee is meant."""
    base = role.removeprefix("Phó ").removesuffix(" Thường trực")
    if base not in ("Bí thư", "Chủ tịch"):
        return None
    place = read_place(text, tv, pos, None)
    if place is None or (place.name is None and place.level not in ("tỉnh", "xã", "phường")):
        return None  # "Chủ tịch tỉnh Lê Văn A", "Chủ tịch xã": the place comes from context
    level = place.level or ("thành phố" if place.name in gazetteer().cities else "tỉnh")
    if level not in _PARTY_OF_LEVEL and base == "Bí thư":
        return Body(pos, place.end, "Đảng ủy", "party_committee", "place", level, place.name)
    if base == "Bí thư":
        core, slot = _PARTY_OF_LEVEL[level]
        return Body(pos, place.end, core, "party_committee", slot, level, place.name)
    return Body(pos, place.end, "Ủy ban nhân dân", "peoples_committee", "place", level,
                place.name)


def title_items(text: str, tv: str, body_spans: list[tuple[int, int]]) -> list[Item]:
    """Every title with its body; titles inside a body's name ("Ban Bí thư …") are not titles."""
    items: list[Item] = []
    for match in lexicon().finditer(tv):
        if items and match.start < items[-1].end:
            continue
        k = bisect_left(body_spans, (match.start, -1)) - 1  # spans are sorted, apart
        if k >= 0 and match.start < body_spans[k][1]:
            continue
        title = match.title
        body, end = _body_after(text, tv, match.end, title.body_prefix)
        if body is None and not title.implied_body:
            body = _office_of_place(text, tv, match.end, title.role)
            end = body.end if body is not None else end
        if body is None and title.implied_body:
            body = read_body(title.implied_body, view(title.implied_body), 0)
            if body is not None:
                body.start, body.end = match.start, match.end
            end = match.end
        items.append(Item(match.start, max(end, match.end), title.role, body,
                          match.former, match.acting))
    # a bare "Phó Giám đốc" names nothing, unless the same title with its body follows:
    # "Phó Giám đốc, rồi Giám đốc Sở Y tế"
    return [it for k, it in enumerate(items) if it.body is not None
            or it.role not in _NEVER_BARE
            or (k + 1 < len(items) and it.role == "Phó " + items[k + 1].role
                and items[k + 1].body is not None
                and _JOIN.fullmatch(text, it.end, items[k + 1].start))]


def group_chains(text: str, items: list[Item], bodies: list[Body]) -> list[Chain]:
    covered = {(b.start, b.end) for it in items if it.body for b in _walk(it.body)}
    free = sorted((b for b in bodies if (b.start, b.end) not in covered
                   and b.body_type in _SHARED_TYPES), key=lambda b: b.start)
    chains: list[Chain] = []
    for item in sorted(items, key=lambda it: it.start):
        if chains:
            _extend(text, chains[-1], free)
        last = chains[-1].items[-1] if chains else None
        if last is not None and item.start >= last.end \
                and _JOIN.fullmatch(text, last.end, item.start):
            chains[-1].items.append(item)
        else:
            chains.append(Chain([item]))
    if chains:
        _extend(text, chains[-1], free)
    for chain in chains:
        _fill_within(chain)
    _inherit(text, items)
    _from_head(text, items, bodies)
    return chains


_HEAD_GAP = re.compile(r"\s*(?:khóa \w+|nhiệm kỳ [\d\s–-]+|,|hiện nay|hiện|mới)*\s*(?:gồm|gồm có|có)"
                       r"\s*:?\s*")


def _from_head(text: str, items: list[Item], bodies: list[Body]) -> None:
    """"HĐND tỉnh gồm Chủ tịch A và các Phó Chủ tịch: B, C": bare titles listed after a body
    and "gồm" are posts of that body (of the council itself for its "Thường trực")."""
    heads = [(b, m.end()) for b in bodies if b.body_type in _SHARED_TYPES | {"standing_body"}
             and (m := _HEAD_GAP.match(text, b.end)) is not None]
    for body, end in heads:
        target = body.parent if body.parent is not None and body.slot == "sub" \
            and body.core in ("Thường trực", "Ban Thường trực") else body
        for item in sorted(items, key=lambda it: it.start):
            if item.start < end:
                continue
            gap = text[end:item.start]
            if "." in gap or "\n" in gap or ";" in gap or len(gap) > 200:
                break
            if item.body is None:
                item.body = target


def _inherit(text: str, items: list[Item]) -> None:
    """"Chủ tịch UBND tỉnh … cùng 5 Phó Chủ tịch gồm": a bare title takes the body of the same
    office named just before it in the sentence."""
    ordered = sorted(items, key=lambda it: it.start)
    for k, item in enumerate(ordered):
        if item.body is not None:
            continue
        for prev in reversed(ordered[:k]):
            gap = text[prev.end:item.start]
            if "." in gap or "\n" in gap:
                break
            if prev.body is not None and \
                    prev.role.replace("Phó ", "") == item.role.replace("Phó ", ""):
                item.body = prev.body
                break


def _base(role: str) -> str:
    return role.removeprefix("Phó ").removesuffix(" Thường trực")


_MEMBER_VERB = re.compile(r"(?:tham gia|bầu vào|vào|thôi tham gia)\s*$", re.IGNORECASE)


def membership_items(text: str, bodies: list[Body]) -> list[Item]:
    """"chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy": membership without a title."""
    out: list[Item] = []
    for body in sorted(bodies, key=lambda b: b.start):
        if body.body_type not in ("executive_committee", "standing_committee",
                                  "party_committee", "national_body"):
            continue
        lead = text[max(0, body.start - 20):body.start]
        joined = out and re.fullmatch(r"\s*(?:,|và)\s*", text[out[-1].end:body.start])
        if _MEMBER_VERB.search(lead) or joined:
            former = bool(re.search(r"thôi", lead)) or bool(joined and out[-1].former)
            out.append(Item(body.start, body.end, "Ủy viên", body, former))
    return out


def _extend(text: str, chain: Chain, free: list[Body]) -> None:
    """"Chủ tịch HĐND, UBND xã X": bodies right after a title share it (and lend their place)."""
    for body in free:
        last = chain.items[-1]
        if last.body is not None and last.body.body_type not in _SHARED_TYPES:
            return  # "Chánh Văn phòng Thành ủy, HĐND quận đã họp": not one title, two bodies
        if body.start >= last.end and _SHARED.fullmatch(text, last.end, body.start):
            anchor = last.body.anchor if last.body is not None else None
            if anchor is not None and anchor.place is None and anchor.level is None \
                    and anchor.slot == "place" and body.anchor.place:
                anchor.level, anchor.place = body.anchor.level, body.anchor.place
            chain.items.append(Item(body.start, body.end, last.role, body, last.former,
                                    last.acting))


def _walk(body: Body):
    while body is not None:
        yield body
        body = body.parent


_WARD_LEVELS = ("phường", "xã", "thị trấn", "đặc khu")


def _committee_for(item: Item, others: list[Item], levels: list[str],
                   known: dict[str, str]) -> Body | None:
    """The party committee a bare "Phó Bí thư" leads: that of the nearest body in its chain
    ("Phó Bí thư, Chủ tịch UBND xã Kiến Thành" → Đảng ủy xã Kiến Thành)."""
    for other in others:
        anchor = other.body.anchor if other.body is not None else None
        if anchor is not None and anchor.level in _WARD_LEVELS:
            return Body(item.start, item.end, "Đảng ủy", "party_committee", "place",
                        anchor.level, anchor.place)
        if anchor is not None and anchor.level in _PARTY_OF_LEVEL:
            break
    if not levels:
        return None
    core, level = _PARTY_OF_LEVEL[levels[0]]
    return Body(item.start, item.end, core, "party_committee", level, level, known.get(level))


def _fill_within(chain: Chain) -> None:
    """Places named once in a chain serve the other bodies of the same level in it."""
    known: dict[str, str] = {}
    for item in chain.items:
        if item.body is not None:
            anchor = item.body.anchor
            if anchor.place and anchor.level:
                known.setdefault(anchor.level, anchor.place)
    levels = [it.body.anchor.level for it in chain.items
              if it.body is not None and it.body.anchor.level in _PARTY_OF_LEVEL]
    for item, nxt in zip(chain.items, chain.items[1:], strict=False):
        # "Phó Bí thư, Bí thư Tỉnh đoàn": the deputy post of the same body
        if item.body is None and nxt.body is not None and _base(item.role) == _base(nxt.role):
            item.body = nxt.body
    for item, nxt in zip(chain.items, chain.items[1:], strict=False):
        # "Bí thư Đảng đoàn, Chủ tịch Ủy ban MTTQ tỉnh": the party group of the next body
        body = item.body
        if body is not None and body.parent is None and body.place is None \
                and body.core in ("Đảng đoàn", "Ban cán sự đảng") and nxt.body is not None \
                and nxt.body.body_type not in ("party_committee", "party_group"):
            body.parent = nxt.body
            if nxt.body.core.startswith("Ban Chấp hành") and nxt.body.parent is not None:
                body.parent = nxt.body.parent  # the group of the organisation itself
            if nxt.body.core == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam":
                # the Front's party group is named after the Front, not its committee
                body.parent = Body(nxt.body.start, nxt.body.end, "Mặt trận Tổ quốc Việt Nam",
                                   "front_committee", "national")
    for k, item in enumerate(chain.items):
        if item.body is None and item.role in _BARE_OK:
            item.body = _committee_for(item, chain.items[k + 1:] + chain.items[:k][::-1],
                                       levels, known)
        elif item.body is not None:
            anchor = item.body.anchor
            if anchor.place is None and anchor.level in known:
                anchor.place = known[anchor.level]
