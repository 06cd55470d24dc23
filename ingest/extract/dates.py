"""Day/month expressions that date an event, and full dates ("18/7/2023") anywhere in a text.

Vietnamese writes the day first, with "/", "-" or "." ("3/4", "8-8", "18.3" are 3 April,
8 August, 18 March; domain §7.1). A bare "d/m" is not a date without a cue word: it may be a
document number, a batch name or a place ("đợt 2/9", "Trạm bơm 3 tháng 2"), and "12.800" is a
number. So an *event day* needs a time-of-day or "ngày" cue in front of it ("Sáng 3/4",
"chiều nay (30/6)", "Sáng nay, 16-10-2015", "Ngày 01-02/4/2019", "Từ ngày 27 đến ngày
30-6-2017"), and cues that point away from a meeting ("sinh ngày", "kể từ ngày", "trước
ngày", a document's own date "12/NQ-HĐND ngày 18/7/2023") are refused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cadregraph.ingest.extract.dates_refused import refused
from cadregraph.ingest.extract.dates_scan import (
    MONTH,
    by_first_letter,
    day_span,
    month_number,
    scan_digit_led,
)
from cadregraph.ingest.extract.phrases import lower_text


@dataclass(frozen=True)
class DayMention:
    start: int  # span of the whole expression, cue included
    end: int
    day: int
    month: int
    year: int | None  # only when written in the expression itself
    last: int | None = None  # the last day of a range ("27 đến 30-6"), same month


@dataclass(frozen=True)
class FullDate:
    start: int
    date: dt.date


_SEP = r"\s?([/.-])\s?"
# d/m, d/m/yyyy with the same separator; never glued to more digits or a slash ("12.800").
_DAY_MONTH = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}})(?:\2(\d{{4}}))?(?![\d/]|\.\d)")
# "27 đến 30-6", "6 và 7/8", "13, 14 và 15-8" (the days between listed): the first day dates
# the event, the last ends its range.
_DAY_RANGE = re.compile(
    rf"(\d{{1,2}})(?:\s*,\s*\d{{1,2}})*\s*(?:và|đến|tới|–|-|,)\s*(?:ngày\s+)?(\d{{1,2}}){_SEP}"
    rf"(\d{{1,2}})"
    r"(?:\3(\d{4}))?(?![\d/]|\.\d)"
)
# The words form of legal texts and minutes: "ngày 24 tháng 11 năm 2017", "tháng bốn" (§7.1).
_DAY_WORDS = re.compile(rf"(\d{{1,2}}) [tT]háng {MONTH}(?: [nN]ăm (\d{{4}}))?(?!\d)")
# … but after "<Place>, " it is a document's dateline: "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022".
_DATELINE_BEFORE = re.compile(r"[A-ZĐ][\w]*,\s*$")
_TIME_CUE = re.compile(
    r"(?i)(?<!\w)(?:(?:sáng|chiều|tối|trưa|đêm|khuya|hôm)(?:\s+(?:nay|qua|sớm),?)?"
    r"|(?<!\w)ngày|hôm nay)"
    r"(?:\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật),?)?(?:\s+ngày)?\s*\(?\s*(?=\d)"
)
_RANGE_CUE = re.compile(
    r"(?i)(?<!\w)(?:(?:trong|suốt)\s+(?:hai|2|ba|3|các|những)\s+ngày|các\s+ngày|từ\s+ngày|từ)\s+(?=\d)"
)
# Full dates anywhere ("18/7/2023", "ngày 26 tháng 01 năm 2018", stamps "05/04/2019 10:11",
# "Thứ ba, 13 Tháng 10 2015 09:10").
# Patterns start with a digit class so that `re` skips ahead fast; what may not precede the
# first digit is checked in code.
_FULL_NUMERIC = re.compile(r"(\d{1,2})\s?([/.-])\s?(\d{1,2})\2(\d{4})(?![\d/])")
_FULL_WORDS = re.compile(rf"(\d{{1,2}}) [tT]háng {MONTH}(?: [nN]ăm|,)? (\d{{4}})(?!\d)")
_CANDIDATE = re.compile(r"\d{1,2}\s?[/.-]\s?\d{1,2}")
# A day of the lunar calendar ("tức ngày 7 tháng 3 âm lịch") is no day of the solar calendar
# meetings are dated by: it names the same day as the solar date beside it, or a festival's.
_LUNAR_AFTER = re.compile(r"\s*(?:\(\s*)?(?:[aâ]m lịch|ÂL)(?!\w)", re.IGNORECASE)
_BIOGRAPHY_BEFORE = re.compile(
    r"(?i)(?=[svcnktmq])(?:"  # the words' first letters
    + by_first_letter("sinh|vào đảng|chính thức|nhập ngũ|kết nạp|tốt nghiệp|mất|từ trần|qua đời")
    + r")"
    r"\s*(?:ngày|năm)?\s*:?\s*$"
)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around every "d/m"-like token, where a cue could lead to it."""
    spans: list[tuple[int, int]] = []
    found = scan_digit_led(_CANDIDATE, text) + scan_digit_led(_DAY_WORDS, text, words=True)
    for match in sorted(found, key=lambda m: m.start()):
        start, end = max(0, match.start() - 60), match.end()
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def day_mentions(text: str) -> list[DayMention]:
    """Every cue-led day/month expression in `text` that can date a meeting."""
    found: dict[int, DayMention] = {}
    windows = _windows(text)
    if windows:
        lower = lower_text(text)
        for start, end in windows:
            _mentions_in(text, lower, start, end, found)
    return sorted(found.values(), key=lambda m: m.start)


