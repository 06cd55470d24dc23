"""Filling the bodies a title chain leaves out: a bare title takes the body of the same office
named before it ("Chủ tịch UBND tỉnh … cùng 5 Phó Chủ tịch"), of the body that heads a list
("HĐND tỉnh gồm Chủ tịch A và các Phó Chủ tịch B, C"), or of the other posts in its chain
("Phó Bí thư, Chủ tịch UBND xã X" → Đảng ủy xã X)."""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING

from cadregraph.ingest.extract.bodies import Body
from cadregraph.ingest.extract.bodies_render import CENTRAL_FRONT, FRONT
from cadregraph.ingest.extract.chains_kind import MINISTERS
from cadregraph.ingest.normalize.tables import UPPER

if TYPE_CHECKING:
    from cadregraph.ingest.extract.chains import Chain, Item

# the sort key of items and bodies by their start (a C call: no Python frame per element)
START = attrgetter("start")
_BARE_OK = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Ủy viên dự khuyết"}
PARTY_OF_LEVEL = {"tỉnh": ("Tỉnh ủy", "tỉnh"), "thành phố": ("Thành ủy", "thành phố"),
                   "huyện": ("Huyện ủy", "huyện"), "quận": ("Quận ủy", "quận"),
                   "thị xã": ("Thị ủy", "thị xã")}
SHARED_TYPES = {"peoples_council", "peoples_committee", "standing_committee",
                 "executive_committee", "party_committee", "front_committee"}

_HEAD_TYPES = SHARED_TYPES | {"standing_body"}
_PARTY_TITLES = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"}
_HEAD_GAP = re.compile(r"\s*(?:khóa \w+|nhiệm kỳ [\d\s–-]+|,|hiện nay|hiện|mới)*\s*"
                       r"(?:gồm|gồm có|có)\s*:?\s*")


def from_head(text: str, items: list[Item], bodies: list[Body]) -> None:
    """"HĐND tỉnh gồm Chủ tịch A và các Phó Chủ tịch: B, C": bare titles listed after a body
    and "gồm" are posts of that body (of the council itself for its "Thường trực")."""
    heads = [(b, m.end(), ":" in m.group()) for b in bodies if b.body_type in _HEAD_TYPES
             and (m := _HEAD_GAP.match(text, b.end)) is not None]
    ordered = sorted(items, key=START) if heads else items
    for body, end, colon in heads:  # (after "gồm:", items are listed past ";" too)
        target: Body | None = body.parent if body.parent is not None and body.slot == "sub" \
            and body.core in ("Thường trực", "Ban Thường trực") else body
        # "Ban Thường vụ Tỉnh ủy gồm: ông A, Phó Chủ nhiệm Thường trực, phụ trách Ủy ban Kiểm
        # tra …": a committee's members carry posts of other bodies; only a party title is the
        # committee's party's ("Ban Thường vụ Tỉnh ủy gồm Bí thư A, Phó Bí thư B")
        members = body.body_type in ("standing_committee", "executive_committee")
        if members:
            target = body.parent
        for item in ordered:
            if item.start < end:
                continue
            gap = text[end:item.start]
            if "." in gap or "\n" in gap or ";" in gap and not colon or len(gap) > 200:
                break
            if item.body is None and target is not None \
                    and (not members or item.role in _PARTY_TITLES):
                item.body = target


# "làm Phó giám đốc quỹ này": a bare title before a body pointed at is that body's
_POINTED = re.compile(r"\s+(?![A-ZĐ])\w+\s+(?:này|đó|ấy|trên)(?!\w)")


def inherit(text: str, items: list[Item]) -> None:
    """"Chủ tịch UBND tỉnh … cùng 5 Phó Chủ tịch gồm": a bare title takes the body of the same
    office named just before it in the sentence; a bare head, that of its deputy named after
    it ("bầu ông A làm Chủ tịch, bà B làm Phó Chủ tịch Hội Nông dân tỉnh")."""
    ordered = sorted(items, key=START)
    for k, item in enumerate(ordered):
        if item.body is not None or _POINTED.match(text, item.end):
            continue
        counted = counted_head(text, item)
        for prev in reversed(ordered[:k]):
            gap = text[prev.end:item.start]
            # (a counted list's head looks back a few sentences: "Trưởng ban X. … Bảy phó ban")
            if ("." in gap and not counted) or "\n" in gap or len(gap) > 400:
                break
            if prev.body is not None and \
                    prev.role.replace("Phó ", "") == item.role.replace("Phó ", ""):
                item.body = prev.body
                break
        for nxt in ordered[k + 1:] if item.body is None else ():
            if _SENTENCE_END.search(text, item.end, nxt.start):
                break
            if nxt.body is not None and nxt.role == "Phó " + item.role:
                item.body = nxt.body
                break


