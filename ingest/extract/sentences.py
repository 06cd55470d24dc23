"""Sentence splitting for Vietnamese news text, offsets into the normalised text.

Breaks at line ends (headlines, bullets, captions are lines of their own), at "./." and at
. ! ? … followed by a space and something that can start a sentence — except after
abbreviations with dots (TP., PGS.TS., ThS.; abbreviations.txt) and initials ("N.H.", "Q.1").
Dots inside tokens never break ("1.500", "05-CT/TW", "TP.HCM", "18.3").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from cadregraph.ingest.normalize.find import positions
from cadregraph.ingest.records import Sentence

_HERE = Path(__file__).resolve().parent
# End punctuation (with closing quotes/brackets), then space, then a sentence opener. "./." or
# a run of [.!?…], written to open with the class so that `re` skips ahead to candidates.
_BREAK = re.compile(r"[.!?…](?:(?<=\.)/\.|[.!?…]*)[\"')\]]*(?=[ ]+[\"'(\[-]?(\w))")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")


@cache
def abbreviations() -> frozenset[str]:
    words = set()
    for line in (_HERE / "abbreviations.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.add(line.strip())
    return frozenset(words)


def _is_abbreviation(token: str) -> bool:
    """Is `token`, the word before a dot, an abbreviation rather than a sentence's end?"""
    token = token.lstrip("(\"'[“")
    if not token:
        return False
    known = abbreviations()
    if token in known or token.rstrip(".") in known:
        return True
    # Initials: "N.H", "T" in "Ông T. Hùng" — a single letter, possibly after "X." parts
    # (the cheap test first: most words before a dot end in lower case).
    return token[-1].isupper() and bool(_INITIAL.match(token))


# What may follow the first mark of a break: more marks, "/" of "./.", a closing quote or
# bracket, or the space. Any other character fails the pattern at once, so it is not tried.
_AFTER_MARK = frozenset(".!?…/\"')] ")


def _marks(text: str) -> list[int]:
    """Where each . ! ? … is, by `str.find`: `re` would test every character against the
    class that opens `_BREAK` (ten times slower than finding its four characters)."""
    return positions(text, ".!?…")


def _cuts(text: str) -> list[tuple[int, int]]:
    """The text cut at line ends and at the breaks of each line, as (start, end) spans.

    A line's breaks are `_BREAK.finditer(line)`, the pattern being tried at the marks alone,
    read in place in the text (`endpos` at the line's end: the pattern reads no line break)."""
    spans: list[tuple[int, int]] = []
    marks = _marks(text)
    count, next_mark, size = len(marks), 0, len(text)
    line_start = 0
    while line_start <= size:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = size
        start = last = line_start
        while next_mark < count and marks[next_mark] < line_end:
            at = marks[next_mark]
            next_mark += 1
            if at < last or at + 1 >= line_end or text[at + 1] not in _AFTER_MARK:
                continue
            match = _BREAK.match(text, at, line_end)
            if match is None:
                continue
            last = match.end()
            opener = match.group(1)
            if not (opener.isupper() or opener.isdigit()):
                continue
            if text[at] == "." and _is_abbreviation(
                    text[max(text.rfind(" ", line_start, at) + 1, line_start) : at]):
                continue
            spans.append((start, last))
            start = last
        spans.append((start, line_end))
        line_start = line_end + 1
    return spans


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for start, end in _cuts(text):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            begin = start if piece[0] == stripped[0] else start + len(piece) - len(piece.lstrip())
            out.append(Sentence(len(out), begin, begin + len(stripped), stripped))
    return out
