"""A document quoted with its own header (domain §6.3): the issuer written in capitals at the
top-left, then "Số 445-KL/TƯ", then the place and date of issue.

    TỈNH ỦY THỪA THIÊN HUẾ        ĐẢNG CỘNG SẢN VIỆT NAM
    Số 445-KL/TƯ                  Thừa Thiên Huế, ngày 13 tháng 5 năm 2022

The party committee heading the document issued it, whatever the code says: OCR turns "TU"
into "TƯ", which reads as the Centre's. The date is the one after the place, once the code is
read.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.dates import full_dates
from cadregraph.ingest.records import Document

HEAD_BEFORE = 160  # characters before "Số" where the header's issuer is written
# A party committee in capitals on its own line: "TỈNH ỦY THỪA THIÊN HUẾ", "HUYỆN ỦY CÔ TÔ".
_COMMITTEE = re.compile(r"(?m)^[ \t]*(TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY)[ \t]+"
                        r"([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \t-]*[A-ZĐÀ-Ỹ])[ \t]*$")
_NUMBER_BEFORE = re.compile(r"Số\s?:?\s?$")
# "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022": the place, a comma, then the date.
_PLACE_DATE = re.compile(r"[^\S\n]*\n?[^\S\n]*[^\d\n,]{2,40},[^\S\n]*ngày\s+")


def headed(text: str, document: Document) -> Document:
    """`document` with the issuer and date of the header it was read in, if any."""
    start = document.evidence.start if document.evidence else -1
    if start < 0 or not _NUMBER_BEFORE.search(text, max(0, start - 6), start):
        return document
    heads = list(_COMMITTEE.finditer(text, max(0, start - HEAD_BEFORE), start))
    if heads:
        level, name = heads[-1].group(1), heads[-1].group(2)
        document.issuer = f"{level.capitalize()} {_title(name)}"
    end = document.evidence.end if document.evidence else start
    place = _PLACE_DATE.match(text, end)
    if place and document.date is None:
        dates = full_dates(text[place.end() : place.end() + 40])
        if dates and dates[0].start == 0:
            document.date = dates[0].date.isoformat()
    return document


def _title(name: str) -> str:
    """A place name in capitals in title case: "THỪA THIÊN HUẾ" → "Thừa Thiên Huế"."""
    return " ".join(word.capitalize() for word in name.split())
