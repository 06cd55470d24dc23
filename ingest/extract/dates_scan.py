"""Where a date can start: the cheap scans that let the date patterns (`dates`,
`dates_year`) be tried at a few places instead of at every character of an article."""

from __future__ import annotations

import re
from functools import lru_cache


def by_first_letter(words: str) -> str:
    """The alternation "w1|w2|…" of plain words as one branch per first letter,
    "c(?:hỉ thị|ông văn)|…": `re` tries every branch at every position, so that a position is
    left after one test per letter instead of one per word. The same strings match, only
    tried in another order: a search finds a match exactly when the plain alternation does
    (though maybe not the same one), which is all the patterns built with it are asked."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


# A digit right before "/", "." or "-", or before a space and one: the pattern opens with the
# digit class, which `re` skips ahead to in C (a class of one case), and looks ahead only there.
_BEFORE_SEPARATOR = re.compile(r"\d(?=\s?[/.-])")


@lru_cache(maxsize=8)
def _digit_led_starts(text: str) -> tuple[int, ...]:
    """Every place a "d/m"-like token can start: a digit one to three characters before a
    "/", "." or "-" — the digit before it (or before the space before it), and the one before
    that — where a digit follows the separator (or a space and a digit), as in each pattern
    read from here: not a number ending a sentence ("năm 2017.")."""
    found = set()
    size = len(text)
    for hit in _BEFORE_SEPARATOR.finditer(text):
        at = hit.start()
        after = at + 2 if text[at + 1] in "/.-" else at + 3  # just after the separator
        if after < size and (text[after].isdecimal() or (
                text[after].isspace() and after + 1 < size and text[after + 1].isdecimal())):
            found.add(at)
            if at >= 1 and text[at - 1].isdigit():
                found.add(at - 1)
    return tuple(sorted(found))


@lru_cache(maxsize=8)
def _month_word_starts(text: str) -> tuple[int, ...]:
    """Every place a "d tháng m" can start: a digit three or four characters before "háng"."""
    found = []
    at = text.find("háng")
    while at >= 0:
        found += [s for s in (at - 4, at - 3) if s >= 0 and text[s].isdigit()]
        at = text.find("háng", at + 1)
    return tuple(found)


def scan_digit_led(pattern: re.Pattern[str], text: str, words: bool = False) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern opening with \\d{1,2}, then \\s?[/.-] — or, with
    `words`, " tháng"/" Tháng". Such a match can start only a few characters before its
    separator, so the pattern is tried there alone rather than by `re` at every character.
    """
    out: list[re.Match[str]] = []
    last = 0
    for at in _month_word_starts(text) if words else _digit_led_starts(text):
        if at >= last and (match := pattern.match(text, at)):
            out.append(match)
            last = match.end()
    return out
