"""Where a case-insensitive pattern cannot match: every match opens with one of a few words,
so where none of them is in the lowered text (`str.find`, in C) the pattern is not tried.

`re` tries a case-insensitive pattern at every character of the stretch it searches — its
skip-ahead prefixes are for letters of one case — at a few hundred machine steps each, while
`str.find` passes over a character in two or three. A key stands for the words it opens: it
must be what lower-casing makes of them, so it holds no letter that `re` matches beyond its two
cases ("i" matches "ı", "s" matches "ſ", "k" the Kelvin sign): `safe_prefix` cuts a word
before the first one. Offsets of the lowered text are those of the text only where lower case
keeps its length (`phrases.lowered`).
"""

from __future__ import annotations

from collections.abc import Iterable

# Letters that `re` matches case-insensitively with a letter that lower-casing does not make
# them: "i" with "ı", "s" with "ſ", "µ" with "μ" (checked over the Basic Multilingual Plane
# for every letter of Vietnamese; the Kelvin sign lower-cases to "k", "İ" changes length).
_UNSAFE = frozenset("isµ")


def safe_prefix(word: str) -> str:
    """The longest start of `word` (lower case) free of those letters."""
    for at, char in enumerate(word):
        if char in _UNSAFE or char.lower() != char:
            return word[:at]
    return word


# … and what lower case makes of each letter `re` matches with them.
_FORMS = {"i": "iı", "s": "sſ", "µ": "µμ"}


def lower_forms(words: Iterable[str]) -> tuple[str, ...]:
    """Every lower case of a text that `re` matches with one of `words`, case-insensitively
    (where lower case keeps the text's length): for `str.endswith`, which takes them all."""
    out: set[str] = set()
    for word in words:
        forms = [""]
        for char in word.lower():
            forms = [form + alike for form in forms for alike in _FORMS.get(char, char)]
        out.update(forms)
    return tuple(sorted(out))


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


def key_starts(lower: str, keys: Iterable[str]) -> list[int]:
    """Where any of `keys` occurs in `lower`, in order."""
    out = []
    find = lower.find
    for key in keys:
        if key not in lower:  # (cheaper to call than `find`, whose arguments are parsed)
            continue
        at = find(key)
        while at >= 0:
            out.append(at)
            at = find(key, at + 1)
    out.sort()
    return out


def any_key(lower: str, keys: Iterable[str], start: int, end: int) -> bool:
    """Does one of `keys` lie whole within lower[start:end]?"""
    piece = lower[start:end]  # `in` is cheaper to call than a `find` with bounds
    for key in keys:
        if key in piece:
            return True
    return False
