"""Who took part in an event, from the persons found.

An article reports each event in a stretch of text: from the sentence that dates it up to the
next dated event (the first event also owns the headline and lead before it). A person named in
that stretch took part — unless every such mention is one that names without placing:
- in a sentence about discipline or violations ("bị kỷ luật"), or a biography ("sinh năm",
  "từng giữ") that does not also say the person was elected there; a sentence going on from
  one ("Đó là bà A…") counts as one too;
- in a sentence stating how things stand ("Hiện nay …", "Như vậy …"), or a line-up after a
  change ("Sau khi bầu bổ sung, Thường trực UBND gồm …") that elects no one itself;
- after words of another time ("Trước đó, ông A …", "tuần qua") outside the dating sentence;
- in a sentence set on another day than the event's, or in those after it that go on with
  that other story without naming a meeting or an election or coming back ("Dịp này, …"):
  a round-up of the week's news, a background paragraph;
- after "thay ông" (the person replaced), or as the object of a council's dismissal
  ("miễn nhiệm chức danh … đối với ông A"; a later "bầu" in the clause is an election again).
Bodies are read by `event_hosts`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_absent_mentions import absent_mention
from cadregraph.ingest.extract.event_disciplined import disciplined
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.extract.phrases import PhraseSet
from cadregraph.ingest.records import Evidence, Person, Sentence


def sentence_of(context: Context, evidence: Evidence) -> int | None:
    if 0 <= evidence.sentence < len(context.sentences):
        return evidence.sentence
    sentence = context.sentence_at(evidence.start)
    return sentence.index if sentence else None


# "Trước đó, Ban Thường vụ điều động ông A … Cùng với đó, … chỉ định ông B …": a sentence
# going on from one set at another time is set at that time too (unless that one dates a
# meeting: "Trước đó, sáng 10/5, đã diễn ra Hội nghị … Đồng thời, …" goes on at it).
_ALONG = re.compile(r"(?i)^(?:cùng với đó|đồng thời|cũng tại|cũng trong)\b")
_GOES_ON = re.compile(r"(?i)^(?:đó là|gồm|bao gồm|trong đó|cụ thể|người còn lại)\b")
# "Tháng 4.2021, ông A được bầu …": a sentence set at a month or year of its own.
_DATED_ELSEWHERE = (r"^(?:từ |đến |cuối |đầu |giữa )?(?:tháng|năm)\s+\d{1,4}"
                    r"(?:\s?[/.-]\s?\d{4})?\s*,")
# "Sau khi bầu bổ sung phó chủ tịch, Thường trực UBND gồm …": the line-up after a change.
_LINE_UP_AFTER = r"^sau\b[^,]{0,80},(?P<staff>.*\bgồm\b.*)$"
# "Các Phó ban chuyên trách gồm: ông A …", "Ba Phó ban kiêm nhiệm gồm …": a body's deputies or
# members listed, who they are — not who came; but next to a vote, those listed are the ones
# it elected ("Ông A được bầu làm Bí thư. Ba phó bí thư Tỉnh ủy gồm: ông B …").
_DEPUTIES = (r"^(?P<deputies>(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+"
             r"(?:phó|ủy viên|thành viên)\b[^.;:]{0,80}?\bgồm\b.*)$")


# "Dịp này, HĐND tỉnh cũng bầu …": a sentence coming back to the meeting from a digression.
_BACK = re.compile(r"(?i)(?:dịp này|nhân dịp|cùng dịp|tại đây|cũng tại|cũng trong)(?!\w)")


def going_on(context: Context, elsewhere: set[int], stop: int, dated: set[int],
             cue_of: Callable[[Sentence], object | None],
             ends: dict[int, bool] | None = None) -> set[int]:
    """The sentences before `stop` that go on from one set on another day (`elsewhere`): "Ngày
    11/5, Công ty … cho biết, … Toàn bộ số tiền thưởng …" in a round-up after a ceremony. The
    story goes on until a sentence that is dated (`dated`), names a meeting (`cue_of`), elects
    someone, or comes back ("Dịp này, …"). `ends` keeps, by sentence, whether it ends such a
    story, for the next event of the article: the same sentences are read for each."""
    out: set[int] = set()
    ends = {} if ends is None else ends
    for index in sorted(elsewhere):
        after = index + 1
        while after < stop and after not in dated and after not in out:
            back = ends.get(after)
            if back is None:
                text = context.sentences[after].text
                back = ends[after] = (_BACK.match(text) is not None or _elected(text)
                                      or cue_of(context.sentences[after]) is not None)
            if back:
                break
            out.add(after)
            after += 1
    return out


_VOTE = re.compile(r"(?i)(?<!\w)(?:bầu|đắc cử|trúng cử|hiệp thương)(?!\w)")


def _votes_near(context: Context, index: int) -> bool:
    """Does a sentence within two of this one tell of a vote or an election?"""
    return any(_VOTE.search(context.sentences[near].text)
               for near in range(max(0, index - 2), min(len(context.sentences), index + 3)))


def _elected(text: str) -> bool:
    """Does the sentence say someone was elected at the event (not in their past)?"""
    vocab = vocabulary()
    return any(not vocab.elected_before.search(text, 0, m.start())
               for m in vocab.elected.finditer(text))


def _sentences_holding(context: Context, phrases: PhraseSet) -> set[int]:
    """Sentences holding one of `phrases`, read once over the whole text (`str.find`)."""
    starts = [sentence.start for sentence in context.sentences]
    out = set()
    for start, end in phrases.hits(context.text):
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= context.sentences[index].end:
            out.add(index)
    return out


@cache
def _opener() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """How a sentence opens, read in one match: a state ("Hiện nay …"), a line-up after a
    change ("Sau …, … gồm …") or a month or year of its own ("Tháng 4.2021, …"): one call
    instead of three. No sentence opens with two of them ("Đến nay" is a state, "Đến tháng
    5/2020" a month), so which one is found first does not matter.

    With it, the letters such a sentence opens with, lower-cased — those of the state openers,
    "s" of `_LINE_UP_AFTER`, those of `_DATED_ELSEWHERE` — a first test without `re`; and
    the letters the case-insensitive pattern matches that lower case does not make them
    ("ſ" for "s", "ı" and "İ" for "i"). Last, the letters only `_DEPUTIES` opens with, a
    list that holds "gồm": a sentence opening with one is matched only when it has the word."""
    state = vocabulary().state_opener.pattern  # compiled case-insensitive, as are these
    firsts = {word[:1] for word in vocabulary().lists["state_opener"]} | set("stđcgn")
    firsts |= ({"ſ"} if "s" in firsts else set()) | ({"ı", "İ".lower()} if "i" in firsts
                                                      else set())
    deputies_only = set("hbm0123456789") - firsts
    return (re.compile(rf"(?i)(?P<state>{state})|(?P<line_up>{_LINE_UP_AFTER})"
                       rf"|(?P<dated>{_DATED_ELSEWHERE})|{_DEPUTIES}"),
            frozenset(firsts | deputies_only), frozenset(deputies_only))


def absent_sentences(context: Context, dating: set[int]) -> set[int]:
    """Sentences that name people without placing them at an event (`dating`: those that
    date one, which are never set at another time)."""
    vocab = vocabulary()
    out = _sentences_holding(context, vocab.absent)
    for index in _sentences_holding(context, vocab.biography) - out:
        if not _elected(context.sentences[index].text):
            out.add(index)
    opener, firsts, deputies_only = _opener()
    # (one walk over the sentences: a sentence going on from another time is read first, and
    # only its own index is tested below)
    for sentence in context.sentences:
        if (sentence.text[:1] in "CcĐđ"  # `_ALONG`'s first letters: a test without `re`
                and sentence.index > 0
                and sentence.index not in dating and sentence.index - 1 not in dating
                and _ALONG.match(sentence.text)
                and _opens_elsewhere(context.sentences[sentence.index - 1].text)):
            out.add(sentence.index)
        first = sentence.text[:1].lower()
        if (sentence.index in out or first not in firsts
                or (first in deputies_only and "gồm" not in sentence.text.lower())
                or not (opens := opener.match(sentence.text))):
            continue
        if (opens.group("state") is not None
                or (opens.group("line_up") is not None and not _elected(opens.group("staff")))
                or (opens.group("deputies") is not None
                    and not _votes_near(context, sentence.index))
                or (opens.group("dated") is not None and sentence.index not in dating)):
            out.add(sentence.index)
    return out


def _opens_elsewhere(text: str) -> bool:
    """Does a sentence open with words of another time ("Trước đó, …")?"""
    found = vocabulary().other_time.search(text, 0, 20)
    return found is not None and found.start() == 0


def _absent_in(context: Context, first: int, stop: int, absent: set[int]) -> set[int]:
    """`absent` within sentences first..stop-1, with the sentences going on from one."""
    out: set[int] = set()
    for index in range(first, stop):
        if index in absent or (index - 1 in out and _GOES_ON.match(context.sentences[index].text)):
            out.add(index)
    return out


def participants(
    context: Context, persons: Sequence[Person], first: int, stop: int,
    dating: set[int] | None = None, absent: set[int] | None = None,
    gone: set[str] | None = None,
) -> list[str]:
    """Full names of persons named, not only in passing, in sentences first..stop-1.

    `dating` holds the sentences that date an event: they are never told of another time;
    `absent` is `absent_sentences(context, dating)`, computed once for all of an article's
    events (and here when not given), with any sentences this event does not cover; `gone`
    names persons the article commemorates.
    """
    dating = dating or set()
    if absent is None:
        absent = absent_sentences(context, dating)
    absent = _absent_in(context, first, stop, absent)
    out = []
    count = len(context.sentences)
    absent_after = vocabulary().absent_after
    matter = disciplined(context, persons, first, stop, dating)
    for person in persons:
        if (gone and person.name in gone) or person.name in matter:
            continue
        if any(first <= mention.sentence < stop and absent_after.match(context.text, mention.end)
               for mention in person.mentions):
            continue  # said to be away: "ông A, Bí thư Thành ủy, vắng mặt"
        for mention in person.mentions:
            index = (mention.sentence if 0 <= mention.sentence < count
                     else sentence_of(context, mention))
            if index is None or not first <= index < stop:
                continue
            if index in absent and not _before_absent_word(context, index, mention.start,
                                                           dating):
                continue
            if absent_mention(context, index, mention.start, dating):
                continue
            out.append(person.name)
            break
    return out


def _before_absent_word(context: Context, index: int, start: int, dating: set[int]) -> bool:
    """Is this mention, in a sentence that dates an event, named before the sentence's first
    word of discipline? "Dưới sự chủ trì của Tổng Bí thư A, Ban Bí thư đã họp để xem xét …
    kỷ luật ông B": the chair took part; the one disciplined is named after the word."""
    if index not in dating:
        return False
    sentence = context.sentences[index]
    hit = vocabulary().absent.search(sentence.text)
    return hit is not None and start - sentence.start < hit.start()
