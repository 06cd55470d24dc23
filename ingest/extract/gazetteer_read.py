"""Reading a place at a position: "tỉnh An Giang", "TP. Long Xuyên", "Quận 7", "phường Mỹ
Thới và Mỹ Thạnh", or a bare level word ("HĐND tỉnh") whose place context must supply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_spell import tokens, unit_at
from cadregraph.ingest.extract.names_lexicon import is_family_name

_LEVEL = re.compile(
    r"(?:(?P<word>(?i:tỉnh|thành phố|thị xã|thị trấn|huyện(?: đảo)?|quận|phường|xã|đặc khu))(?!\w)"
    # "X." a commune only with its dot and a capital after: "X" alone is a Roman ten
    r"|(?P<abbr>TP|Tp|TX|P|Q|H|TT|X(?=\. *[A-ZĐ]))(?:\. *| +|(?=[A-ZĐ])|(?=[,;:)\]\n]|$)))"
    r"(?P<gap> *)"  # the spaces before the name, skipped in the same call
)
_ABBR = {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã", "P": "phường", "Q": "quận",
         "H": "huyện", "TT": "thị trấn", "X": "xã"}


def _level_of(match: re.Match[str]) -> str:
    """The level a `_LEVEL` match names: "TP." a "thành phố"; "huyện đảo Phú Quốc" (an island
    district) a "huyện"."""
    words = match.group(1, 2)
    return _LEVELS[words] if words in _LEVELS else _new_level(words)


# level per (word, abbreviation) as matched: a few dozen spellings ("Tỉnh", "TỈNH", "TP" …)
_LEVELS: dict[tuple[str | None, str | None], str] = {}


def _new_level(words: tuple[str | None, str | None]) -> str:
    word, abbr = words
    if not word:
        level = _ABBR[abbr or ""]
    else:
        level = "huyện" if word[:5].lower() == "huyện" else word.lower()
    _LEVELS[words] = level
    return level


_COUNTED = re.compile(r" (?:tháng|năm|ngày|tuần|quý|giờ|tỷ|triệu|nghìn)(?!\w)|[,.]?\d|%")
_COORD = re.compile(r"\s*(?:,|và|,\s*và)\s+")
_PAREN = re.compile(r"\s*\(([^()]{2,30})\)")
_LIST_END = re.compile(r"\s*(?:[,;.:)]|và\s|$)|\n")  # where a listed place ends the list


# Units dissolved before the gazetteer's snapshot ("Huyện ủy Yên Dũng") are still read after a
# district-level committee, unless the next word starts a title or a sentence.
_DISTRICT_SLOTS = {"huyện", "quận", "thị xã", "thành phố"}
_NOT_NAMES = frozenset(word for line in Path(__file__).with_name("place_not_names.txt")
                       .read_text(encoding="utf-8").splitlines()
                       if not line.startswith("#") for word in line.split())


@dataclass(slots=True)
class PlaceRead:
    end: int
    level: str | None
    name: str | None
    more: list[str] = field(default_factory=list)


def _name_at(text: str, pos: int, level: str | None,
             explicit: bool) -> tuple[int, str, str | None] | None:
    """(end, name, the level of the gazetteer unit found or None) of the place at `pos`."""
    if pos >= len(text) or not (text[pos].isupper() or text[pos].isdigit()):
        return None  # the first word is capitalised or a number ("Quận 7")
    unit = unit_at(text, pos, level)
    if unit is not None or not explicit:
        return unit
    ends = tokens(text, pos, gazetteer().max_tokens)
    if not ends or text[pos:ends[0]] in _NOT_NAMES:
        return None
    first = text[pos:ends[0]]
    if first.isupper():  # an acronym such as "TPLX" or a lone initial: not a place name
        return None
    if first.isdigit():
        if _COUNTED.match(text, ends[0]):
            return None  # "tình hình TP 6 tháng đầu năm": a count, not "Quận 7"
        return ends[0], f"{level.capitalize()} {first}" if level else first, None
    # Unknown unit after an explicit level word: take capitalised words up to a person's name.
    words = ends[:3]
    for i in range(len(words)):
        start = pos if i == 0 else words[i - 1] + 1
        word = text[start:words[i]]
        if (is_family_name(word) and i + 1 < len(ends)) or word in _NOT_NAMES or len(word) < 2:
            words = words[:i]
            break
    # One unknown word is a sentence's or a title's first ("của TP. Trên cơ sở", "Tỉnh Đoàn"):
    # the gazetteer knows every unit of one syllable ("Huế", "Vinh"); a province after a
    # district word is not the district
    if len(words) < 2 or gazetteer().is_province(text[pos:words[-1]]):
        return None
    return words[-1], text[pos:words[-1]], None


_MEMO: dict[str, dict[tuple[int, str | None], PlaceRead | None]] = {}


def read_place(text: str, tv: str, pos: int, expected: str | None) -> PlaceRead | None:
    """The place at `pos`, the caller's to change. Where nothing says which level to expect,
    "Hồ Chí Minh" without "TP." is the man ("Chủ tịch Hồ Chí Minh"), not the city."""
    read = shared_read(tv, pos, expected)
    if read is None or expected is None and read.name == "Hồ Chí Minh" \
            and tv.startswith("Hồ Chí Minh", len(tv) - len(tv[pos:].lstrip(" "))):
        return None
    return PlaceRead(read.end, read.level, read.name, list(read.more))


def shared_read(tv: str, pos: int, expected: str | None) -> PlaceRead | None:
    """The place at `pos`, NOT to be changed: the places and bodies stages read the same
    spots, so each view keeps its answers (a few recent views only)."""
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
    if key in memo:
        return memo[key]
    read = memo[key] = _read_place(tv, pos, expected)
    return read


def _read_place(text: str, pos: int, expected: str | None) -> PlaceRead | None:
    # `text` is the view: glosses such as "(UBKT)" blanked; same offsets, same case; `pos` is
    # past any spaces
    level_match = _LEVEL.match(text, pos)
    level = expected
    if level_match is not None:
        level = _level_of(level_match)
        found = _name_at(text, level_match.end(), level, True)
        if found is not None and found[2] is None and not found[1][-1].isdigit() \
                and level_match.group("abbr") and "." in level_match.group():
            found = None  # "… kinh tế TP. Quỳnh Mai - Trường Nguyên": a byline, a sentence
        if found is None:
            abbr_end = level_match.end("abbr")
            if abbr_end == pos + 1 == level_match.end() and text[abbr_end:abbr_end + 1].isupper():
                return None  # "HĐND", "PGS": one glued letter names a place or nothing ("TPLX")
            end = level_match.start("gap")
            while end and text[end - 1].isspace():  # len(text[:end].rstrip()), without a copy
                end -= 1
            return PlaceRead(end, level, None)
        end, name, _ = found
    else:
        found = _name_at(text, pos, expected, expected in _DISTRICT_SLOTS
                         and text[pos:pos + 6].split(" ")[0] not in _NOT_NAMES)
        if found is None:
            return None
        end, name, unit_level = found
        level = expected or unit_level
    read = PlaceRead(end, level, name)
    while (coord := _COORD.match(text, read.end)) is not None:
        nxt, again = coord.end(), _LEVEL.match(text, coord.end())
        if again is not None:
            wider = _level_of(again)
            if wider != level:  # "xã Ngọc Vân, huyện Tân Yên": the unit's address, if it is
                other = _name_at(text, again.end(), wider, True)
                if other is None or not gazetteer().lies_in(name, other[1]):
                    break
                read.end = other[0]
                continue
            nxt = again.end()
        other = _name_at(text, nxt, level, again is not None)
        if other is None or (again is None and level is None) \
                or (again is None and level == "tỉnh" and not _provinces_listed(text, other)):
            break
        read.end = other[0]
        if again is None and gazetteer().lies_in(name, other[1]):
            break  # "huyện Kim Bôi, Hòa Bình": its province, not a second place
        read.more.append(other[1])
    paren = _PAREN.match(text, read.end)
    if paren is not None and gazetteer().canonical_province(paren.group(1).strip()):
        read.end = paren.end()
    return read


def _provinces_listed(text: str, other: tuple[int, str, str | None]) -> bool:
    """"Tỉnh ủy Sơn Tây, Hà Đông,", "Ban Thường vụ Tỉnh ủy Nam Định, Quảng Nam và …": a second
    province with no level word of its own, where the list ends, is a second place (a word
    going on after it would make the name a sentence's subject: "tỉnh A, Quảng Nam có …")."""
    end, name, _ = other
    gaz = gazetteer()
    return (gaz.is_province(name) or gaz.is_old_province(name)) \
        and _LIST_END.match(text, end) is not None


def plural_read(tv: str, pos: int) -> PlaceRead | None:
    """"các tỉnh Hòa Bình, Tuyên Quang" (`pos` past "các"): one level word, a list of places."""
    level_match = _LEVEL.match(tv, pos)
    if level_match is None or not level_match.group("word"):
        return None
    level = _level_of(level_match)
    first = _name_at(tv, level_match.end(), level, True)
    read = None if first is None else PlaceRead(first[0], level, first[1])
    while read is not None and (coord := _COORD.match(tv, read.end)) is not None \
            and (other := _name_at(tv, coord.end(), read.level, False)) is not None:
        read.end = other[0]
        read.more.append(other[1])
    return read
