"""A meeting the lead dates without naming it, named a little later only by reference.

"Ngày 30/6, tỉnh Lai Châu công bố kết thúc hoạt động đơn vị hành chính cấp huyện …" gives a
day but no word of a gathering; "Phát biểu chỉ đạo tại buổi lễ, ông A …" a few sentences on
names the gathering ("tại buổi lễ", "tại hội nghị") without a day of its own: the lead's day
is that gathering's. Read only in an article where no event was found otherwise, and only
when the lead opens with its day, is not a statement, plan or document ("cho biết", "sẽ"),
and the reference is bare ("tại hội nghị," — not "tại kỳ họp thứ 3", another meeting) and
comes before any other day is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import DayMention
from cadregraph.ingest.extract.event_vocabulary import Cue, vocabulary

# "tại buổi lễ," / "Tại hội nghị này," / "tại buổi làm việc." — the gathering named bare.
_AT_GATHERING = re.compile(
    r"(?i)(?<!\w)tại\s+(buổi lễ|lễ|hội nghị|buổi làm việc|kỳ họp|đại hội|buổi gặp mặt|"
    r"buổi họp mặt|cuộc họp|phiên họp|buổi họp|hội thảo|buổi tiếp xúc|buổi đối thoại)"
    r"(?:\s+này)?\s*[,.;:]")
LEAD_START = 12  # characters: the lead's day opens it ("Ngày 30/6,", "(TTXVN) - Sáng 3/4,")
WITHIN = 8  # sentences after the lead where the reference may come


def referenced_meeting(context: Context, mentions: Sequence[DayMention]
                       ) -> tuple[DayMention, Cue, int, int] | None:
    """(the lead's day, the gathering's cue, the lead's and the reference's sentence index),
    or None. `mentions` are the article's day mentions in text order."""
    if not mentions:
        return None
    vocab = vocabulary()
    mention = mentions[0]
    lead = context.sentence_at(mention.start)
    if lead is None or mention.start - lead.start > LEAD_START:
        return None
    if (vocab.future.search(lead.text) or vocab.speech.search(lead.text)
            or vocab.not_event.search(lead.text)):
        return None
    later = {at.index for m in mentions[1:] if (at := context.sentence_at(m.start)) is not None}
    for sentence in context.sentences[lead.index + 1 : lead.index + 1 + WITHIN]:
        if sentence.index in later:
            return None  # another day is given first: the reference may be to its meeting
        # (the word looked for first: the pattern is tried at every letter of the sentence)
        found = _AT_GATHERING.search(sentence.text) if "tại" in sentence.text.lower() else None
        if found is None:
            continue
        if vocab.future.search(sentence.text):
            return None
        kind = vocab.events.get(found.group(1).lower())
        if kind is None:
            return None
        return (mention, Cue(kind[0], kind[1], found.start(1), found.end(1)), lead.index,
                sentence.index)
    return None
