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


# "/", "." or "-" after a digit, or after a digit and a space: each pattern opens with its
# literal, which `re` finds fast, and looks behind only there.
_SEPARATORS = tuple(re.compile(re.escape(sep) + r"(?:(?<=\d.)|(?<=\d\s.))") for sep in "/.-")


@lru_cache(maxsize=8)
def _digit_led_starts(text: str) -> tuple[int, ...]:
    """Every place a "d/m"-like token can start: a digit one to three characters before a
    "/", "." or "-" — where a digit follows it (or a space and a digit), as in each pattern
    read from here: not a number ending a sentence ("năm 2017.")."""
    found = set()
    size = len(text)
    for separator in _SEPARATORS:
        for hit in separator.finditer(text):
            at = hit.start()
            if not (at + 1 < size and (text[at + 1].isdecimal() or (
                    text[at + 1].isspace() and at + 2 < size and text[at + 2].isdecimal()))):
                continue
            before = text[at - 1]
            if before.isdigit():  # "3/", "12/"
                found.add(at - 1)
                if at >= 2 and text[at - 2].isdigit():
                    found.add(at - 2)
            elif before.isspace() and at >= 2 and text[at - 2].isdigit():  # "3 /", "12 /"
                found.add(at - 2)
                if at >= 3 and text[at - 3].isdigit():
                    found.add(at - 3)
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