_COUNT = re.compile(r"(?<!\w)(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|các)\s+$")
_LIST_AFTER = re.compile(r"\s+(?:(?:khác|kiêm nhiệm|chuyên trách)\s*,?\s+)?(?:bao\s+)?gồm(?!\w)")


def counted_head(text: str, item: Item) -> bool:  # "Bảy phó ban khác gồm các ông A, …"
    return _COUNT.search(text, max(0, item.start - 8), item.start) is not None \
        and _LIST_AFTER.match(text, item.end) is not None

_SENTENCE_END = re.compile(r"[.;\n!?](?:\s|$)")


def _base(role: str) -> str:
    return role.removeprefix("Phó ").removesuffix(" Thường trực")

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
        if anchor is not None and anchor.level in PARTY_OF_LEVEL:
            break
    if not levels:
        return None
    core, level = PARTY_OF_LEVEL[levels[0]]
    return Body(item.start, item.end, core, "party_committee", level, level, known.get(level))


# bodies named bare in a chain, and the kinds of body after them they belong to
_HOSTED = {"Đảng ủy": {"enterprise", "military", "police", "state_department", "school"},
           "Hội đồng quản trị": {"enterprise"}, "Hội đồng thành viên": {"enterprise"}}
# a party group named before one of these belongs to the body they lead, not to them
_BOARDS = ("Ban Chấp hành", "Hội đồng quản trị", "Hội đồng thành viên")
_OFFICERS = {"Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Tổng Thư ký",
             "Phó Tổng Thư ký"}
_COMMAND = {f"{d}{t}" for d in ("", "Phó ") for t in ("Tư lệnh", "Chính ủy", "Tham mưu trưởng",
                                                       "Chỉ huy trưởng")}


def fill_within(chain: Chain) -> None:
    """Places named once in a chain serve the other bodies of the same level in it."""
    if len(chain.items) < 2:
        return  # nothing to share, and a bare title finds no committee alone
    known: dict[str, str] = {}
    for item in chain.items:
        if item.body is not None:
            anchor = item.body.anchor
            if anchor.place and anchor.level:
                known.setdefault(anchor.level, anchor.place)
    levels = [it.body.anchor.level for it in chain.items
              if it.body is not None and it.body.anchor.level in PARTY_OF_LEVEL]
    for item, nxt in zip(chain.items, chain.items[1:], strict=False):
        # "Phó Bí thư, Bí thư Tỉnh đoàn": the deputy post of the same body
        if item.body is None and nxt.body is not None and (
                _base(item.role) == _base(nxt.role)
                # "Phó Tư lệnh, Tham mưu trưởng Bộ đội Biên phòng": a command's posts
                or (item.role in _COMMAND and nxt.role in _COMMAND
                    and nxt.body.body_type == "military")
                # "Phó Chủ tịch, Tổng Thư ký Hội Luật gia tỉnh": an association's officers
                or (item.role in _OFFICERS and nxt.role in _OFFICERS
                    and nxt.body.body_type in ("mass_organisation", "front_committee"))
                # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": the rank of the agency's head
                or (item.role in MINISTERS and nxt.body.body_type == "national_body"
                    and not nxt.body.core.startswith("Bộ "))):
            item.body = nxt.body
    for k, (item, nxt) in enumerate(zip(chain.items, chain.items[1:], strict=False)):
        # "Bí thư Đảng đoàn, Chủ tịch Ủy ban MTTQ tỉnh": the party group of the next body
        body = item.body
        if body is not None and body.parent is None and body.place is None \
                and body.core in _HOSTED:
            # "Bí thư Đảng ủy, Chủ tịch HĐQT, Tổng Giám đốc Công ty X": the company's; "Bí thư
            # Đảng ủy, Chính ủy Quân khu 4", "Bí thư Đảng ủy, Giám đốc Sở Y tế": theirs
            hosts = _HOSTED[body.core]
            # (not a commune's police, which has a cell: "ĐUV, Trưởng Công an xã X" sits on
            # the commune's committee)
            body.parent = next((a for it in chain.items[k + 1:] if it.body is not None
                                and (a := it.body.anchor).body_type in hosts
                                and not (a.body_type == "police" and a.level in _WARD_LEVELS)),
                               None)
            if body.parent is None and body.core == "Đảng ủy":  # "…, Chủ tịch UBND xã X"
                ward = next((it.body.anchor for it in chain.items if it.body is not None
                             and it.body.anchor.level in _WARD_LEVELS), None)
                if ward is not None:
                    body.level, body.place = ward.level, ward.place
        elif body is not None and body.parent is None and body.place is None \
                and body.core in ("Đảng đoàn", "Ban cán sự đảng") and nxt.body is not None \
                and nxt.body.body_type not in ("party_committee", "party_group"):
            body.parent = nxt.body
            if nxt.body.core.startswith(_BOARDS) and nxt.body.parent is not None:
                body.parent = nxt.body.parent  # the group of the organisation itself
            if nxt.body.core == CENTRAL_FRONT:
                # the Front's party group is named after the Front, not its committee
                # (where the text writes the committee: the Front itself is not listed)
                body.parent = Body(nxt.body.start, nxt.body.end, FRONT,
                                   "front_committee", "national", unlisted=True)
    for k, item in enumerate(chain.items):
        if item.body is None and item.role in _BARE_OK:
            item.body = _committee_for(item, chain.items[k + 1:] + chain.items[:k][::-1],
                                       levels, known)
        elif item.body is not None:
            anchor = item.body.anchor
            if anchor.place is None and anchor.level in known:
                anchor.place = known[anchor.level]


