"""Load the small character tables that sit beside this module (chars.tsv, tones.tsv)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# Every capital letter up to Vietnamese "Ỹ", for character classes ("[{UPPER}]"): `re` has no
# class for capitals. (Here, below both normalisation and extraction, so both read one set.)
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (_HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _char(spec: str) -> str:
    if spec == '""':
        return ""
    return chr(int(spec[2:], 16)) if spec.startswith("U+") else spec


@cache
def char_table() -> dict[int, str]:
    """`str.translate` table: look-alike letters, odd spaces, quotes, invisible characters."""
    return {ord(_char(row[0])): _char(row[1]) for row in _rows("chars.tsv")}


@cache
def _char_fixes() -> tuple[tuple[str, str], ...]:
    fixes = tuple((chr(code), new) for code, new in char_table().items())
    for old, _ in fixes:  # one replacement after another must equal one pass
        if any(old in new for _, new in fixes):
            raise ValueError(f"chars.tsv: U+{ord(old):04X} is both replaced and put in")
    return fixes


def fix_chars(text: str) -> str:
    """`text.translate(char_table())`, one `str.replace` per character the text holds: each
    test is a `str.find` for one character (memchr, fast), where `translate` or a regex class
    reads the text character by character in Python's or `re`'s loop. One pass or several
    give the same text: no character put in is one taken out."""
    for old, new in _char_fixes():
        if old in text:
            text = text.replace(old, new)
    return text


@cache
def tone_pairs() -> dict[str, str]:
    """Old-style → new-style tone placement, in lower, Capitalised and UPPER forms."""
    pairs: dict[str, str] = {}
    for old, new, *_ in _rows("tones.tsv"):
        pairs[old] = new
        pairs[old[0].upper() + old[1:]] = new[0].upper() + new[1:]
        pairs[old.upper()] = new.upper()
    return pairs
