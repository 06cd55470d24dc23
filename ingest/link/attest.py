"""When an article attests a post as held: the date a holding is dated by, and its source.

Most articles carry no publication date, so a statement is dated, in order, by:
`published` (the article's date); `event` (the date of an event of the article stated in
the position's own sentence, else the earliest dated event the person took part in or whose
sentence names them); `dateline` (a full " date YYYY-MM-DD" line heading the crawled text,
which the extractor also reads as the publication date). A month-only crawl line dates the
crawl, not the article, and a term ("nhiệm kỳ 2020-2025", "khóa XV") never dates anything.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from cadregraph.ingest.normalize.residue import crawl_prefix
from cadregraph.ingest.rdf.keys import fold
from cadregraph.ingest.records import ArticleRecord, Event, Person, Position

Dated = tuple[str, str]  # (ISO date, source)


def iso_date(value: str | None) -> str | None:
    """The valid calendar date at the start of `value` (ISO), else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def dateline(record: ArticleRecord) -> str | None:
    match = crawl_prefix(unicodedata.normalize("NFC", record.article.text or ""))
    if not match or not match.group(3):
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def _involves(event: Event, person: Person) -> bool:
    name = fold(person.name)
    if any(fold(p) == name for p in event.participants):
        return True
    sentences = {m.sentence for m in person.mentions}
    return event.evidence is not None and event.evidence.sentence in sentences


def attested(record: ArticleRecord, person: Person, position: Position) -> Dated | None:
    """(date, source) at which `record` states `position` of `person`, or None."""
    published = iso_date(record.article.published)
    if published:
        return published, "published"
    dated = [(iso_date(e.date), e) for e in record.events]
    dated = [(d, e) for d, e in dated if d]
    if position.evidence is not None:
        sentence = position.evidence.sentence
        same = sorted(d for d, e in dated if e.evidence and e.evidence.sentence == sentence)
        if same:
            return same[0], "event"
    involved = sorted(d for d, e in dated if _involves(e, person))
    if involved:
        return involved[0], "event"
    line = dateline(record)
    return (line, "dateline") if line else None
