"""Who took part in an event and which bodies held it, from the persons and bodies found.

An article reports each event in a stretch of text: from the sentence that dates it up to the
next dated event (the first event also owns the headline and lead before it). A person named in
that stretch took part — unless every such mention sits in a sentence about discipline,
violations or biography ("bị kỷ luật", "sinh năm"), which names people without placing them
at the event (a sentence going on from one, "Đó là bà A…", counts as one too) — or the
mention follows "thay ông" (the person replaced). Bodies are those named in the sentences that
report the event itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.records import Evidence, Organization, Person


def _sentence_of(context: Context, evidence: Evidence) -> int | None:
    if 0 <= evidence.sentence < len(context.sentences):
        return evidence.sentence
    sentence = context.sentence_at(evidence.start)
    return sentence.index if sentence else None


_GOES_ON = re.compile(r"(?i)^(?:đó là|gồm|bao gồm|trong đó|cụ thể|người còn lại)\b")


def _absent_sentences(context: Context, first: int, stop: int) -> set[int]:
    """Sentences that name people without placing them at an event."""
    vocab = vocabulary()
    out: set[int] = set()
    for index in range(first, stop):
        text = context.sentences[index].text
        if vocab.absent.search(text) or (index - 1 in out and _GOES_ON.match(text)):
            out.add(index)
    return out


def participants(
    context: Context, persons: Sequence[Person], first: int, stop: int
) -> list[str]:
    """Full names of persons named, not only in passing, in sentences first..stop-1."""
    vocab = vocabulary()
    absent = _absent_sentences(context, first, stop)
    out = []
    for person in persons:
        for mention in person.mentions:
            index = _sentence_of(context, mention)
            if index is None or not first <= index < stop or index in absent:
                continue
            if vocab.absent_before.search(context.text, max(0, mention.start - 30),
                                          mention.start):
                continue
            out.append(person.name)
            break
    return out


def host_bodies(
    context: Context, organizations: Sequence[Organization], sentences: set[int]
) -> list[str]:
    """Names of bodies mentioned in the sentences that report the event, in text order."""
    found: list[tuple[int, str]] = []
    for organization in organizations:
        offsets = [m.start for m in organization.mentions
                   if _sentence_of(context, m) in sentences]
        if offsets:
            found.append((min(offsets), organization.name))
    return [name for _, name in sorted(found)]
