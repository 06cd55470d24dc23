"""Words just before a cue-led day that mean it is not a meeting's day (`dates`): a birth or a
start ("sinh ngày", "kể từ ngày", "trước ngày"), or a document's own date ("12/NQ-HĐND ngày
18/7/2023", "Thông báo ngày 5/7/2010")."""

from __future__ import annotations

import re
from functools import cache

from cadregraph.ingest.extract.dates_scan import by_first_letter
from cadregraph.ingest.extract.literal_keys import any_key, keys_of
from cadregraph.ingest.extract.phrases import lowered

# A document's date cites a number (a digit) or a type of document (its first word).
_DIGIT = re.compile(r"\d")
_CITED_TYPES = ("quyết định|nghị quyết|chỉ thị|kết luận|quy định|nghị định|thông tư|công văn|"
                "văn bản|thông báo|kế hoạch|tờ trình|báo cáo")

# Words just before a cue that mean the day is not a meeting's day.
_REFUSED_BEFORE = re.compile(
    # The words' first letters, at a word start (what \b is before a letter): a position
    # failing these is left at once.
    r"(?i)(?=[sktđhbvcn])(?<!\w)\b(?:"
    + by_first_letter("sinh|kể|tính|đến|hết|trước|sau|hạn|ký|ban hành|vào đảng|chính thức|"
                      "nhập ngũ|từ|tới|cho|về")
    + r")\s*(?:vào\s+)?"
    r"(?:\d{1,2}\s?(?:giờ|h)(?:\s?\d{1,2}(?:\s?phút)?)?,?\s+)?$"  # "Tính đến 17 giờ ngày 14.3"
)
# A document's own date: "12/NQ-HĐND ngày 18/7/2023", "Văn bản số 6934, ngày 18-9-2008".
_DOC_NUMBER_BEFORE = re.compile(
    r"(?=\d|(?i:[sqnckltvb]))(?:"  # first characters of the alternatives, tested first
    r"(?:\d+\s?[-–/]\s?[A-ZĐ][\w&/-]*|(?i:"
    + by_first_letter("số|quyết định|nghị quyết|chỉ thị|kết luận|quy định|nghị định|thông tư|"
                      "công văn|văn bản|thông báo|kế hoạch|luật")
    + r")\s*:?\s*\d+[\w/-]*)"
    r"\s*[,(]?\s*(?:ký\s+)?$"
    # … or a cited document's type, with its issuer between: "Thông báo ngày 5/7/2010",
    # "Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày 15/3/2016".
    r"|(?i:"
    + by_first_letter(_CITED_TYPES)
    + r")(?:\s+(?:số\s*)?\d+[\w/-]*)?"
    r"(?:\s*,?\s*(?i:của)\s+[^.;,()]{3,50}?)?\s*,?\s*$)"
)


@cache
def _type_keys() -> tuple[str, ...]:
    return keys_of(_CITED_TYPES.split("|"), first_word=True)


def refused(text: str, start: int) -> bool:
    """Do the words before `start` (a cue) refuse the day it leads to?"""
    begin = max(0, start - 40)
    before = text[begin:start]
    if _REFUSED_BEFORE.search(before):
        return True
    # `_DOC_NUMBER_BEFORE` is tried only where a number or a type's word is: `re` would try
    # it at every character (`literal_keys`).
    lower = lowered(text)
    if (lower is not None and not _DIGIT.search(text, begin, start)
            and not any_key(lower, _type_keys(), begin, start)):
        return False
    return _DOC_NUMBER_BEFORE.search(before) is not None
