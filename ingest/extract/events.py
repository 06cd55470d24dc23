"""Events: meetings, sessions, congresses, visits and ceremonies reported on a given day.

A sentence reports an event when it holds a cue-led day ("Sáng 3/4", "chiều 28/11" in a
caption, "Từ ngày 27 đến ngày 30-6-2017"; dates.py) and an event word (event_vocabulary.tsv),
and does not speak of plans ("sẽ", "dự kiến"); a statement or document between the day and
the event word ("Ngày 14/6, Huyện ủy cho biết … đã họp") dates the statement, not the event.
"Cùng ngày"/"chiều cùng ngày" with an event word reports another event on the day last given.
General activity over a period carries no cue-led day and is never an event. Mentions of one
day in one article are one event (a lead and a caption describe the same meeting); its type
comes from the first mention. A later day of a meeting reported over several days is that
meeting; a meeting years before the article's own time is history it recalls, not an event;
where nothing else is found, a lead's day dates a gathering named later by reference
("tại buổi lễ", event_anaphora.py); and where the text gives no day at all, a meeting it
reports as held ("Tham dự đại hội có …", "Tại kỳ họp, …") is one event with no date
(event_undated.py).
"""

from __future__ import annotations

import datetime as dt
import re

from cadregraph.ingest.extract.context import Context, in_text
from cadregraph.ingest.extract.dates import DayMention, day_mentions
from cadregraph.ingest.extract.dates_relative import relative_days
from cadregraph.ingest.extract.dates_year import YearClues, event_date, year_clues
from cadregraph.ingest.extract.event_absent_mentions import commemorated
from cadregraph.ingest.extract.event_anaphora import referenced_meeting
from cadregraph.ingest.extract.event_found import Found, last_day, merge, story_start
from cadregraph.ingest.extract.event_hosts import host_bodies, title_spans
from cadregraph.ingest.extract.event_participants import (
    absent_sentences,
    going_on,
    participants,
)
from cadregraph.ingest.extract.event_undated import undated_meeting
from cadregraph.ingest.extract.event_vocabulary import Cue, Vocabulary, vocabulary
from cadregraph.ingest.extract.names_leaders import leader_names
from cadregraph.ingest.extract.phrases import PhraseSet
from cadregraph.ingest.records import Event, Evidence, Organization, Person, Sentence

_SAME_DAY = re.compile(r"(?i)(?<!\w)(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày(?!\w)")
_NAME_END = re.compile(r"[,.;:(\n]|\s-\s")


def _name(text: str, cue: Cue) -> str:
    tail = text[cue.start : cue.start + 160]
    stop = _NAME_END.search(tail, cue.end - cue.start)
    name = tail[: stop.start()] if stop else tail
    return name.strip()[:1].upper() + name.strip()[1:]


def _planned(vocab: Vocabulary, context: Context, sentence: Sentence,
             known: dict[int, bool]) -> bool:
    """Does a sentence speak of plans ("sẽ", "dự kiến"), read once per sentence?"""
    if sentence.index not in known:
        known[sentence.index] = (vocab.future.search_in(context.text, sentence.start, sentence.end)
                                 if in_text(context.text, sentence)
                                 else vocab.future.search(sentence.text)) is not None
    return known[sentence.index]


def _search_in(phrases: PhraseSet, context: Context, sentence: Sentence, start: int,
               end: int) -> bool:
    """Does `phrases` occur in sentence.text[start:end] (0 <= start <= end)? Read in the
    article's text, whose lower case is made once, where the sentence is its piece."""
    if in_text(context.text, sentence):
        end = min(end, len(sentence.text))
        return phrases.search_in(context.text, sentence.start + min(start, end),
                                 sentence.start + end) is not None
    return phrases.search_in(sentence.text, start, end) is not None


def _states(vocab: Vocabulary, context: Context, sentence: Sentence, start: int,
            end: int) -> bool:
    """Does sentence.text[start:end] hold a word of statement or document ("cho biết", "thông
    tin") — not one inside a name ("Sở Thông tin và Truyền thông", "Cổng Thông tin điện tử")?"""
    end = min(end, len(sentence.text))
    start = min(start, end)
    if in_text(context.text, sentence):
        text, start, end = context.text, sentence.start + start, sentence.start + end
    else:
        text = sentence.text
    return any(match.group(0).lower() not in vocab.not_event_masks
               for match in vocab.not_event.finditer(text, start, end))


def _reports(context: Context, clues: YearClues, mentions: list[DayMention],
             days: dict[int, set[tuple[int, int]]]) -> list[Found]:
    """The reports of events, and in `days` the (day, month) each sentence gives."""
    vocab = vocabulary()
    found: list[Found] = []
    planned: dict[int, bool] = {}
    mentions = sorted(mentions + relative_days(context.text, clues.published),
                      key=lambda mention: mention.start)
    for mention in mentions:
        sentence = context.sentence_at(mention.start)
        if sentence is None:
            continue
        # (0, 0) marks a sentence set on one of the days it gives: not told by a speaker ("Ông
        # A cho biết, ngày 15/3 …") nor planned ("Theo dự kiến, ngày 30-8 …").
        given = days.setdefault(sentence.index, set())
        given.update((day, mention.month) for day in range(mention.day, last_day(mention) + 1))
        if (not _search_in(vocab.speech, context, sentence, 0, mention.start - sentence.start)
                and not _planned(vocab, context, sentence, planned)):
            given.add((0, 0))
        cue = clues.best_cue(sentence)
        if cue is None:
            continue
        if _search_in(vocab.future, context, sentence, 0,
                      max(cue.end, mention.end - sentence.start)):
            continue
        if _states(vocab, context, sentence, min(cue.start, mention.end - sentence.start),
                   max(cue.start, mention.start - sentence.start)):
            continue
        if cue.end <= mention.start - sentence.start and _search_in(
                vocab.reported, context, sentence, cue.end, mention.start - sentence.start):
            continue  # "Tại buổi công bố, ông A khẳng định: … vào ngày 9/6" tells of another day
        found.append(Found(event_date(mention, clues), cue, sentence.index, mention.start,
                            (mention.day, last_day(mention), mention.month)))
    dated = {f.sentence for f in found}
    for sentence in context.sentences:
        if "ùng ngày" not in sentence.text:  # cheap test before the pattern: "cùng ngày"
            continue
        same_day = _SAME_DAY.search(sentence.text)
        if not same_day or sentence.index in dated:
            continue
        earlier = [f for f in found if f.sentence < sentence.index]
        cue = clues.best_cue(sentence)
        if earlier and cue and not _planned(vocab, context, sentence, planned):
            last = max(earlier, key=lambda f: f.sentence)
            found.append(Found(last.date, cue, sentence.index,
                                sentence.start + same_day.start(), last.days))
    return sorted(found, key=lambda f: (f.sentence, f.start))


