"""Which bodies held, hosted or took part in an event as bodies: those named in the sentences
that report it — but not those named there only in a person's title of membership ("Ủy viên Bộ
Chính trị", "Tổng Bí thư", "Đại biểu Quốc hội": event_vocabulary.tsv member_role and
member_body). The body a head leads ("Trưởng Ban Tổ chức Trung ương … trao quyết định") takes
part through its head; and a group of a council's deputies ("tổ đại biểu HĐND TPHCM đơn vị 19
… tiếp xúc cử tri") acts for the council, though each deputy listed holds its seat. A body
named there only as a document's issuer ("trao Quyết định của Bộ Chính trị") did not hold it
(`issuer_spans`; the dev gold leaves such issuers out of an event's bodies: p0046, p0091,
p0235, ld002, ld010, ld019).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_participants import sentence_of
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.records import Evidence, Organization, Person

# "tổ đại biểu HĐND …", "Tổ ĐB Quốc hội …": a group of deputies, before the title's span (which
# holds the seat's word, "đại biểu HĐND TPHCM") or before the body's.
_GROUP_BEFORE = re.compile(r"(?i)(?<!\w)tổ(?:\s+(?:đại biểu|đb))?\s*$")


def title_spans(persons: Sequence[Person]) -> set[tuple[int, int]]:
    """Where the persons' titles of membership are written: a member's seat ("Ủy viên Bộ Chính
    trị", "Đại biểu Quốc hội") or any post in a national body of members ("Tổng Bí thư",
    "Chủ tịch Quốc hội", event_vocabulary.tsv member_role/member_body). The body of a head's
    title elsewhere ("Trưởng Ban Tổ chức Trung ương … trao quyết định") takes part through its
    head."""
    lists = vocabulary().lists
    roles, bodies = tuple(lists["member_role"]), frozenset(lists["member_body"])
    return {(position.evidence.start, position.evidence.end) for person in persons
            for position in person.positions if position.evidence is not None
            and (position.role.startswith(roles) or position.body in bodies)}


def host_bodies(
    context: Context, organizations: Sequence[Organization], sentences: set[int],
    titles: set[tuple[int, int]] | None = None,
) -> list[str]:
    """Names of bodies mentioned in the sentences that report the event, in text order — not
    those named there only in a person's title (`titles`, spans from `title_spans`): "Ủy viên
    Bộ Chính trị, Bí thư Thành ủy A làm việc với …" is not held by the Politburo."""
    found: list[tuple[int, str]] = []
    count = len(context.sentences)
    titles = titles or set()
    # (A mention's own sentence index, when valid, is `sentence_of`'s answer: read here.)
    there = [[m for m in organization.mentions
              if (m.sentence if 0 <= m.sentence < count else sentence_of(context, m)) in sentences]
             for organization in organizations]
    issuers = issuer_spans(context.text, [m for mentions in there for m in mentions])
    for organization, mentions in zip(organizations, there, strict=True):
        offsets = [m.start for m in mentions if (m.start, m.end) not in issuers
                   and ((m.start, m.end) not in titles
                        or _GROUP_BEFORE.search(context.text, max(0, m.start - 16), m.start))]
        if offsets:
            found.append((min(offsets), organization.name))
    return [name for _, name in sorted(found)]


# Bodies named only as a document's issuer: "trao Quyết định của Bộ Chính trị", "triển khai Chỉ
# thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị", "các chỉ thị, nghị quyết của Bộ Chính trị,
# Ban Bí thư" — the document is the meeting's matter; a body listed right after an issuer
# issued it too. A document's word, then up to the issuer's "của" within the clause (a number,
# a date with its comma, a title may come between: "Chỉ thị số 20-CT/TW ngày 18-01-2018 của").
_DOCUMENT_OF = re.compile(
    r"(?i)(?<!\w)(?:quyết định|nghị quyết|chỉ thị|kết luận|quy định|thông báo|công văn|"
    r"kế hoạch|hướng dẫn|tờ trình|đề án|quy chế|thông tri|công điện|văn bản)(?!\w)"
    r"[^.;:!?\n]{0,100}?(?<!\w)của\s+$")
_LISTED = re.compile(r"\s*(?:,|,?\s+và)\s*$")
WINDOW = 130  # characters before a mention where its document may be named


def issuer_spans(text: str, mentions: Iterable[Evidence]) -> set[tuple[int, int]]:
    """The (start, end) of those `mentions` (bodies' mentions in `text`) that name a
    document's issuer, or a body listed right after one."""
    out: set[tuple[int, int]] = set()
    previous: Evidence | None = None
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if "của" in text[max(0, mention.start - WINDOW):mention.start] and _DOCUMENT_OF.search(
                text, max(0, mention.start - WINDOW), mention.start):
            out.add((mention.start, mention.end))
        elif (previous is not None and (previous.start, previous.end) in out
              and previous.end <= mention.start
              and _LISTED.match(text, previous.end, mention.start)):
            out.add((mention.start, mention.end))
        previous = mention
    return out
