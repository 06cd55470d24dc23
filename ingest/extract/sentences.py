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
    if token in abbreviations() or token.rstrip(".") in abbreviations():
        return True
    # Initials: "N.H", "T" in "Ông T. Hùng" — a single letter, possibly after "X." parts.
    return bool(_INITIAL.match(token)) and token[-1].isupper()


def _pieces(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _BREAK.finditer(line):
        opener = match.group(1)
        if not (opener.isupper() or opener.isdigit()) or _is_abbreviation(line, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _pieces(line):
            piece = line[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                begin = offset + start + lead
                out.append(Sentence(len(out), begin, begin + len(stripped), stripped))
        offset += len(line) + 1
    return out