_HAMLET_HEAD = re.compile(rf"\s*,\s*(?:Phó\s+)?Trưởng\s+((?:ấp|khóm|thôn|bản|buôn|sóc|xóm"
                          rf"|tổ dân phố|khu phố)(?:\s+(?:[{UPPER}][\w'’]*|\d+)(?!\w)){{1,4}})")


def hamlet_cells(text: str, items: list[Item]) -> None:
    """A bare cell is that of the hamlet its secretary heads ("Bí thư Chi bộ, Trưởng ấp X")."""
    for item in items:
        if (body := item.body) is not None and body.core == "Chi bộ" and body.place is None \
                and body.body_type == "party_cell" and (m := _HAMLET_HEAD.match(text, body.end)):
            body.core, body.slot = f"Chi bộ {m.group(1)}", "national"


# Titles that name nothing without their body: "làm trưởng đoàn" of a working visit, "các
# đại biểu", "trưởng khóm".
_NEVER_BARE = {"Đại biểu", "Trưởng đoàn", "Phó Trưởng đoàn", "Trưởng", "Phó Trưởng",
               "Trưởng ban", "Phó Trưởng ban", "Ủy viên", "Thường trực", "Trưởng phòng",
               "Phó Trưởng phòng", "Giám đốc", "Phó Giám đốc"}
_COMMA = re.compile(r"\s*,\s*")


def keep_bodied(text: str, items: list[Item], join: re.Pattern[str]) -> list[Item]:
    """The items without those bare titles that name nothing. A bare "Phó Giám đốc" stays
    before the same title with its body ("Phó Giám đốc, rồi Giám đốc Sở Y tế"), before another
    post with its body after a comma, in that post's chain ("Phó Giám đốc, Chỉ huy trưởng Bộ
    CHQS tỉnh": it stays bodiless), and after its head's post in the same sentence, whose body
    `inherit` gives it ("Trưởng ban Tổ chức Huyện ủy A cùng Phó ban B")."""
    kept: list[Item] = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        if it.body is not None or it.role not in _NEVER_BARE or (
                nxt is not None and nxt.body is not None
                and (_COMMA.fullmatch(text, it.end, nxt.start)
                     or (it.role == "Phó " + nxt.role
                         and join.fullmatch(text, it.end, nxt.start)))) \
                or (it.role.startswith("Phó ") and _head_before(text, kept, it)) \
                or counted_head(text, it):
            kept.append(it)
    return kept


def _head_before(text: str, kept: list[Item], item: Item) -> bool:
    head = item.role.removeprefix("Phó ")
    for prev in reversed(kept):
        gap = text[prev.end:item.start]
        if "." in gap or "\n" in gap or ";" in gap:
            return False
        if prev.role == head and prev.body is not None:
            return True
    return False
