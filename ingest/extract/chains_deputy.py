"""The council of a bare "Đại biểu"/"ĐB" before a name, which names no body of its own.

Two cases say which council the deputy sits in:
- "ĐB Nguyễn Văn A (Ninh Thuận) phát biểu": a deputy named with the province that elected him
  sits in the National Assembly;
- "Đại biểu Trần Thị B đề nghị …" in a report of a council's session ("kỳ họp thứ 5 HĐND TP.HCM",
  "kỳ họp bất thường của HĐND tỉnh", "HĐND TP.HCM tổ chức kỳ họp", "Phiên thảo luận của Quốc
  hội"): a deputy who speaks there is a member of that council.
  Only a session whose council has its level or place counts ("kỳ họp HĐND" alone names none),
  and it must be named before the deputy (a report names its session first; a session named
  later is another matter: "… kỳ họp HĐND tỉnh sẽ diễn ra"); an article that names no session
  before leaves the title bare (a "đại biểu" in a forum or a
  congress is a guest or a delegate, not a member of a council).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.bodies import Body, BodyReader, copy_body
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names_lexicon import family_names
from cadregraph.ingest.extract.phrases import lower_text

_NAMED_FROM = re.compile(r" (?:[A-ZĐ][\w'’]*[ ]){1,4}\((?P<place>[^()\d]{2,24})\)")
_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’]*)")
# "kỳ họp thứ 5 HĐND TP.HCM", "kỳ họp HĐND Đà Nẵng lần thứ tư", "kỳ họp bất thường của HĐND
# tỉnh", "kỳ họp thứ 5, HĐND TP Hồ Chí Minh khóa IX", "kỳ họp thứ ba, Quốc hội khóa XV"
_SESSION = re.compile(r"(?i:kỳ họp)(?:\s+(?i:thứ|lần thứ)\s+[\w]+)?"
                      r"(?:\s+(?i:bất thường|chuyên đề|giữa năm|cuối năm))?,?\s+(?:của\s+)?"
                      r"(?=HĐND|Hội đồng [Nn]hân dân|Quốc hội)")
# ... or told the other way round: "HĐND TP.HCM tổ chức kỳ họp bất thường", "Phiên thảo luận
# của Quốc hội (QH) về kinh tế-xã hội" (a sitting of the council)
_COUNCIL_FIRST = re.compile(r"(?=(?:HĐND|Hội đồng [Nn]hân dân)[^;\n]{0,40}?\s(?i:tổ chức|khai mạc|"
                            r"bế mạc|tiến hành)\s+(?i:kỳ họp))"
                            r"|(?i:phiên (?:thảo luận|chất vấn|họp|giải trình))[^.;\n]{0,30}?\s"
                            r"(?:của|tại)\s+(?=HĐND|Hội đồng [Nn]hân dân|Quốc hội)")
_COUNCILS = ("Hội đồng nhân dân", "Quốc hội")


def _province_deputy(text: str, stop: int) -> bool:
    """Whether a name follows the title at `stop`, then a province alone in brackets."""
    named = _NAMED_FROM.match(text, stop)
    return named is not None and gazetteer().is_province(named.group("place").strip())


def _name_follows(text: str, stop: int) -> bool:
    word = _NEXT_WORD.match(text, stop)
    return word is not None and word.group(1) in family_names()


def _session_council(reader: BodyReader, before: int) -> Body | None:
    """The council of the first session named, with its level or place, before `before`."""
    first = _first_session(reader)
    return first[1] if first is not None and first[0] < before else None


@lru_cache(maxsize=8)  # (per article: a reader is made for one article)
def _first_session(reader: BodyReader) -> tuple[int, Body] | None:
    """The first session the article names whose council has its level or place."""
    text = reader.text
    low = lower_text(text)  # (the lowered article is made once; most name no session)
    if "kỳ họp" not in low and "phiên" not in low:
        return None
    found = [*_SESSION.finditer(text), *_COUNCIL_FIRST.finditer(text)]
    for session in sorted(found, key=lambda m: m.start()):
        body = reader.at(session.end())
        if body is None or body.parent is not None or body.core not in _COUNCILS:
            continue
        if body.core == "Quốc hội" or body.place is not None or body.level is not None:
            return session.start(), body
    return None


def deputy_body(reader: BodyReader, start: int, stop: int) -> Body | None:
    """The council of the bare "Đại biểu" at `start`..`stop`, when a name follows it and one of
    the two cases above says which; None otherwise."""
    text = reader.text
    if _province_deputy(text, stop):
        return Body(start, stop, "Quốc hội", "national_body", "national")
    if not _name_follows(text, stop):
        return None
    council = _session_council(reader, start)
    if council is None:
        return None
    body = copy_body(council)
    body.start, body.end = start, stop
    return body
