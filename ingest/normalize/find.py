"""Where given characters occur in a text, found by `str.find`.

A regex opening with a character class tests every character of an article against it; the
few characters a pattern can start with are found far faster this way, and the pattern is then
tried only there (sentence breaks, photo credits, glued dashes).
"""

from __future__ import annotations


def positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of every occurrence in `text` of any character of `chars`."""
    out: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            out.append(at)
            at = text.find(char, at + 1)
    out.sort()
    return out
