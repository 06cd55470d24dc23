"""Where a date can start: the cheap scans that let the date patterns (`dates`,
`dates_year`) be tried at a few places instead of at every character of an article; and two
shapes `dates` reads beside them: a month in words, a short span of days."""

from __future__ import annotations

import datetime as dt
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


# A month in words, as legal texts may write it ("ngày 03 tháng bốn năm 2018", domain §7.1),
# read only with its year after it ("tháng năm" alone is no month). "giêng" and "chạp" name
# lunar months and are left out.
MONTH = (r"(\d{1,2}|(?i:mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
         r"(?= [nN]ăm \d{4}))")
_MONTHS = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
           "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}


def month_number(month: str) -> int:
    """The number of a month matched by `MONTH` ("4" or "bốn")."""
    return int(month) if month.isdigit() else _MONTHS[month.lower()]


# "từ ngày 11/12 – 17/12", "từ 28/2 đến 2/3/2024": both ends carry their month. Only a span
# of days is one meeting's (a longer one, "từ 1/7 đến 31/12", is a period of work).
_DAY_SPAN = re.compile(
    r"(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\2(\d{4}))?\s*(?:đến|tới|–|-)\s*(?:ngày\s+)?"
    r"(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\6(\d{4}))?(?![\d/]|\.\d)"
)
SPAN_DAYS = 14


def day_span(text: str, at: int) -> tuple[int, int, int, int | None, int | None] | None:
    """(end, first day, its month, year, last day when in the same month) of a short span
    "11/12 – 17/12" at `at`, or None."""
    if (span := _DAY_SPAN.match(text, at)) is None:
        return None
    day, month, last, last_month = (int(span.group(g)) for g in (1, 3, 5, 7))
    year = span.group(8) or span.group(4)
    first = _date(2000, month, day)  # (a leap year: only the distance between days counts)
    final = _date(2000 if last_month >= month else 2001, last_month, last)
    if first is None or final is None or not 0 < (final - first).days <= SPAN_DAYS:
        return None
    return span.end(), day, month, int(year) if year else None, (last if last_month == month
                                                                 else None)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
