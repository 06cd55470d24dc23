"""The issuer named as the subject of a citation: "Ban Thường vụ Thành ủy Hà Nội đã ban hành
Nghị quyết số 11", "Cục Hải quan TP Hồ Chí Minh đã có Công văn số 1569/HQHCM-TCCB", "Ban Chấp
hành Trung ương Đảng khóa XI đã ban hành Quy định số 47-QĐ/TW".

The words of the text say who issued it, before what the code implies (domain §6.2: decide
from the words, not from "TU"/"TƯ" alone); a "của <body>" after the citation still comes
first. The body must end right before the verb — a term between ("khóa XI") allowed — and is
one of the article's bodies: "Để Hội đồng thành viên ban hành …" names none. The last of
bodies listed ("Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch … đã ban hành Nghị quyết
liên tịch") is one of joint issuers, whom the code names in order: it is left to the code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cadregraph.ingest.records import Organization

# What stands between the issuer and the cited type name: a term, "đã"/"vừa", the verb.
_BETWEEN = re.compile(r"(?i)^(?:\s+khóa\s+[IVXL]+)?\s+(?:đã\s+|vừa\s+)?"
                      r"(?:ban hành|ký ban hành|có)\s+$")
_LISTED_BEFORE = re.compile(r"(?:,|\svà)\s*$")  # (starts where the body before ends)
BEFORE = 40  # characters looked at before the cited type name


def issuer_before(text: str, organizations: Sequence[Organization], start: int) -> str | None:
    """The body named as the subject issuing the document cited at `start`, if any."""
    window = max(0, start - BEFORE)
    if "ban hành" not in text[window:start] and " có " not in text[window:start]:
        return None
    ends = {mention.end for organization in organizations for mention in organization.mentions}
    found = [(mention.end, len(organization.name), organization.name)
             for organization in organizations for mention in organization.mentions
             if window <= mention.end < start and _BETWEEN.match(text[mention.end : start])
             and not _listed(text, mention.start, ends)]
    return max(found)[2] if found else None


def _listed(text: str, start: int, ends: set[int]) -> bool:
    """Does another body end right before this one, a comma or "và" between?"""
    joint = _LISTED_BEFORE.search(text, max(0, start - 6), start)
    return joint is not None and joint.start() in ends
