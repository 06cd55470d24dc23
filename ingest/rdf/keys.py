"""Folded keys and slugs: the content from which deterministic IRIs are derived.

`body_key` follows the same rules as the scorer's (../shared/eval/score.py) so that one body
spelt two ways ("HĐND TP. Long Xuyên", "Hội đồng nhân dân thành phố Long Xuyên") gets one
IRI; it is our own implementation, with the phrase table in `body_phrases.tsv`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_LEVEL_TOKENS = frozenset({"tinh", "tp", "quan", "huyen", "tx", "phuong", "xa", "tt", "p",
                           "q", "h", "x"})
PHRASES_FILE = Path(__file__).with_name("body_phrases.tsv")
# Slugs longer than this are cut and given a hash suffix so IRIs stay readable.
MAX_SLUG = 80


# Bodies, roles and names repeat across articles, so the pure key functions are cached.
@lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form; đ → d."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(" ", text.lower()).replace("_", " ")
    return _SPACE.sub(" ", text).strip()


@cache
def body_phrases() -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in PHRASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        old, _, new = line.partition("\t")
        pairs.append((old.strip(), new.strip()))
    return tuple(pairs)


@lru_cache(maxsize=1 << 16)
def body_key(name: str | None) -> str:
    """'HĐND TP. Long Xuyên' → 'hdnd long xuyen'; '' when nothing is left."""
    padded = f" {fold(name)} "
    for old, new in body_phrases():
        padded = padded.replace(f" {old} ", f" {new} " if new else " ")
    return " ".join(t for t in padded.split() if t not in _LEVEL_TOKENS)


def short_hash(*parts: str | None, length: int = 10) -> str:
    """Stable hex digest of the parts (None and '' differ from each other)."""
    joined = "\x1f".join("\x00" if p is None else p for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=1 << 16)
def slug(text: str | None) -> str:
    """'Phó Bí thư Thường trực' → 'pho-bi-thu-thuong-truc'; long slugs get a hash suffix."""
    value = _NON_SLUG.sub("-", fold(text)).strip("-")
    if len(value) > MAX_SLUG:
        value = value[:MAX_SLUG].rstrip("-") + "-" + short_hash(value, length=8)
    return value
