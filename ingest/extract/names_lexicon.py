"""Word lists for person names: family names and the honorifics/ranks stripped before them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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


@lru_cache(maxsize=16384)  # asked for every capitalised word of every run, many times over
def is_family_name(word: str) -> bool:
    return word in family_names() or word.title() in family_names()