# Where each cue can start, found in the lower-cased text: (part, offset in the
# cue word, whether it opens a range cue). A word holding "s" or "i" is found by a part
# without them, since (?i) also matches "ſ" and "ı", which lower-casing leaves as they are.
_CUE_STARTS = (("trong", 0, True), ("uốt", 1, True), ("các", 0, True), ("từ", 0, True),
               ("áng", 1, False), ("ều", 3, False), ("tố", 0, False), ("trưa", 0, False),
               ("đêm", 0, False), ("khuya", 0, False), ("hôm", 0, False), ("ngày", 0, False))


_CUE_PARTS = {part: (offset, is_range) for part, offset, is_range in _CUE_STARTS}


def _part_starts(lower: str, begin: int, stop: int) -> list[tuple[int, str]]:
    """Every place a cue part starts in lower[begin:stop] (overlapping ones too), with the
    part: each part found by `str.find`, in C, where `re` would try a pattern at each letter
    a part can start with — most letters."""
    out = []
    find = lower.find
    window = lower[begin:stop]  # `in` first: cheaper to call than a `find` with bounds
    for part in _CUE_PARTS:
        if part not in window:
            continue
        found = find(part, begin, stop)
        while found >= 0:
            out.append((found, part))
            found = find(part, found + 1, stop)
    return out


def _cue_matches(text: str, lower: str, begin: int,
                 stop: int) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """`_RANGE_CUE.finditer(text, begin, stop)` and the same of `_TIME_CUE`, each pattern
    tried only where one of its cue words starts: `re` would try the case-insensitive
    alternation at every character of the window."""
    if len(lower) != len(text):  # lower case changed the offsets ("İ")
        return (list(_RANGE_CUE.finditer(text, begin, stop)),
                list(_TIME_CUE.finditer(text, begin, stop)))
    ranges: set[int] = set()
    times: set[int] = set()
    for found, part in _part_starts(lower, begin, stop):
        offset, is_range = _CUE_PARTS[part]
        at = found - offset
        if at >= begin:  # the part lies in the window, and so does its word's start
            (ranges if is_range else times).add(at)
    return _matches(_RANGE_CUE, text, ranges, begin, stop), _matches(_TIME_CUE, text, times,
                                                                     begin, stop)


def _matches(pattern: re.Pattern[str], text: str, starts: set[int], begin: int,
             stop: int) -> list[re.Match[str]]:
    """`pattern.finditer(text, begin, stop)` for a pattern that can only match at `starts`."""
    out: list[re.Match[str]] = []
    last = begin
    for at in sorted(starts):
        if at >= last and (match := pattern.match(text, at, stop)):
            out.append(match)
            last = match.end()
    return out


def _mentions_in(text: str, lower: str, begin: int, stop: int,
                 found: dict[int, DayMention]) -> None:
    # The refusal test reads the words before the cue with two patterns: it runs last.
    range_cues, time_cues = _cue_matches(text, lower, begin, stop)
    for match in range_cues:
        rng = _DAY_RANGE.match(text, match.end())
        if (rng and _valid(int(rng.group(1)), int(rng.group(4)))
                and not _LUNAR_AFTER.match(text, rng.end()) and not refused(text, match.start())):
            year = int(rng.group(5)) if rng.group(5) else None
            found[match.start()] = DayMention(
                match.start(), rng.end(), int(rng.group(1)), int(rng.group(4)), year,
                int(rng.group(2))
            )
        elif (span := day_span(text, match.end())) and not refused(text, match.start()):
            found[match.start()] = DayMention(match.start(), *span)
    for match in time_cues:
        if match.start() in found:
            continue
        rng = _DAY_RANGE.match(text, match.end())
        single = _DAY_MONTH.match(text, match.end())
        words = None if single else _DAY_WORDS.match(text, match.end())
        last = None
        if rng and _valid(int(rng.group(1)), int(rng.group(4))):
            day, month, year_text, end = (int(rng.group(1)), int(rng.group(4)), rng.group(5),
                                          rng.end())
            last = int(rng.group(2))
        elif single and _valid(int(single.group(1)), int(single.group(3))):
            day, month, year_text, end = (int(single.group(1)), int(single.group(3)),
                                          single.group(4), single.end())
        elif (words and _valid(int(words.group(1)), month_number(words.group(2)))
              and not _DATELINE_BEFORE.search(text, max(0, match.start() - 40), match.start())):
            day, month, year_text, end = (int(words.group(1)), month_number(words.group(2)),
                                          words.group(3), words.end())
        else:
            continue
        if (any(m.start <= match.start() < m.end for m in found.values())
                or _LUNAR_AFTER.match(text, end) or refused(text, match.start())):
            continue
        found[match.start()] = DayMention(
            match.start(), end, day, month, int(year_text) if year_text else None, last
        )


def full_dates(text: str) -> list[FullDate]:
    """Complete dates written in `text`, except biographical ones (births, party admission)."""
    out = []
    for pattern, (d, m, y) in ((_FULL_NUMERIC, (1, 3, 4)), (_FULL_WORDS, (1, 2, 3))):
        for match in scan_digit_led(pattern, text, words=pattern is _FULL_WORDS):
            if match.start() and text[match.start() - 1] in "0123456789/.":
                continue
            if _BIOGRAPHY_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            date = make_date(int(match.group(y)), month_number(match.group(m)),
                             int(match.group(d)))
            if date and 1945 <= date.year <= 2100:
                out.append(FullDate(match.start(), date))
    return sorted(out, key=lambda f: f.start)
