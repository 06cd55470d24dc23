"""Folding Vietnamese text for matching: no diacritics, no case, đ→d.

Folding drops tone marks altogether, so the two tone placements in use ("hoà" / "hòa",
"thuỷ" / "thủy") and unaccented typing ("hoa") all meet on one key.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).lower()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))
