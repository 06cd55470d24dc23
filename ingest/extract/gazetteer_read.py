"""Reading a place at a position: "tỉnh An Giang", "TP. Long Xuyên", "Quận 7", "phường Mỹ
Thới và Mỹ Thạnh", or a bare level word ("HĐND tỉnh") whose place context must supply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cadregraph.ingest.extract.gazetteer import Unit, gazetteer
from cadregraph.ingest.extract.names_lexicon import is_family_name

_LEVEL = re.compile(
    r"(?:(?P<word>(?i:tỉnh|thành phố|thị xã|thị trấn|huyện|quận|phường|xã|đặc khu))(?!\w)"
    r"|(?P<abbr>TP|Tp|TX|P|Q|H|TT)(?:\. *| +|(?=[A-ZĐ])|(?=[,;:)\]\n]|$)))"
)
_ABBR = {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã", "P": "phường", "Q": "quận",
         "H": "huyện", "TT": "thị trấn"}
_WORD = re.compile(r"[^\W\d_][\w'’]*|\d+")
_JOIN = re.compile(r" | ?- ?| ?– ?")
# a word and the joint after it in one match: half the `re` calls of `_tokens`
_WORD_JOIN = re.compile(rf"({_WORD.pattern})({_JOIN.pattern})?")
_COORD = re.compile(r"\s*(?:,|và|,\s*và)\s+")
_PAREN = re.compile(r"\s*\(([^()]{2,30})\)")


# Units dissolved before the gazetteer's snapshot ("Huyện ủy Yên Dũng") are still read after a
# district-level committee, unless the next word starts a title or a sentence.
_DISTRICT_SLOTS = {"huyện", "quận", "thị xã", "thành phố"}
_NOT_NAMES = {"Ban", "Thường", "Chủ", "Phó", "Bí", "Ủy", "Uỷ", "Đảng", "Hội", "Văn", "Sở",
              "Trưởng", "Giám", "Khóa", "Khoá", "Nhiệm", "Lần", "Về", "Tại", "Cùng", "Đồng",
              # words that open a sentence after "TP." rather than name a unit
              "Tuy", "Tôi", "Chúng", "Ảnh", "Theo", "Trong", "Các", "Những", "Đây", "Đó",
              "Hiện", "Trước", "Sau", "Khi", "Nếu", "Với", "Do", "Vì", "Nhưng", "Để", "Ngoài",
              "Bên", "Còn", "Như", "Được", "Có", "Không", "Này", "Qua", "Ông", "Bà", "Anh",
              "Chị", "Sáng", "Chiều", "Tối", "Ngày", "Năm", "Tháng", "Dự", "Thực", "Đến"}


_LAST_LEVEL: list[str | None] = [None]  # level of the unit `_name_at` last matched


@dataclass
class PlaceRead:
    end: int
    level: str | None
    name: str | None
    more: list[str] = field(default_factory=list)


def _fits(unit: Unit, level: str | None) -> bool:
    if level is None:
        return unit.level in ("province", "district")
    if level == "tỉnh":
        return unit.level == "province"
    if level == "thành phố":
        return unit.type == "thành phố" and unit.level in ("province", "district")
    if level in ("huyện", "quận", "thị xã"):
        return unit.level == "district" and unit.type == level
    return unit.level == "ward"


def _tokens(text: str, pos: int, limit: int, lower_ok: bool = False) -> list[int]:
    """End offsets of the first 1..limit capitalised words (or numbers) from `pos`; with
    `lower_ok`, words after the first may be lower case ("Đà nẵng", a frequent typo)."""
    ends, cur = [], pos
    while len(ends) < limit:
        match = _WORD_JOIN.match(text, cur)
        if match is None:
            break
        word = match.group(1)
        if not (word[0].isupper() or word.isdigit() or (lower_ok and ends)):
            break
        ends.append(match.end(1))
        if match.start(2) < 0:  # no joint: the name cannot go on
            break
        cur = match.end()
    return ends


def _level_of(unit: Unit) -> str:
    return ("tỉnh" if unit.type == "tỉnh" else "thành phố") if unit.level == "province" \
        else unit.type


def _name_at(text: str, pos: int, level: str | None, explicit: bool) -> tuple[int, str] | None:
    gaz = gazetteer()
    for end in reversed(_tokens(text, pos, gaz.max_tokens, lower_ok=True)):
        found = gaz.lookup(text[pos:end])
        if not found:  # most word groups tried are no unit: spare the sorting
            continue
        units = sorted((u for u in found if _fits(u, level)),
                       key=lambda u: u.level != "province")  # "Sở Y tế Thanh Hóa": the province
        if not units and level in ("huyện", "thị xã"):
            # "Thị ủy Đồng Xoài" after the town became a city: the district-level unit
            units = [u for u in found if u.level == "district"]
        if units:
            _LAST_LEVEL[0] = _level_of(units[0])
            return end, units[0].name
    ends = _tokens(text, pos, gaz.max_tokens)
    if not explicit or not ends or text[pos:ends[0]] in _NOT_NAMES:
        return None
    first = text[pos:ends[0]]
    if first.isupper():  # an acronym such as "TPLX" or a lone initial: not a place name
        return None
    if first.isdigit():
        return ends[0], f"{level.capitalize()} {first}" if level else first
    # Unknown unit after an explicit level word: take capitalised words up to a person's name.
    words = ends[:3]
    for i in range(len(words)):
        start = pos if i == 0 else words[i - 1] + 1
        word = text[start:words[i]]
        if (is_family_name(word) and i + 1 < len(ends)) or word in _NOT_NAMES or len(word) < 2:
            words = words[:i]
            break
    if not words or any(u.level == "province" for u in gazetteer().lookup(text[pos:words[-1]])):
        return None  # a province after a district word is not the district
    return words[-1], text[pos:words[-1]]


_MEMO: dict[str, dict[tuple[int, str | None], PlaceRead | None]] = {}


def read_place(text: str, tv: str, pos: int, expected: str | None) -> PlaceRead | None:
    """The place at `pos`; the places and bodies stages read the same spots, so each view
    keeps its answers (a few recent views only)."""
    while pos < len(tv) and tv[pos] == " ":
        pos += 1
    if len(tv) < 400:  # a snippet read once: not worth keeping
        return _read_place(tv, pos, expected)
    memo = _MEMO.get(tv)
    if memo is None:
        if len(_MEMO) > 8:
            _MEMO.clear()
        memo = _MEMO[tv] = {}
    key = (pos, expected)
    if key not in memo:
        memo[key] = _read_place(tv, pos, expected)
    read = memo[key]
    return None if read is None else PlaceRead(read.end, read.level, read.name, list(read.more))


def _read_place(text: str, pos: int, expected: str | None) -> PlaceRead | None:
    # `text` is the view: glosses such as "(UBKT)" blanked; same offsets, same case
    while pos < len(text) and text[pos] == " ":
        pos += 1
    level_match = _LEVEL.match(text, pos)
    level = expected
    if level_match is not None:
        word = level_match.group("word")
        level = word.lower() if word else _ABBR[level_match.group("abbr")]
        after = level_match.end()
        while after < len(text) and text[after] == " ":
            after += 1
        found = _name_at(text, after, level, True)
        if found is None:
            return PlaceRead(len(text[:level_match.end()].rstrip()), level, None)
        end, name = found
    else:
        _LAST_LEVEL[0] = None
        found = _name_at(text, pos, expected, expected in _DISTRICT_SLOTS
                         and text[pos:pos + 6].split(" ")[0] not in _NOT_NAMES)
        if found is None:
            return None
        end, name = found
        level = expected or _LAST_LEVEL[0]
    read = PlaceRead(end, level, name)
    while (coord := _COORD.match(text, read.end)) is not None:
        nxt = coord.end()
        again = _LEVEL.match(text, nxt)
        if again is not None:
            word = again.group("word")
            if (word.lower() if word else _ABBR[again.group("abbr")]) != level:
                break  # "Huyện ủy Trần Văn Thời, tỉnh Cà Mau": the next place is larger
            nxt = again.end()
            while nxt < len(text) and text[nxt] == " ":
                nxt += 1
        other = _name_at(text, nxt, level, again is not None)
        if other is None or (again is None and level in (None, "tỉnh")):
            break
        read.end, _ = other
        read.more.append(other[1])
    paren = _PAREN.match(text, read.end)
    if paren is not None and gazetteer().canonical_province(paren.group(1).strip()):
        read.end = paren.end()
    return read
