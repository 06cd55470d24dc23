"""Mentions that name a person without placing them at an event, read in the words before
the mention (`event_participants` reads the sentences): a person replaced ("thay ông A") or
gone ("cố …"), cited as the author of a directive ("theo chỉ đạo của đồng chí A") or as a case
("như vụ A, B"), named as someone's relative ("vợ là bà A", "em trai của Bí thư Tỉnh ủy A"),
told of at another time ("Trước đó, ông A …"), the object of a council's dismissal ("miễn
nhiệm chức danh … đối với ông A"); and the persons an article commemorates.

The patterns read before each mention are tried only where the words they open with are
found there (`literal_keys`): `re` would try them at every character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from cadregraph.ingest.extract.context import Context, in_text
from cadregraph.ingest.extract.event_vocabulary import before_name, vocabulary
from cadregraph.ingest.extract.literal_keys import any_key, key_starts, keys_of
from cadregraph.ingest.extract.phrases import keeps_length, lowered
from cadregraph.ingest.records import Person

_CLAUSE_START = re.compile(r"[;:]")
# The formal object of a council's vote: "miễn nhiệm chức danh … đối với ông A".
_OBJECT = re.compile(r"(?i)(?<!\w)đối với(?!\w)")


def absent_mention(context: Context, index: int, start: int, dating: set[int]) -> bool:
    """Does this mention name the person without placing them at the event?"""
    vocab = vocabulary()
    text = context.text
    lower = lowered(text)
    keys = _keys()
    if ((lower is None or any_key(lower, keys.absent_before, max(0, start - 30), start))
            and vocab.absent_before.search(text, max(0, start - 30), start)):
        return True
    if ((lower is None or any_key(lower, keys.directed_by, max(0, start - 80), start))
            and vocab.directed_by.search(text, max(0, start - 80), start)):
        return True
    if text.find("vụ", max(0, start - 80), start) >= 0 and vocab.case_of.search(
            text, max(0, start - 80), start):
        return True
    if (lower is None or any_key(lower, keys.kin, max(0, start - 80), start)) and _kin().search(
            text, max(0, start - 80), start):
        return True
    sentence = context.sentences[index]
    begin = sentence.start
    # The sentence is read in the article's text, whose lower case is made once.
    if (0 <= start - begin <= len(sentence.text) and _cut_after_lowering()
            and (begin == 0 or not _is_word(text[begin - 1])) and in_text(text, sentence)
            and keeps_length(text)):
        return _absent_in_place(text, begin, start, index in dating)
    return _absent_before(text[begin:start], index in dating)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `re` calls \w


class _Keys(NamedTuple):
    commemorated: tuple[str, ...]
    absent_before: tuple[str, ...]
    directed_by: tuple[str, ...]
    kin: tuple[str, ...]


@cache
def _keys() -> _Keys:
    """The words that open each pattern read before a mention, as `literal_keys` keys."""
    lists = vocabulary().lists
    return _Keys(keys_of(lists["commemorated"]), keys_of(lists["absent_before"], first_word=True),
                 keys_of(lists["directed_by"]), keys_of(lists["kin"]))


@cache
def _kin() -> re.Pattern[str]:
    """A relation before a name, titles between: "em trai của Bí thư Tỉnh ủy Yên Bái A"."""
    return before_name(vocabulary().lists["kin"])


@cache
def _cut_after_lowering() -> bool:
    vocab = vocabulary()
    return all(phrases.cut_after_lowering
               for phrases in (vocab.other_time, vocab.dismissal, vocab.elected))


def _absent_before(before: str, dating: bool) -> bool:
    """Does `before`, the sentence up to a mention, tell of another time (`dating`: the
    sentence dates an event, so it does not), or make the person a dismissal's object?"""
    vocab = vocabulary()
    if not dating and vocab.other_time.search(before):
        return True
    clause = before[max((m.end() for m in _CLAUSE_START.finditer(before)), default=0) :]
    dismissals = list(vocab.dismissal.finditer(clause))
    if not dismissals:
        return False
    after = dismissals[-1].end()
    return bool(_OBJECT.search(clause, after)) and not vocab.elected.search(clause, after)


def _absent_in_place(words: str, begin: int, end: int, dating: bool) -> bool:
    """`_absent_before(words[begin:end], dating)`, read in `words` without cutting it (no word
    character before `begin`): the clause starts after ";" or ":" (not a word character), so
    its phrases are those found there."""
    vocab = vocabulary()
    if not dating and vocab.other_time.search(words, begin, end):
        return True
    # (after the last ";" or ":", found by `str.rfind`: `_CLAUSE_START` in C)
    last = max(words.rfind(";", begin, end), words.rfind(":", begin, end))
    clause = last + 1 if last >= 0 else begin
    dismissals = vocab.dismissal.finditer(words, clause, end)
    if not dismissals:
        return False
    after = dismissals[-1].end()
    return bool(_OBJECT.search(words, after, end)) and not vocab.elected.search(words, after,
                                                                                 end)


def commemorated(context: Context, persons: Sequence[Person]) -> set[str]:
    """Names of the persons an article commemorates ("kỷ niệm 100 năm Ngày sinh đồng chí A",
    "đường mang tên cố Bí thư - ông A"): named as late once, they attend none of its events."""
    pattern = vocabulary().commemorated
    text = context.text
    lower = lowered(text)
    # The pattern is tried only before a mention its words are found before (`literal_keys`).
    starts = None if lower is None else key_starts(lower, _keys().commemorated)
    return {person.name for person in persons
            if any((starts is None or _key_between(starts, max(0, m.start - 70), m.start))
                   and pattern.search(text, max(0, m.start - 70), m.start)
                   for m in person.mentions)}


def _key_between(starts: list[int], start: int, end: int) -> bool:
    at = bisect_left(starts, start)
    return at < len(starts) and starts[at] < end
