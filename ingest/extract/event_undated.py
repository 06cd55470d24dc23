"""A meeting the article reports as held without giving any day.

"Tham dự đại hội có đồng chí A …", "Đến dự và chỉ đạo tại Đại hội …", "Hội X vừa tổ chức thành
công Đại hội …", "Tại kỳ họp, ông A tái đắc cử …", "Đại hội đã bầu …": the article tells of a
gathering that took place, but names no day of it (a short piece, a lead cut off by the
crawl). The contract lists such an event with no date, and the dev gold does (p0046, p0162,
p0196, p0235, ld002 …). Read only where no event was found otherwise and the text gives no
day at all (a day given would date the meeting, or tell that the one named was elsewhere),
only near the article's start (a meeting named far on is an aside: "Là đại biểu vừa tham dự
hội nghị phản biện …"), and never in a sentence that speaks of plans ("sẽ", "dự kiến"). A
delegate chosen to attend another congress ("bầu 20 đồng chí tham dự Đại hội toàn quốc",
"đoàn đại biểu đi dự Đại hội cấp trên") is no report of it.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_vocabulary import Cue, vocabulary

# The gatherings named bare; their type comes from the vocabulary (event_vocabulary.tsv).
_GATHERING = (r"(đại hội|hội nghị|kỳ họp|buổi lễ|lễ|hội thảo|buổi làm việc|cuộc họp|phiên họp|"
              r"buổi gặp mặt|buổi họp mặt|buổi tiếp xúc)(?!\w)")
_HELD = tuple(re.compile("(?i)" + pattern) for pattern in (
    # attended: "Tham dự đại hội có …", "đến dự hội nghị", "Dự lễ …", "dự và chỉ đạo buổi lễ"
    r"(?<!\w)(?<!đi )(?<!biểu )(?:tham dự|đến dự|về dự|dự)(?:\s+và\s+(?:phát biểu\s+)?chỉ đạo)?"
    r"(?:\s+tại)?\s+" + _GATHERING,
    # held: "vừa tổ chức thành công Đại hội", "đã tổ chức Kỳ họp bất thường"
    r"(?<!\w)(?:vừa|đã)\s+(?:tổ chức|tiến hành)(?:\s+thành công)?\s+" + _GATHERING,
    # held lately, the clause opening on it (domain §7.2): "Vừa qua, Huyện ủy A tổ chức hội nghị"
    r"(?:^|(?<=[.;:\n]))\s*(?:vừa qua|mới đây|vừa rồi)\s*,\s*[^,.;:]{0,60}?(?<!sẽ )"
    r"(?:tổ chức|tiến hành)(?:\s+thành công)?\s+" + _GATHERING,
    # spoken at: "phát biểu tại hội nghị", "Phát biểu bế mạc Đại hội"
    r"(?<!\w)phát biểu(?:\s+(?:chỉ đạo|khai mạc|bế mạc))?(?:\s+tại)?\s+" + _GATHERING,
    # told at, the gathering named bare: "Tại kỳ họp, …", "Cũng tại Đại hội, …"
    r"(?:^|(?<=[,.;:\n]))\s*(?:cũng\s+)?tại\s+" + _GATHERING + r"(?:\s+này)?\s*[,.;:]",
    # its vote: "Đại hội đã bầu …", "kỳ họp đã bầu ông A"
    r"(?<!\w)" + _GATHERING + r"\s+(?:cũng\s+)?(?:đã\s+)?(?:tiến hành\s+)?bầu(?!\w)",
))
_CLAUSE_END = re.compile(r"[,;:]")
_ELECTED_BEFORE = re.compile(r"(?i)(?<!\w)bầu(?!\w)")
WITHIN = 10  # sentences from the article's start where the report may come
LEAD = 2  # sentences that make the headline and lead (a caption's file name may be the first)


def _held(text: str) -> re.Match[str] | None:
    """The first phrase of `text` telling that a gathering took place, if any."""
    found = [match for pattern in _HELD if (match := pattern.search(text))]
    for match in sorted(found, key=lambda m: m.start()):
        if (match.re is _HELD[0]
                and _ELECTED_BEFORE.search(text, 0, match.start()) is not None):
            continue  # those elected to attend another congress
        return match
    return None


def undated_meeting(context: Context, has_days: bool) -> tuple[Cue, int, set[int]] | None:
    """(the cue that types the meeting, the sentence it is in, the sentences reporting the
    meeting), or None. `has_days`: does the text give any day (then nothing is read here)?"""
    if has_days:
        return None
    vocab = vocabulary()
    reports: list[tuple[Cue, int]] = []
    for sentence in context.sentences[:WITHIN]:
        if "dự" not in sentence.text and not _has_gathering_hint(sentence.text):
            continue  # (cheap test before the patterns)
        match = _held(sentence.text)
        if match is None:
            continue
        clause = _CLAUSE_END.search(sentence.text, match.end())  # ("…, ông A khẳng định … sẽ")
        if vocab.future.search(sentence.text, 0, clause.start() if clause else None):
            continue  # planned: "Tham dự đại hội sẽ có 300 đại biểu"
        kind = vocab.events.get(match.group(1).lower())
        if kind is not None:
            reports.append((Cue(kind[0], kind[1], match.start(1), match.end(1)), sentence.index))
    if not reports:
        return None
    # The headline or lead may name the gathering more closely ("Các ứng cử viên … tiếp xúc cử
    # tri", then "phát biểu tại hội nghị"): its cue types the meeting when stronger.
    candidates = [(cue, index, True) for cue, index in reports] + [
        (cue, lead.index, False) for lead in context.sentences[:LEAD]
        if (cue := vocab.best(lead.text)) is not None]
    cue, index, _ = max(candidates, key=lambda item: (item[0].priority, item[2], -item[1]))
    return cue, index, {number for _, number in reports} | {index}


def _has_gathering_hint(text: str) -> bool:
    low = text.lower()
    return "hội" in low or "họp" in low or "lễ" in low or "làm việc" in low or "gặp" in low
