"""A party cell named bare ("tái đắc cử chức Bí thư Chi bộ") just after the article names a
hamlet's cell ("chọn Chi bộ ấp Trung Thạnh, thị trấn Phú Mỹ làm điểm. Ông A tái đắc cử chức Bí
thư Chi bộ"): that cell, as a reader takes it. Only the cell named last, in the sentence or the
one before, and only when it is a hamlet's: a cell named otherwise last ("Chi bộ Khoa Hồi sức
cấp cứu") is another one, whose name a bare "Chi bộ" cannot be known to repeat."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.bodies import read_body
from cadregraph.ingest.extract.bodies_described import HAMLET_WORDS
from cadregraph.ingest.extract.titles import view

# a cell named by what follows it: a hamlet ("ấp", "thôn" …) or any capitalised name or number
_NAMED_CELL = re.compile(r"[Cc]hi bộ (?=\w)(?!(?:nhiệm|trực|thuộc|cơ|đã|và|của|tổ chức)\b)")
_HAMLET = re.compile(rf"(?:{HAMLET_WORDS}) ")
_STOP = re.compile(r"[.!?]\s|\n")
_WINDOW = 600  # two sentences of a report


def cell_before(text: str, offset: int) -> str | None:
    """The name of the hamlet's cell named last before `offset`, within the sentence before
    the one at `offset`, or None."""
    start = max(0, offset - _WINDOW)
    stops = [m.end() for m in _STOP.finditer(text, start, offset)]
    if len(stops) >= 2:
        start = stops[-2]
    last = None
    for match in _NAMED_CELL.finditer(text, start, offset):
        last = match
    if last is None or not _HAMLET.match(text, last.end()):
        return None
    body = read_body(text, view(text), last.start())
    return None if body is None or body.slot != "national" else body.core
