"""Which year an event's "3/4" belongs to (contract §events; domain §7).

In order: a year written with the day itself; the publication date (`published`, or a
full-date dateline " date 2025-10-03" heading the crawled text — such a full-date line equals
`published` wherever both exist); the later of the latest full non-biographical date in the
text ("Nghị quyết số 12/NQ-HĐND ngày 18/7/2023") and the working year of the text ("tổng kết
công tác … năm 2017 và phương hướng … năm 2018" → 2018, "6 tháng đầu năm 2017"), provided no
later year is named anywhere (else the full date is history); a month-year of the event's own
month when it is the latest month-year in the text ("từ 2/2016-5/2017" for an event on 10/5).
Never a term or session number ("nhiệm kỳ 2020-2025", "kỳ họp thứ 15"), a target year ("đến
năm 2030"), a biography year ("sinh năm 1964") or a month-only crawl prefix (" date 2017-03")
for a day in another month: such a prefix dates the crawl, which may come years later — but a
crawl in the event's own month ("18.3" under " date 2021-03") is taken to share its year.
Otherwise None: a wrong year is worse than none. A day after the publication date belongs to
the year before — or, within two months after it, is an announced event not yet held; a day
taken back to the year before must fall within a season (LATE) of publication, else it is
history of a year the text does not give. Working years are `dates_work`'s to say.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property, lru_cache

from cadregraph.ingest.extract.context import Context, in_text
from cadregraph.ingest.extract.dates import (
    DayMention,
    FullDate,
    day_mentions,
    full_dates,
    make_date,
)
from cadregraph.ingest.extract.dates_published import crawl_month, published
from cadregraph.ingest.extract.dates_scan import scan_digit_led
from cadregraph.ingest.extract.dates_work import WorkYear, lunar_years, work_years
from cadregraph.ingest.extract.event_vocabulary import Cue, vocabulary
from cadregraph.ingest.extract.phrases import lower_text
from cadregraph.ingest.records import Sentence

_REVIEW = re.compile(r"(?i)(?:sơ|tổng) kết\s+(?:\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm")
_ANY_YEAR = re.compile(r"[nN]ăm\s+((?:19|20)\d\d)(?!\s*[-–—]\s*\d|\d)")
# A quarter names its year as "năm" does: "quý II/2024", "quý 2/2026" (domain §7.2).
_QUARTER_YEAR = re.compile(r"[qQ]uý\s+(?:[IV]{1,3}|[1-4])\s?[/.-]\s?((?:19|20)\d\d)(?![\d/])")
_TARGET_BEFORE = re.compile(r"(?i)(?=[đtm])(?:đến|tới|tầm nhìn|định hướng|mục tiêu)\s*$")
# Each opens with a literal so that `re` skips ahead fast: "35/2023/UBTVQH15" from its first
# slash; "nhiệm kỳ 2016-2021", "khóa IX (2016-2021)".
_NORMATIVE_YEAR = re.compile(r"/(?<=\d/)((?:19|20)\d\d)/[A-ZĐ]")
_RANGE = r"\s*\(?\s*((?:19|20)\d\d)\s?[-–]\s?(?:19|20)\d\d"
_TERMS = (re.compile(r"nhiệm kỳ" + _RANGE), re.compile(r"khóa [IVXL]+,?" + _RANGE))
_MONTH_YEAR = re.compile(r"(\d{1,2})\s?[/.-]\s?((?:19|20)\d\d)(?![\d/]|-[^\W\d_])")

SOON = 60  # days: a day this close after publication is a plan, not last year's event
LATE = 120  # days: news of last year's meeting runs within a season of it, not later
# days: an event this far before a date the text cites is of another year ("Ngày 25.5" beside a
# conclusion "ngày 5.6.2012"); a day or two before is a meeting's own span ("4 - 5/10/2022").
AFTER_CITED = 7
# Before a full date, what makes it a date to come, not one the text looks back on: a start
# or deadline ("từ ngày 1/7/2025"), or an anniversary's end ("(27/7/1947 - 27/7/2017)").
_AHEAD_BEFORE = re.compile(r"(?i)(?:(?:từ|đến|trước|hạn|hết|tới)\s+(?:ngày\s+)?|\d{4}\s*[-–]\s*)$")
# … unless "thì"/"mới" tells what came of it by then: "đến ngày 9/11/2016 thì được phê duyệt".
_PAST_AFTER = re.compile(r"[\d/.\-–]+\s*,?\s*(?:thì|mới)(?!\w)")
# A sentence proposing or planning: a start or deadline in it is still to come.
_PROPOSED = re.compile(r"(?i)(?<!\w)(?:sẽ|đề nghị|dự kiến|đề xuất|kiến nghị)(?!\w)")


class YearClues:
    """What the article says about years; the text is only read when `published` is missing."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.published = published(context)
        self.crawl_month = None if self.published else crawl_month(context)
        self._cues: dict[int, Cue | None] = {}

    def best_cue(self, sentence: Sentence) -> Cue | None:
        """`vocabulary().best(sentence.text)`, read once per sentence of this article (a
        sentence is asked about for each of its dates and years), and in the article's text."""
        if sentence.index not in self._cues:
            self._cues[sentence.index] = (
                vocabulary().best_in(self.context.text, sentence.start, sentence.end)
                if in_text(self.context.text, sentence) else vocabulary().best(sentence.text))
        return self._cues[sentence.index]

    @cached_property
    def _full_dates(self) -> list[FullDate]:
        return full_dates(self.context.text)

    @cached_property
    def latest_full_date(self) -> dt.date | None:
        """The latest full date, not one to come in a proposal ("đề nghị từ ngày 1/1/2018 sẽ
        bãi bỏ …", said in July 2017): it does not tell the text's year."""
        return max((f.date for f in self._full_dates if not self._proposed(f)), default=None)

    def _proposed(self, full: FullDate) -> bool:
        text = self.context.text
        sentence = self.context.sentence_at(full.start)
        return bool(_AHEAD_BEFORE.search(text, max(0, full.start - 20), full.start)
                    and not _PAST_AFTER.match(text, full.start) and sentence is not None
                    and _PROPOSED.search(sentence.text))

    @cached_property
    def reviews(self) -> bool:
        """Does the text review years ("sơ kết 1 năm …")? Searched where the words are (tests)."""
        low = lower_text(self.context.text)
        return ("ơ kết" in low or "ng kết" in low) and _REVIEW.search(self.context.text) is not None

    @cached_property
    def latest_cited_date(self) -> dt.date | None:
        """The latest full date the text looks back on (not "từ ngày 1/7/2025", a start)."""
        text = self.context.text
        return max((f.date for f in self._full_dates
                    if not _AHEAD_BEFORE.search(text, max(0, f.start - 20), f.start)
                    or _PAST_AFTER.match(text, f.start)), default=None)

    @cached_property
    def latest_month_year(self) -> tuple[int, int] | None:
        """(year, month) of the latest month-year ("5/2017", "tháng 9/2020") in the text."""
        found = []
        for match in scan_digit_led(_MONTH_YEAR, self.context.text):
            month, year = int(match.group(1)), int(match.group(2))
            if 1 <= month <= 12 and not _glued_before(self.context.text, match.start()):
                found.append((year, month))
        return max(found, default=None)

    @cached_property
    def dating_sentences(self) -> set[int]:
        """Sentences that date an event: with a cue-led day, or "cùng ngày" (the day before)."""
        found = (self.context.sentence_at(m.start) for m in day_mentions(self.context.text))
        return ({sentence.index for sentence in found if sentence}
                | {s.index for s in self.context.sentences if "ùng ngày" in s.text})

    @cached_property
    def _work_years(self) -> list[WorkYear]:
        return (work_years(self, _year_mentions(self.context.text))
                + lunar_years(self.context.text))

    def work_year(self, month: int) -> int | None:
        """The working year of a meeting in `month`, if nothing in the text is more recent."""
        years = [year for work in self._work_years if (year := work.of_month(month))]
        return max(years) if years and max(years) >= self.latest_year else None

    @cached_property
    def latest_year(self) -> int:
        """The latest year the text states at all, target years and terms aside."""
        month_year = self.latest_month_year
        return max([month_year[0] if month_year else 0] + [f.date.year for f in self._full_dates]
                   + _all_years(self.context.text))


