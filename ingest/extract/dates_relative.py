"""Days named relative to publication: "Chiều nay, Tỉnh ủy tổ chức họp báo …" is the day the
article was published; "hôm qua", "tối qua" the day before. Without a publication date (or a
full-date dateline) such a day has no date to give; with digits after it ("Sáng nay (30/6)")
the digits are read by `dates.day_mentions`.
"""

from __future__ import annotations

import datetime as dt
import re

from cadregraph.ingest.extract.dates import DayMention

_RELATIVE = re.compile(r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|hôm)\s+(nay|qua)(?!\w)"
                       r"(?!\s*,?\s*\(?\s*\d)")


def relative_days(text: str, published: dt.date | None) -> list[DayMention]:
    """Each "sáng nay", "chiều qua" … of `text`, as the day it names."""
    if published is None or ("nay" not in text and "qua" not in text):
        return []
    out = []
    for match in _RELATIVE.finditer(text):
        day = published - dt.timedelta(days=1 if match.group(1).lower() == "qua" else 0)
        out.append(DayMention(match.start(), match.end(), day.day, day.month, day.year))
    return out
