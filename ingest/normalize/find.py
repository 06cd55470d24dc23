"""Where given characters (or words) occur in a text, found by `str.find`.

A regex opening with a character class tests every character of an article against it; the
few characters a pattern can start with are found far faster this way, and the pattern is then
tried only there (sentence breaks, photo credits, glued dashes, level words of places).
"""

from __future__ import annotations

from collections.abc import Iterable


def positions(text: str, needles: Iterable[str]) -> list[int]:
    """Sorted offsets of every occurrence in `text` of any of `needles` (the characters of a
    string, or words)."""
    out: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1)
    out.sort()
    return out
