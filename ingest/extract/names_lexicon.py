"""Word lists for person names: family names and the honorifics/ranks stripped before them;
the honorific before a name; and helpers that make word-list patterns cheap to run (letter
trees, lower-cased searches in place of IGNORECASE ones)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.regex_trie import BMP_CHARS, either_case, word_trie

HERE = Path(__file__).parent


def _lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return frozenset(line.strip() for line in _lines("family_names.txt"))


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """Lower-cased honorific → gender ("male"/"female"/"")."""
    out = {}
    for line in _lines("honorifics.tsv"):
        phrase, _, gender = line.partition("\t")
        out[phrase.strip().lower()] = gender.strip()
    return out


@lru_cache(maxsize=1)
def not_persons() -> frozenset[str]:
    """Name-shaped word groups that are not people ("Hàn Quốc", "Đinh Dậu")."""
    return frozenset(_lines("names_not_persons.txt"))


@lru_cache(maxsize=1)
def middle_names() -> frozenset[str]:
    return frozenset(line.strip() for line in _lines("middle_names.txt"))


@lru_cache(maxsize=1)
def name_breaks() -> dict[str, tuple[str, ...]]:
    """Kind → words of `name_breaks.tsv` (words that end, break or unmake a name)."""
    out: dict[str, list[str]] = {}
    for line in _lines("name_breaks.tsv"):
        kind, _, words = line.partition("\t")
        out.setdefault(kind.strip(), []).append(words.strip())
    return {kind: tuple(words) for kind, words in out.items()}


@lru_cache(maxsize=16384)  # asked for every capitalised word of every run, many times over
def is_family_name(word: str) -> bool:
    return word in family_names() or word.title() in family_names() or is_female_prefixed(word)


def is_female_prefixed(word: str) -> bool:
    """"H'Hen", "H’Yim": Ê Đê/Jrai women's names fuse the prefix "H'" with the next syllable,
    which then opens the name as a family name does ("H'Hen Niê")."""
    return len(word) > 2 and word[0] in "Hh" and word[1] in "'’" and word[2].isupper()


def case_exotic(words: Iterable[str]) -> str:
    """The letters on which `re.IGNORECASE` and `str.lower` disagree about matching a letter
    of `words` ("ı" and "İ" match "i", "ſ" matches "s"). A lower-cased comparison stands in
    for an IGNORECASE regex only in texts without them."""
    letters = {c for w in words for c in w.lower()}
    near = re.findall("(?i)[" + "".join(map(re.escape, letters)) + "]", BMP_CHARS)
    return "".join(sorted({c for c in near for x in letters
                           if bool(re.fullmatch("(?i)" + re.escape(x), c)) != (c.lower() == x)}))


@lru_cache(maxsize=1)
def _honorific_regex() -> re.Pattern[str]:
    words = sorted(honorifics(), key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s(:,;\-–]))(" + "|".join(re.escape(w) for w in words)
                      + r")\s*[:,]?\s*$", re.IGNORECASE)


# `_honorific_regex` read backwards from the name: one `match`, no search. The letter tree
# tries longer honorifics first, so it finds the leftmost match's honorific.
_HONORIFIC_ENDS = {w[::-1]: r"(?=[\s(:,;\-–]|\Z)" for w in honorifics()}
_HONORIFIC_BACK = re.compile(r"\s*[:,]?\s*("
                             + word_trie(_HONORIFIC_ENDS, _HONORIFIC_ENDS, either_case) + ")")


def honorific_before(text: str, start: int) -> str:
    """The honorific (lower-cased) that ends just before `start`, with only spaces and one ":"
    or "," after it, within 24 characters: `_honorific_regex` searched there."""
    # the window backwards, with the character before it (which an honorific may not use)
    back = text[start - 1:start - 26:-1] if start > 25 else text[start - 1::-1] if start else ""
    match = _HONORIFIC_BACK.match(back)
    if match is None:
        return ""
    if start > 24 and match.end() == len(back):  # (it runs out of the window: rare)
        match = _honorific_regex().search(text, start - 24, start)
        return match.group(1).lower() if match else ""
    return match.group(1)[::-1].lower()


def trie_pattern(words: Iterable[str]) -> str:
    """`word_trie` of `words` as one group, ready for a quantifier or a concatenation."""
    return "(?:" + word_trie(words) + ")"


class FoldedSearch:
    """`re.search(pattern, s, re.IGNORECASE)` for a pattern written in lower case, run without
    the flag on `s.lower()`: there `re` can skip to the first letters of the alternatives,
    which it cannot under IGNORECASE. (`lower` keeps every character's length and its \\w and
    \\s classes, but for "İ"; texts with it, or with letters that IGNORECASE and `lower` treat
    apart, are searched with the flag.)"""

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"not in lower case: {pattern}")
        self.plain = re.compile(pattern)
        self.flagged = re.compile(pattern, re.IGNORECASE)
        exotic = case_exotic([pattern])
        self.exotic = re.compile("[" + re.escape(exotic) + "]") if exotic else None

    def __call__(self, text: str) -> bool:
        low = text.lower()
        if len(low) != len(text) or (self.exotic is not None and self.exotic.search(text)):
            return self.flagged.search(text) is not None
        return self.plain.search(low) is not None
