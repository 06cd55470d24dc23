"""An event as its reports are found: the day it is dated by, the cue that types it, the
sentences that report it; and the merging of reports into one event a day (events.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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
