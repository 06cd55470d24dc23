"""The article's own date, when it gives one: its `published` field, else a full-date crawl
prefix heading the text (" date 2025-10-03"); and the (year, month) of a month-only prefix
(" date 2017-03"), which dates the crawl, not the news (`dates_year` says when it may serve).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import make_date
from cadregraph.ingest.normalize.residue import crawl_prefix


def published(context: Context) -> dt.date | None:
    value = context.article.published
    if value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    prefix = _crawl_prefix(context)
    if prefix and prefix.group(3):
        return make_date(int(prefix.group(1)), int(prefix.group(2)), int(prefix.group(3)))
    return None


def _crawl_prefix(context: Context) -> re.Match[str] | None:
    """The crawl prefix of the raw text: only its head is read (and put in NFC)."""
    raw = context.article.text
    head = raw[:400].lstrip()  # the same 200 characters as raw.lstrip()[:200], uncopied
    if len(head) < 200 and len(raw) > 400:  # more than 200 spaces lead
        head = raw.lstrip()
    return crawl_prefix(unicodedata.normalize("NFC", head[:200]))


def crawl_month(context: Context) -> tuple[int, int] | None:
    """(year, month) of a month-only crawl prefix (" date 2021-03")."""
    prefix = _crawl_prefix(context)
    if prefix and not prefix.group(3):
        return int(prefix.group(1)), int(prefix.group(2))
    return None
