"""Which year an event's "3/4" belongs to (contract §events; domain §7).

In order: a year written with the day itself; the publication date (`published`, or a
full-date dateline " date 2025-10-03" heading the crawled text — such a full-date line equals
`published` wherever both exist); the latest full non-biographical date in the text
("Nghị quyết số 12/NQ-HĐND ngày 18/7/2023"); a working year in the text ("tổng kết công tác
… năm 2017 và phương hướng … năm 2018" → 2018, "6 tháng đầu năm 2017"); a month-year of the
event's own month ("từ 2/2016-5/2017" for an event on 10/5, when it is the latest month-year in the text). Never a term or session number
("nhiệm kỳ 2020-2025", "kỳ họp thứ 15"), a target year ("đến năm 2030"), a biography year
("sinh năm 1964") or a month-only crawl prefix (" date 2017-03"). Otherwise None: a wrong
year is worse than none. A day after the publication date belongs to the year before — or,
within two months after it, is an announced event not yet held, which has no date to give.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import DayMention, full_dates, make_date
from cadregraph.ingest.extract.event_vocabulary import NOUN, vocabulary
from cadregraph.ingest.normalize.residue import crawl_prefix

# "năm 2024" shortly after a word that makes it the working year of a report or meeting.
_WORK_WORD = re.compile(
    r"(?i)(?<!\w)(?:công tác|nhiệm vụ|kết quả|tổng kết|sơ kết|phương hướng|kế hoạch|chỉ tiêu|"
    r"hoạt động|thi đua|trong|đầu|cuối|trọng tâm|dân vận|chương trình|của|hội nghị|đại hội)"
    r"(?:,?\s+[\w.]+){0,6},?\s*$"
)
_NOT_WORK_YEAR = re.compile(
    r"(?i)(?:đến|tới|tầm nhìn|định hướng|mục tiêu|giai đoạn|từ|sinh|vào đảng|nhiệm kỳ|khóa|"
    r"trước|sau|kể từ|vào)\s*$"
)
_ANY_YEAR = re.compile(r"(?i)năm\s+((?:19|20)\d\d)(?!\s*[-–—]\s*\d|\d)")
_TARGET_BEFORE = re.compile(r"(?i)(?:đến|tới|tầm nhìn|định hướng|mục tiêu)\s*$")
_MONTH_YEAR = re.compile(r"(?<![\d/.])(?:tháng\s+)?(\d{1,2})\s?[/.-]\s?((?:19|20)\d\d)(?![\d/]|-[^\W\d_])")


SOON = 60  # days: a day this close after publication is a plan, not last year's event


@dataclass
class YearClues:
    published: dt.date | None = None
    latest_full_date: dt.date | None = None
    work_year: int | None = None
    latest_month_year: tuple[int, int] | None = None  # (year, month) of the latest "5/2017"


def _published(context: Context) -> dt.date | None:
    value = context.article.published
    if value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    prefix = crawl_prefix(unicodedata.normalize("NFC", context.article.text))
    if prefix and prefix.group(3):
        return make_date(int(prefix.group(1)), int(prefix.group(2)), int(prefix.group(3)))
    return None


def year_clues(context: Context) -> YearClues:
    text = context.text
    clues = YearClues(published=_published(context))
    dates = [f.date for f in full_dates(text)]
    clues.latest_full_date = max(dates) if dates else None
    years = [int(m.group(1)) for m in _ANY_YEAR.finditer(text) if _working_year(context, m)]
    month_years = []
    for match in _MONTH_YEAR.finditer(text):
        month, year = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            month_years.append((year, month))
    clues.latest_month_year = max(month_years) if month_years else None
    # A working year is strong context only if nothing in the text is more recent.
    latest = max([y for y, _ in month_years] + [d.year for d in dates] + _all_years(text),
                 default=0)
    if years and max(years) >= latest:
        clues.work_year = max(years)
    return clues


def _working_year(context: Context, match: re.Match[str]) -> bool:
    """Is this "năm YYYY" the year of the work or meeting the sentence is about?"""
    text = context.text
    if _NOT_WORK_YEAR.search(text, max(0, match.start() - 20), match.start()):
        return False
    sentence = context.sentence_at(match.start())
    begin = sentence.start if sentence else max(0, match.start() - 80)
    if _WORK_WORD.search(text, max(begin, match.start() - 80), match.start()):
        return True
    cue = vocabulary().best(sentence.text) if sentence else None
    return cue is not None and cue.priority >= NOUN


def _all_years(text: str) -> list[int]:
    """Every "năm YYYY" except target years ("đến năm 2030") and terms ("2020-2025")."""
    out = []
    for match in _ANY_YEAR.finditer(text):
        if not _TARGET_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            out.append(int(match.group(1)))
    return out


def event_date(mention: DayMention, clues: YearClues) -> str | None:
    """ISO date of the day in `mention`, or None when its year cannot be known."""
    if mention.year:
        date = make_date(mention.year, mention.month, mention.day)
        return date.isoformat() if date else None
    if clues.published:
        date = make_date(clues.published.year, mention.month, mention.day)
        if date and date > clues.published:
            if (date - clues.published).days <= SOON:
                return None  # announced for the coming days, not yet held
            date = make_date(clues.published.year - 1, mention.month, mention.day)
        return date.isoformat() if date else None
    if clues.latest_full_date:
        year = clues.latest_full_date.year
    elif clues.work_year:
        year = clues.work_year
    elif clues.latest_month_year and clues.latest_month_year[1] == mention.month:
        # The latest time the text states is the event's own month ("từ 2/2016-5/2017").
        year = clues.latest_month_year[0]
    else:
        return None
    date = make_date(year, mention.month, mention.day)
    return date.isoformat() if date else None
