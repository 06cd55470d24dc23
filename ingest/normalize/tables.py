"""Load the small character tables that sit beside this module (chars.tsv, tones.tsv)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


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
def char_pattern() -> re.Pattern[str]:
    """Any character of chars.tsv; faster than `str.translate` on text that has few of them."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in char_table()) + "]")


def fix_chars(text: str) -> str:
    table = char_table()
    return char_pattern().sub(lambda m: table[ord(m.group())], text)


@cache
def tone_pairs() -> dict[str, str]:
    """Old-style → new-style tone placement, in lower, Capitalised and UPPER forms."""
    pairs: dict[str, str] = {}
    for old, new, *_ in _rows("tones.tsv"):
        pairs[old] = new
        pairs[old[0].upper() + old[1:]] = new[0].upper() + new[1:]
        pairs[old.upper()] = new.upper()
    return pairs
