"""Where a case-insensitive pattern cannot match: every match opens with one of a few words,
so where none of them is in the lowered text (`str.find`, in C) the pattern is not tried.

`re` tries a case-insensitive pattern at every character of the stretch it searches — its
skip-ahead prefixes are for letters of one case — at a few hundred machine steps each, while
`str.find` passes over a character in two or three. A key stands for the words it opens: it
must be what lower-casing makes of them, so it holds no letter that `re` matches beyond its two
cases ("i" matches "ı", "s" matches "ſ", "k" the Kelvin sign): `safe_prefix` cuts a word
before the first one. Offsets of the lowered text are those of the text only where lower case
keeps its length (`lowered`).
"""

from __future__ import annotations

from collections.abc import Iterable

from cadregraph.ingest.extract.phrases import lower_text

# Letters whose case-insensitive matching in `re` reaches beyond upper and lower case (the
# Latin ones of `re`'s own table: "ı", "ſ", the Kelvin and Ångström signs, "ẞ", "µ").
_UNSAFE = frozenset("iskåßµ")


def safe_prefix(word: str) -> str:
    """The longest start of `word` (lower case) free of those letters."""
    for at, char in enumerate(word):
        if char in _UNSAFE or not char.isascii() and char.lower() != char:
            return word[:at]
    return word


def keys_of(words: Iterable[str], first_word: bool = False) -> tuple[str, ...]:
    """The keys that every occurrence of one of `words` opens with (shortest kept: a key
    that starts another makes it needless); with `first_word`, only their first words —
    fewer `find`s, for short stretches."""
    keys = sorted({safe_prefix(word.lower()).split(" ")[0] if first_word
                   else safe_prefix(word.lower()) for word in words}, key=len)
    if "" in keys:
        raise ValueError(f"no key for one of {sorted(words)}: it opens with an unsafe letter")
    kept: list[str] = []
    for key in keys:
        if not any(key.startswith(shorter) for shorter in kept):
            kept.append(key)
    return tuple(kept)


def lowered(text: str) -> str | None:
    """The lower case of `text`, where its offsets are those of `text`."""
    lower = lower_text(text)
    return lower if len(lower) == len(text) else None


def key_starts(lower: str, keys: Iterable[str]) -> list[int]:
    """Where any of `keys` occurs in `lower`, in order."""
    out = []
    find = lower.find
    for key in keys:
        at = find(key)
        while at >= 0:
            out.append(at)
            at = find(key, at + 1)
    out.sort()
    return out


def any_key(lower: str, keys: Iterable[str], start: int, end: int) -> bool:
    """Does one of `keys` lie whole within lower[start:end]?"""
    find = lower.find
    return any(find(key, start, end) >= 0 for key in keys)