HISTORY = 2  # years: a meeting this long before the article's time is history it recalls


def _now(clues: YearClues) -> dt.date | None:
    """The article's own time: its publication date, else the latest past date its text cites
    ("Ngày 10/5/2017, …") — not a year named at all, which may be a plan's ("năm 2019 …")."""
    return clues.published or clues.latest_cited_date


def _history(item: Found, now: dt.date | None) -> bool:
    """Is this a meeting the article recalls from years before its own time (`now`): "Tại Đại
    hội … diễn ra trong các ngày 20-28/1/2016, ông A được bầu …" in a profile of 2017?"""
    return bool(item.date and now and int(item.date[:4]) <= now.year - HISTORY)


def _referenced(context: Context, clues: YearClues,
                mentions: list[DayMention]) -> list[Found]:
    """The one meeting the lead dates and a later sentence names by reference, if any
    (`event_anaphora`): read only where no event was found otherwise."""
    found = referenced_meeting(context, mentions)
    if found is None:
        return []
    mention, cue, lead, named = found
    return [Found(event_date(mention, clues), cue, lead, mention.start,
                   (mention.day, last_day(mention), mention.month), {lead, named}, named)]


EARLY = 3  # sentences: a report this early has only its headline, caption or lead before it


def _leads(context: Context, clues: YearClues, item: Found) -> bool:
    """Do the sentences before an article's first report tell of its meeting: the report comes
    early, or one of them names a gathering of its type ("Ông A tái đắc cử …" after "Đại hội
    Đảng bộ tỉnh …", then "Chiều 22-10, Đại hội … bế mạc")? A report far on after none such
    is another story ("Trong một diễn biến liên quan, tại kỳ họp … ngày 11.6"), whose
    meeting the persons named before did not attend."""
    if item.days is None:
        return True  # a meeting no day dates (`_undated`): told from the article's start
    return item.sentence <= EARLY or any(
        (cue := clues.best_cue(sentence)) is not None and cue.type == item.cue.type
        for sentence in context.sentences[:item.sentence])


def _undated(context: Context, mentions: list[DayMention]) -> list[Found]:
    """The one meeting reported with no day given anywhere (`event_undated`), if any: read
    only where no event was found otherwise."""
    found = undated_meeting(context, bool(mentions))
    if found is None:
        return []
    cue, index, sentences = found
    return [Found(None, cue, index, context.sentences[index].start + cue.start, None, sentences)]


def extract_events(
    context: Context, persons: list[Person], organizations: list[Organization]
) -> list[Event]:
    days: dict[int, set[tuple[int, int]]] = {}
    clues = year_clues(context)
    mentions = day_mentions(context.text)
    events = (merge(_reports(context, clues, mentions, days))
              or _referenced(context, clues, mentions) or _undated(context, mentions))
    dating = {index for item in events for index in item.sentences}
    absent = absent_sentences(context, dating) if events else set()
    # The leaders of history named as persons ("Chủ tịch Hồ Chí Minh") are recalled, never
    # present, like those the article commemorates.
    gone = commemorated(context, persons) | leader_names() if events else set()
    now = _now(clues) if any(item.date for item in events) else None
    titles = title_spans(persons) if events else set()
    story_ends: dict[int, bool] = {}  # (`going_on`'s, read once an article)
    out = []
    # Each report's story starts at the headline-like lines right before it (event_found.py).
    starts = [item.sentence if number == 0 else story_start(context, events[number - 1].sentence,
                                                           item.sentence)
              for number, item in enumerate(events)] + [len(context.sentences)]
    for number, item in enumerate(events):
        first = 0 if number == 0 and _leads(context, clues, item) else starts[number]
        stop = starts[number + 1]
        if _history(item, now):
            continue  # its stretch of text is still its own: no one there took part later
        sentence = context.sentences[item.sentence if item.named is None else item.named]
        # A sentence that gives another day than this event's tells of another time.
        elsewhere = {index for index, given in days.items()
                     if item.days and (0, 0) in given and index not in item.sentences
                     and not any(month == item.days[2] and item.days[0] <= day <= item.days[1]
                                 for day, month in given)}
        elsewhere |= going_on(context, elsewhere, stop, dating | set(days), clues.best_cue,
                              story_ends)
        out.append(Event(
            type=item.cue.type,
            date=item.date,
            name=_name(sentence.text, item.cue),
            participants=participants(context, persons, first, stop, dating,
                                      absent | elsewhere, gone),
            organizations=host_bodies(context, organizations, item.sentences, titles),
            evidence=Evidence(item.sentence, min(item.start, sentence.start + item.cue.start),
                              max(sentence.start + item.cue.end, item.start)),
        ))
    return out
