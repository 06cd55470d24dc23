"""Bodies named in an event's sentences only as the issuer of a document: "trao Quyết định
của Bộ Chính trị", "triển khai Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị", "các chỉ
thị, nghị quyết của Bộ Chính trị, Ban Bí thư". The document is the meeting's matter, and its
issuer did not hold or attend the meeting by that mention (the dev gold leaves such issuers out
of an event's bodies: p0046, p0091, p0235, ld002, ld010, ld019). A body listed right after an
issuer (", Ban Bí thư", " và Ban Bí thư") issued it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cadregraph.ingest.records import Evidence

# A document's word, then up to the issuer's "của" within the clause (a number, a date with
# its comma, a title may come between: "Chỉ thị số 20-CT/TW ngày 18-01-2018 của").
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
