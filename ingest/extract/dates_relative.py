"""Days named relative to publication: "Chiều nay, Tỉnh ủy tổ chức họp báo …" is the day the
article was published; "hôm qua", "tối qua" the day before. Without a publication date (or a
full-date dateline) such a day has no date to give; with digits after it ("Sáng nay (30/6)")
the digits are read by `dates.day_mentions`.
"""

from __future__ import annotations

import datetime as dt
import re

from cadregraph.ingest.extract.dates import DayMention
from cadregraph.ingest.extract.literal_keys import key_starts
from cadregraph.ingest.extract.phrases import lowered

_RELATIVE = re.compile(r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|hôm)\s+(nay|qua)(?!\w)"
                       r"(?!\s*,?\s*\(?\s*\d)")
_TIME_WORDS = ("sáng", "chiều", "tối", "trưa", "hôm")  # as in `_RELATIVE`
_LENGTHS = sorted({len(word) for word in _TIME_WORDS})


def relative_days(text: str, published: dt.date | None) -> list[DayMention]:
    """Each "sáng nay", "chiều qua" … of `text`, as the day it names."""
    if published is None or ("nay" not in text and "qua" not in text):
        return []
    out = []
    for match in _relative_matches(text):
        day = published - dt.timedelta(days=1 if match.group(1).lower() == "qua" else 0)
        out.append(DayMention(match.start(), match.end(), day.day, day.month, day.year))
    return out


def _relative_matches(text: str) -> list[re.Match[str]]:
    """`_RELATIVE.finditer(text)`, tried only before each "nay" and "qua" of the lowered text
    (`str.find`): `re` would try the case-insensitive pattern at every character. A match is
    a time word, the spaces before the "nay"/"qua", and it: it starts that word's length before
    those spaces; no two matches can overlap."""
    lower = lowered(text)
    if lower is None:
        return list(_RELATIVE.finditer(text))
    starts = []
    for at in key_starts(lower, ("nay", "qua")):  # (no letter `re` matches beyond two cases)
        spaces = at
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        if spaces < at:
            starts += [spaces - size for size in _LENGTHS if spaces >= size]
    return [match for at in sorted(starts) if (match := _RELATIVE.match(text, at))]
