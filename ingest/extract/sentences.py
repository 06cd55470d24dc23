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


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the dot at `dot` the end of an abbreviation rather than of a sentence?"""
    if text[dot] != ".":
        return False
    token = text[text.rfind(" ", 0, dot) + 1 : dot].lstrip("(\"'[“")
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


def _pieces(line: str, marks: list[int]) -> list[tuple[int, int]]:
    """`line` cut at its breaks; `marks` are the line's . ! ? … (offsets in the line). Same
    breaks as `_BREAK.finditer(line)`, the pattern being tried at the marks alone."""
    spans, start, last = [], 0, 0
    size = len(line)
    for at in marks:
        if at < last or at + 1 >= size or line[at + 1] not in _AFTER_MARK:
            continue
        match = _BREAK.match(line, at)
        if match is None:
            continue
        last = match.end()
        opener = match.group(1)
        if not (opener.isupper() or opener.isdigit()) or _is_abbreviation(line, at):
            continue
        spans.append((start, last))
        start = last
    spans.append((start, size))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    marks = _marks(text)
    offset, next_mark = 0, 0
    for line in text.split("\n"):
        stop = offset + len(line)
        first = next_mark
        while next_mark < len(marks) and marks[next_mark] < stop:
            next_mark += 1
        in_line = [at - offset for at in marks[first:next_mark]] if next_mark > first else []
        for start, end in _pieces(line, in_line):
            piece = line[start:end]
            stripped = piece.strip()
            if stripped:
                lead = 0 if piece[0] == stripped[0] else len(piece) - len(piece.lstrip())
                begin = offset + start + lead
                out.append(Sentence(len(out), begin, begin + len(stripped), stripped))
        offset = stop + 1
    return out
