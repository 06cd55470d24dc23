"""The gazetteer unit spelled at a position of a text ("Long Xuyên", "Bà Rịa - Vũng Tàu",
"Đà nẵng"), the longest that fits a level word: the spelling half of `gazetteer_read`."""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.gazetteer import gazetteer

# Up to five words (the longest unit name) and the joints between them in one `re` call.
# Each joint is atomic, a spaced hyphen tried before a space alone, so that "Bà Rịa - Vũng
# Tàu" and "Thừa Thiên - Huế" read whole, as `Gazetteer.spelling` reads them.
_WORD_GROUP = r"([^\W\d_][\w'’]*+|\d++)"
_JOINT_GROUP = r"((?> ?- ?| ?– ?| ))"


@lru_cache(maxsize=1)
def _words_pattern() -> re.Pattern[str]:
    pattern = ""
    for _ in range(gazetteer().max_tokens - 1):
        pattern = f"(?:{_JOINT_GROUP}{_WORD_GROUP}{pattern})?"
    return re.compile(_WORD_GROUP + pattern)


def tokens(text: str, pos: int, limit: int) -> list[int]:
    """End offsets of the first 1..limit capitalised words (or numbers) from `pos`."""
    match = _words_pattern().match(text, pos)
    if match is None:
        return []
    ends: list[int] = []
    regs = match.regs
    for k, (start, end) in enumerate(regs[1:2 * limit:2]):
        if start < 0:
            break
        joint = regs[2 * k]  # (the whole match's span when k == 0)
        if k and joint[1] - joint[0] > 1 and text[joint[0]] == " ":
            break  # " - " joins a unit's known name only ("Bà Rịa - Vũng Tàu"), not a title
        word = text[start:end]
        if not (word[0].isupper() or word.isdigit()):
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


_UNSEEN = ("", "")  # no (level, name) pick is this very tuple
# `gazetteer().spelling(letter)` per first letter, without the two calls per reading
_BY_FIRST: dict[str, re.Pattern[str] | None] = {}


def _spelling(first: str) -> re.Pattern[str] | None:
    pattern = _BY_FIRST[first] = gazetteer().spelling(first)
    return pattern


# Longer than any key's spelling (22 letters, four " - " joints) and the boundary after it: a
# test keeps it so. Lower-casing this much of the text costs as much as the match.
WINDOW = 34


def unit_at(text: str, pos: int, level: str | None) -> tuple[int, str, str] | None:
    """(end, name, level) of the longest gazetteer unit spelled from `pos` that fits `level`;
    the first word is capitalised or a number (checked by the caller), the next may not be
    ("Đà nẵng", a frequent typo)."""
    window = text[pos:pos + WINDOW]
    low = window.lower()
    if len(low) == len(window):  # else lower-casing moved offsets: walk word by word
        first = low[0]
        spelling = _BY_FIRST[first] if first in _BY_FIRST else _spelling(first)
        match = None if spelling is None else spelling.match(low)
        if match is None:
            return None
        spelt = match.group(), level
        picked = _SPELT.get(spelt, _UNSEEN)
        if picked is _UNSEEN:
            picked = _SPELT[spelt] = _pick(" ".join(spelt[0].replace("-", " ").split()), level)
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
