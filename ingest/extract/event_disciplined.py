"""Persons an event's stretch of text names as the one disciplined — the matter of a meeting
about discipline, not one who sat at it (as the dev gold has it: the chair of the Inspection
Commission took part; the official it concluded on did not).

A person is disciplined where a mention stands, in its clause, right after a word of
discipline ("thi hành kỷ luật … đối với ông A", "cảnh cáo đồng chí A") or before "bị" and such
a word ("A cũng bị Tỉnh ủy kỷ luật", "ông A, Phó Giám đốc Sở, bị cách chức"). Named so once
in the stretch, the person is left out even where another sentence names them plainly (a
caption, "Thời gian giữ cương vị Bí thư, ông A …") — unless a sentence that dates the meeting
names them acting at it, speaking or chairing ("Ông A phát biểu tại một hội nghị ngày 28-2").

The discipline must be this meeting's matter: told in a sentence that dates it, or in one that
names no other gathering and no day ("A cũng bị Tỉnh ủy kỷ luật"). "Ngày 7/5, Ban Chấp hành
Trung ương đã quyết định thi hành kỷ luật ông A", or a plenum's communiqué quoted, tells of
another meeting, and A may well attend this one (the handover of his new post). "Vi phạm"
alone makes no one disciplined: the one who reports or concludes on a violation is named
after it too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import day_mentions
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.extract.phrases import lower_text
from cadregraph.ingest.records import Person

AFTER_WORD = 70  # characters: a name this close after a word of discipline is its object


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a word of discipline ending the words before a name — in one clause, with no comma
    between; "bị" and a word of discipline after a name, a title between commas allowed; a
    verb of speaking or chairing after a name, likewise)."""
    lists = vocabulary().lists
    words = _alternatives(lists["disciplined"])
    title = r"(?:\s*,[^,.;:!?\n]{1,80},)?\s+"
    before = re.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)[^.;:!?,\n]*$")
    after = re.compile(rf"(?i){title}(?:đã\s+|cũng\s+|vừa\s+)?bị\s+"
                       rf"(?:[^.;:!?,\n]{{0,40}}?\s)?(?:{words})(?!\w)")
    acts = re.compile(rf"(?i){title}(?:đã\s+)?(?:{_alternatives(lists['speech'] + ['chủ trì'])})"
                      r"(?!\w)")
    return before, after, acts


def _alternatives(phrases: list[str]) -> str:
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


def disciplined(context: Context, persons: Sequence[Person], first: int, stop: int,
                dating: set[int]) -> set[str]:
    """Names of the persons sentences first..stop-1 name as the one disciplined."""
    text = context.text
    lower = lower_text(text)  # (made once per text)
    if not any(word in lower for word in vocabulary().lists["disciplined"]):
        return set()
    before, after, acts = _patterns()
    out = set()
    for person in persons:
        mentions = [m for m in person.mentions if first <= m.sentence < stop]
        held = [m for m in mentions
                if before.search(text, max(context.sentences[m.sentence].start,
                                           m.start - AFTER_WORD), m.start)
                or after.match(text, m.end)]
        if not held or any(m.sentence in dating and acts.match(text, m.end) for m in mentions):
            continue  # the meeting's own report has the person speak or chair
        if any(m.sentence in dating or not _elsewhere(context, m.sentence) for m in held):
            out.add(person.name)
    return out


def _elsewhere(context: Context, index: int) -> bool:
    """Does a sentence give a day or name a gathering (another meeting than the event's)?"""
    text = context.sentences[index].text
    return bool(day_mentions(text)) or vocabulary().best(text) is not None
