"""Punctuation glued to words or spaced off them: "Mai- Ủy", "Mai -Ủy", "Hùng,Phó", "Hùng ,".

Each fix is what one regex substitution would do (kept as the `*_PATTERN` constants, which the
tests compare against), but found from the punctuation with `str.find` — in C, skipping ahead
— rather than by `re` trying a pattern at every character of the text. A letter is what the
patterns call [^\\W\\d_]: a word character that is neither a decimal digit nor "_".
"""

from __future__ import annotations

import re

from cadregraph.ingest.normalize.find import positions

# A dash touching a word on one side only: "Mai- Ủy", "Mai -Ủy", "Lý– Phó" (not "Rịa-Vũng").
DASH_LEFT_PATTERN = re.compile(r"([-–—])(?<=[^\W\d_][-–—])[ ]+(?=\S)")  # → " \1 "
DASH_RIGHT_PATTERN = re.compile(r" (?<=\S )[ ]*([-–—])(?=[^\W\d_])")  # → " \1 "
COMMA_GLUED_PATTERN = re.compile(r"([,;])(?<=[^\W\d_][,;])(?=[^\W\d_])")  # → "\1 "
SPACE_BEFORE_PATTERN = re.compile(r" +(?=[,;:!?](?:\s|$))")  # → ""
_DASHES = "-–—"


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


def _rebuild(text: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` with each (start, end) span replaced; spans in order, not overlapping."""
    if not edits:
        return text
    pieces, last = [], 0
    for start, end, new in edits:
        pieces += [text[last:start], new]
        last = end
    return "".join(pieces) + text[last:]


def dash_positions(text: str) -> list[int]:
    """Where the dashes the two dash fixes read are: found once for both when the first
    leaves the text as it was (the common case)."""
    return positions(text, _DASHES)


def space_dash_left(text: str, dashes: list[int] | None = None) -> str:
    """"Mai- Ủy" → "Mai - Ủy": a dash after a letter and before spaces gets a space before.
    (`dashes`: `dash_positions(text)`, when already known.)"""
    edits, last = [], 0
    for at in positions(text, _DASHES) if dashes is None else dashes:
        if at < last or not at or not _letter(text[at - 1]):
            continue
        end = at + 1
        while end < len(text) and text[end] == " ":
            end += 1
        if end > at + 1 and end < len(text) and not text[end].isspace():
            edits.append((at, end, f" {text[at]} "))
            last = end
    return _rebuild(text, edits)


def space_dash_right(text: str, dashes: list[int] | None = None) -> str:
    """"Mai -Ủy" → "Mai - Ủy": spaces, a dash, then a letter get one space each side.
    (`dashes`: `dash_positions(text)`, when already known.)"""
    edits, last = [], 0
    for at in positions(text, _DASHES) if dashes is None else dashes:
        if at + 1 >= len(text) or not _letter(text[at + 1]):
            continue
        start = at
        while start > last and text[start - 1] == " ":
            start -= 1
        if start < at and start and not text[start - 1].isspace():
            edits.append((start, at + 1, f" {text[at]} "))
            last = at + 1
    return _rebuild(text, edits)


# One pattern per mark, each opening with its literal (which `re` finds fast); commas are
# too many for a loop in Python.
# (Each with its mark, so that the pattern is not run over a text without it: `in` finds a
# character by memchr, faster than `re` scanning for it.)
_GLUED = tuple((m, re.compile(re.escape(m) + r"(?<=[^\W\d_].)(?=[^\W\d_])"), m + " ")
               for m in ",;")
_SPACED = tuple((m, re.compile(re.escape(m) + r"(?<= .)(?=\s|$)")) for m in ",;:!?")


def space_glued_commas(text: str) -> str:
    """"Hùng,Phó" → "Hùng, Phó": a comma or semicolon between two letters. (Commas first,
    then semicolons: a mark next to the other has no letter on that side, so the order is
    free.)"""
    for mark, pattern, spaced in _GLUED:
        if mark in text:
            text = pattern.sub(spaced, text)
    return text


def drop_space_before_punctuation(text: str) -> str:
    """"Hùng , Phó" → "Hùng, Phó": spaces before , ; : ! ? that end a clause."""
    edits, last = [], 0
    for at in sorted(m.start() for mark, pattern in _SPACED if mark in text
                     for m in pattern.finditer(text)):
        start = at
        while start > last and text[start - 1] == " ":
            start -= 1
        if start < at:
            edits.append((start, at, ""))
        last = at
    return _rebuild(text, edits)


# "Thà nh ủy", "Ban Chấp hà nh": a space a page put inside a syllable. A final "nh", "ng" or
# "ch" standing alone after a vowel is never a word of its own (units such as "m" are).
_SPLIT_FINAL = re.compile(r" (?:n[hg]|ch)(?!\w)")
_VOWELS = frozenset("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ")


def join_split_syllables(text: str) -> str:
    """"Thà nh ủy" → "Thành ủy": the space before a final split off its syllable goes."""
    edits = [(m.start(), m.start() + 1, "") for m in _SPLIT_FINAL.finditer(text)
             if m.start() and text[m.start() - 1].lower() in _VOWELS]
    return _rebuild(text, edits)
