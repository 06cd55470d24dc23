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


def _breaks(text: str) -> list[int]:
    """Where sentences end inside lines. `_BREAK` reads no line break (its spaces are " ",
    its opener a word character), so one `finditer` over the whole text finds what it finds
    in each line; `re` skips ahead to the marks by the class that opens it, and only the
    breaks it finds (one or two a sentence) reach Python."""
    ends: list[int] = []
    for match in _BREAK.finditer(text):
        opener = match.group(1)
        if not (opener.isupper() or opener.isdigit()):
            continue
        at = match.start()
        if text[at] == ".":
            word = text[text.rfind(" ", 0, at) + 1 : at]  # the word before, in its line
            if "\n" in word:
                word = word[word.rfind("\n") + 1 :]
            if _is_abbreviation(word):
                continue
        ends.append(match.end())
    return ends


def split_sentences(text: str) -> list[Sentence]:
    """The text cut at line ends and at the breaks inside lines, each piece stripped."""
    out: list[Sentence] = []
    ends = _breaks(text)
    count, next_end = len(ends), 0
    start, size = 0, len(text)
    while start <= size:
        line_end = text.find("\n", start)
        if line_end < 0:
            line_end = size
        while True:
            if next_end < count and ends[next_end] <= line_end:
                end = ends[next_end]
                next_end += 1
            else:
                end = line_end
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                begin = start if piece[0] == stripped[0] \
                    else start + len(piece) - len(piece.lstrip())
                out.append(Sentence(len(out), begin, begin + len(stripped), stripped))
            if end == line_end:
                break
            start = end
        start = line_end + 1
    return out
