"""Reading a place at a position: "tỉnh An Giang", "TP. Long Xuyên", "Quận 7", "phường Mỹ
Thới và Mỹ Thạnh", or a bare level word ("HĐND tỉnh") whose place context must supply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names_lexicon import is_family_name

_LEVEL = re.compile(
    r"(?:(?P<word>(?i:tỉnh|thành phố|thị xã|thị trấn|huyện|quận|phường|xã|đặc khu))(?!\w)"
    r"|(?P<abbr>TP|Tp|TX|P|Q|H|TT)(?:\. *| +|(?=[A-ZĐ])|(?=[,;:)\]\n]|$)))"
    r"(?P<gap> *)"  # the spaces before the name, skipped in the same call
)
_ABBR = {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã", "P": "phường", "Q": "quận",
         "H": "huyện", "TT": "thị trấn"}
_JOIN = re.compile(r" | ?- ?| ?– ?")
_COORD = re.compile(r"\s*(?:,|và|,\s*và)\s+")
_PAREN = re.compile(r"\s*\(([^()]{2,30})\)")


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


# Up to five words (the longest unit name) and the joints between them in one `re` call.
# Each joint is atomic, as `_tokens` took it: "Bà Rịa - Vũng" stops at "Rịa", whose joint " "
# is taken before " - " could be tried.
_WORD_GROUP = r"([^\W\d_][\w'’]*+|\d++)"
_JOINT_GROUP = rf"((?>{_JOIN.pattern}))"


@lru_cache(maxsize=1)
def _words_pattern() -> re.Pattern[str]:
    pattern = ""
    for _ in range(gazetteer().max_tokens - 1):
        pattern = f"(?:{_JOINT_GROUP}{_WORD_GROUP}{pattern})?"
    return re.compile(_WORD_GROUP + pattern)


def _tokens(text: str, pos: int, limit: int, lower_ok: bool = False) -> list[int]:
    """End offsets of the first 1..limit capitalised words (or numbers) from `pos`; with
    `lower_ok`, words after the first may be lower case ("Đà nẵng", a frequent typo)."""
    match = _words_pattern().match(text, pos)
    if match is None:
        return []
    ends: list[int] = []
    for start, end in match.regs[1:2 * limit:2]:
        if start < 0:
            break
        word = text[start:end]
        if not (word[0].isupper() or word.isdigit() or (lower_ok and ends)):
            break
        ends.append(end)
    return ends


_PICKS: dict[tuple[str, str | None], tuple[str, str] | None] = {}
# (level, name) a spelling as matched ("bà rịa- vũng tàu") picks at a level: a few per unit
_SPELT: dict[tuple[str, str | None], tuple[str, str] | None] = {}


def _pick(key: str, level: str | None) -> tuple[str, str] | None:
    """(level, name) of the unit a key names at `level`, or None: a few answers per key."""
    if (key, level) in _PICKS:
        return _PICKS[key, level]
    found = gazetteer().units[key]
    units = sorted((u for u in found if u.fits(level)),
                   key=lambda u: u.level != "province")  # "Sở Y tế Thanh Hóa": the province
    if not units and level in ("huyện", "thị xã"):
        # "Thị ủy Đồng Xoài" after the town became a city: the district-level unit
        units = [u for u in found if u.level == "district"]
    picked = _PICKS[key, level] = (units[0].level_word, units[0].name) if units else None
    return picked


# Longer than any key's spelling (22 letters, four "- " joints) and the boundary after it: a
# test keeps it so. Lower-casing this much of the text costs as much as the match.
_WINDOW = 28


def _unit_at(text: str, pos: int, level: str | None) -> tuple[int, str, str] | None:
    """(end, name, level) of the longest gazetteer unit spelled from `pos` that fits `level`;
    the first word is capitalised or a number (checked by the caller), the next may not be
    ("Đà nẵng", a frequent typo)."""
    window = text[pos:pos + _WINDOW]
    low = window.lower()
    if len(low) == len(window):  # else lower-casing moved offsets: walk word by word
        spelling = gazetteer().spelling(low[0])
        match = None if spelling is None else spelling.match(low)
        if match is None:
            return None
        key = match.group()
        if (key, level) in _SPELT:
            picked = _SPELT[key, level]
        else:
            picked = _SPELT[key, level] = _pick(key.replace("- ", " ").replace("-", " "), level)
        if picked is not None:
            return pos + match.end(), picked[1], picked[0]
    # rare: the longest unit does not fit the level, a shorter one may ("Sở Y tế Thanh Hóa")
    match = _words_pattern().match(text, pos)
    if match is None:
        return None
    regs, spellable, hits = match.regs, gazetteer().spellable, []
    key, group = text[pos:regs[1][1]].lower(), 1
    while (whole := spellable.get(key)) is not None:
        if whole:
            hits.append((regs[group][1], key))
        group += 2
        if group >= len(regs) or regs[group][0] < 0 or "–" in text[slice(*regs[group - 1])]:
            break  # an en dash: no key holds one
        key = f"{key} {text[slice(*regs[group])].lower()}"
    for end, key in reversed(hits):
        picked = _pick(key, level)
        if picked is not None:
            return end, picked[1], picked[0]
    return None


def _name_at(text: str, pos: int, level: str | None,
             explicit: bool) -> tuple[int, str, str | None] | None:
    """(end, name, the level of the gazetteer unit found or None) of the place at `pos`."""
    if pos >= len(text) or not (text[pos].isupper() or text[pos].isdigit()):
        return None  # the first word is capitalised or a number ("Quận 7")
    unit = _unit_at(text, pos, level)
    if unit is not None or not explicit:
        return unit
    ends = _tokens(text, pos, gazetteer().max_tokens)
    if not ends or text[pos:ends[0]] in _NOT_NAMES:
        return None
    first = text[pos:ends[0]]
    if first.isupper():  # an acronym such as "TPLX" or a lone initial: not a place name
        return None
    if first.isdigit():
        return ends[0], f"{level.capitalize()} {first}" if level else first, None
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
    return words[-1], text[pos:words[-1]], None


_MEMO: dict[str, dict[tuple[int, str | None], PlaceRead | None]] = {}


def read_place(text: str, tv: str, pos: int, expected: str | None) -> PlaceRead | None:
    """The place at `pos`, the caller's to change."""
    read = shared_read(tv, pos, expected)
    return None if read is None else PlaceRead(read.end, read.level, read.name, list(read.more))


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
        word = level_match.group("word")
        level = word.lower() if word else _ABBR[level_match.group("abbr")]
        found = _name_at(text, level_match.end(), level, True)
        if found is None:
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
            word = again.group("word")
            wider = word.lower() if word else _ABBR[again.group("abbr")]
            if wider != level:  # "xã Ngọc Vân, huyện Tân Yên": the unit's address, if it is
                other = _name_at(text, again.end(), wider, True)
                if other is None or not gazetteer().lies_in(name, other[1]):
                    break
                read.end = other[0]
                continue
            nxt = again.end()
        other = _name_at(text, nxt, level, again is not None)
        if other is None or (again is None and level in (None, "tỉnh")):
            break
        read.end = other[0]
        if again is None and gazetteer().lies_in(name, other[1]):
            break  # "huyện Kim Bôi, Hòa Bình": its province, not a second place
        read.more.append(other[1])
    paren = _PAREN.match(text, read.end)
    if paren is not None and gazetteer().canonical_province(paren.group(1).strip()):
        read.end = paren.end()
    return read


def plural_read(tv: str, pos: int) -> PlaceRead | None:
    """"các tỉnh Hòa Bình, Tuyên Quang" (`pos` past "các"): one level word, a list of places."""
    level_match = _LEVEL.match(tv, pos)
    word = level_match.group("word") if level_match is not None else None
    if level_match is None or not word:
        return None
    word = word.lower()
    first = _name_at(tv, level_match.end(), word, True)
    read = None if first is None else PlaceRead(first[0], word, first[1])
    while read is not None and (coord := _COORD.match(tv, read.end)) is not None \
            and (other := _name_at(tv, coord.end(), read.level, False)) is not None:
        read.end = other[0]
        read.more.append(other[1])
    return read
