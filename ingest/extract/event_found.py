"""An event as its reports are found: the day it is dated by, the cue that types it, the
sentences that report it; the merging of reports into one event a day (events.py); and where
the story of each report starts: at the headline-like lines right before the sentence that
dates it. A round-up tells several meetings, each under a line of its own that reads as a
headline, with no closing stop ("Đồng chí Bùi Văn Hai tái đắc cử Bí thư Tỉnh Đoàn Hậu Giang",
then "Chiều 6/10, Đại hội … tỉnh Hậu Giang …"), or under a photo's caption. Such a line belongs
to the story it heads, not to the meeting told before it: the person it names took part in the
next meeting. Only lines after the previous report are read back over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import DayMention
from cadregraph.ingest.extract.event_vocabulary import Cue


@dataclass
class Found:
    date: str | None
    cue: Cue
    sentence: int
    start: int  # where the dating expression starts
    # (first day, last day, month) written — one day but for a range ("từ ngày 5 đến 7/7")
    days: tuple[int, int, int] | None = None
    sentences: set[int] = field(default_factory=set)
    named: int | None = None  # the sentence the cue is in, when not the dating one


def last_day(mention: DayMention) -> int:
    """The last day of a mention's range, itself when it gives one day (or a range's end is
    not after its start)."""
    return max(mention.day, mention.last or 0)


def _spanning(earlier: Iterable[Found], item: Found) -> Found | None:
    """The meeting of the same type reported earlier over several days, one of which is this
    report's later day: "Trong 2 ngày 7 và 8-5, … tiến hành Đại hội" then "Ngày 8-5, đại hội
    làm việc chính thức" is one congress, dated by its first day."""
    if item.days is None:
        return None
    day, _, month = item.days
    for other in earlier:
        if (other.days and other.cue.type == item.cue.type and other.days[2] == month
                and other.days[0] < day <= other.days[1]):
            return other
    return None


def merge(found: list[Found]) -> list[Found]:
    """One event per date; undated reports of one type are one event too."""
    merged: dict[tuple[str | None, str | None], Found] = {}
    for item in found:
        key = (item.date, None) if item.date else (None, item.cue.type)
        spanning = _spanning(merged.values(), item)
        if spanning is not None and key not in merged:
            spanning.sentences.add(item.sentence)  # a later day of a meeting already reported
        elif key in merged:
            merged[key].sentences.add(item.sentence)
        else:
            item.sentences.add(item.sentence)
            merged[key] = item
    return sorted(merged.values(), key=lambda f: f.sentence)

_CLOSED = re.compile(r"[.!?…:;,\"”’)\]]\s*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
MIN_WORDS, MAX_WORDS = 4, 22  # a headline's length: more is a paragraph, less a label


def _headline(context: Context, index: int) -> bool:
    """Is sentence `index` a line of its own, unclosed, of a headline's length?"""
    sentence = context.sentences[index]
    text = sentence.text.strip()
    if not text or _CLOSED.search(text):
        return False
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return False
    # It ends its line (the next character is a line break or the text's end).
    return _LINE_END.match(context.text, sentence.end) is not None


def story_start(context: Context, after: int, report: int) -> int:
    """The first sentence of the story whose report is sentence `report`: `report` itself, or
    the first of the headline-like lines right before it (all after sentence `after`, the
    previous report's)."""
    start = report
    while start - 1 > after and _headline(context, start - 1):
        start -= 1
    return start