@lru_cache(maxsize=8)
def _year_mentions(text: str) -> tuple[re.Match[str], ...]:
    """`_ANY_YEAR.finditer(text)` and `_QUARTER_YEAR`'s, tried only where "năm"/"Năm" (or
    "quý"/"Quý") is (found by `str.find`)."""
    out = []
    for word, pattern in (("năm", _ANY_YEAR), ("Năm", _ANY_YEAR), ("quý", _QUARTER_YEAR),
                          ("Quý", _QUARTER_YEAR)):
        at = text.find(word)
        while at >= 0:
            if match := pattern.match(text, at):
                out.append(match)
            at = text.find(word, at + 1)
    return tuple(sorted(out, key=lambda m: m.start()))


def _glued_before(text: str, start: int) -> bool:
    return bool(start) and text[start - 1] in "0123456789/."


def year_clues(context: Context) -> YearClues:
    return YearClues(context)


def _all_years(text: str) -> list[int]:
    """Every "năm YYYY" except target years ("đến năm 2030") and terms ("2020-2025"); the year
    of a normative document cited ("Nghị quyết số 35/2023/UBTVQH15": the text is not older);
    and the year before a term cited ("nhiệm kỳ 2016-2021" is named from its eve on)."""
    out = []
    for match in _year_mentions(text):
        if not _TARGET_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            out.append(int(match.group(1)))
    out += [int(m.group(1)) for m in _NORMATIVE_YEAR.finditer(text)]
    out += [int(m.group(1)) - 1 for term in _TERMS for m in term.finditer(text)]
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
            if date and (clues.published - date).days > LATE:
                return None  # a day long before publication: history of unknown year
        return date.isoformat() if date else None
    if clues.crawl_month and clues.crawl_month[1] == mention.month:
        # Crawled in the event's own month: the crawl's year is the event's.
        date = make_date(clues.crawl_month[0], mention.month, mention.day)
        return date.isoformat() if date else None
    # The latest explicit year: a full date's or the working year's, whichever is later —
    # unless the text names a later year still, so that the full date is history.
    work_year = clues.work_year(mention.month)
    years = [clues.latest_full_date.year if clues.latest_full_date else 0, work_year or 0]
    if max(years):
        year = max(years)
        if clues.latest_year > year:
            return None
        if year != work_year and clues.reviews:
            # "sơ kết 1 năm thực hiện Quy định … ngày 3/3/2016": the meeting comes years
            # after the document's date, which only bounds its year.
            return None
    elif clues.latest_month_year and clues.latest_month_year[1] == mention.month:
        # The latest time the text states is the event's own month ("từ 2/2016-5/2017").
        year = clues.latest_month_year[0]
    else:
        return None
    date = make_date(year, mention.month, mention.day)
    cited = clues.latest_cited_date
    if date and cited and (cited - date).days > AFTER_CITED:
        # A text is no older than the past dates it cites: a day of that year well before
        # them belongs to a later year the text does not give ("sáng 27-6" beside a decision
        # "ngày 9-9-2016").
        return None
    return date.isoformat() if date else None
