"""Folding for matching and keys: case-, accent- and punctuation-insensitive, đ → d.

One implementation for the whole project, the same folding as the scorer
(../shared/eval/score.py): person blocking in linking, body keys and slugs for IRIs, and
the search index all meet on it. Folding drops tone marks, so both tone placements
("hoà"/"hòa") and unaccented typing ("hoa") give one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _slow_fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d")
    text = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    text = _PUNCT.sub(" ", text.lower()).replace("_", " ")
    return _SPACE.sub(" ", text).strip()


@cache
def _fold_table() -> dict[int, str]:
    """Per character, what `_slow_fold` makes of it (Latin and Vietnamese letters, marks)."""
    table = {}
    for code in [*range(0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if _COMBINING.match(char):
            table[code] = ""
            continue
        folded = _slow_fold(char)
        if folded and folded.isascii() and folded.isalnum():
            table[code] = folded
        elif not folded and (_PUNCT.match(char) or char.isspace() or char == "_"):
            table[code] = " "  # a separator
        # anything else is left to the slow path
    return table


# Bodies, roles and names repeat across articles, so the pure key functions are cached.
@lru_cache(maxsize=1 << 17)
def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form; đ → d."""
    if not text:
        return ""
    # One table lookup per character instead of two normalisations and three regexes
    # (10x faster); anything the table does not cover takes the exact slow path.
    quick = text.translate(_fold_table())
    if quick.isascii() and quick.replace(" ", "").isalnum() or not quick.strip():
        return " ".join(quick.split())
    return _slow_fold(text)


def tokens(text: str | None) -> list[str]:
    """The folded words of `text`."""
    return fold(text).split()
