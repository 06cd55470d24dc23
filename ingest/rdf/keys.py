"""Folded keys and slugs: the content from which deterministic IRIs are derived.

Two body keys share one phrase table (`body_phrases.tsv`, abbreviations spelled out):
`identity_key` keeps the administrative level (`body_levels.tsv`), so "HĐND TP. Long Xuyên"
and "Hội đồng nhân dân thành phố Long Xuyên" are one body and "HĐND phường Long Xuyên" is
another — body IRIs are built from it. `body_key` drops the level as the scorer
(../shared/eval/score.py) does, for tolerant comparison (kinds of bodies, central issuers,
places); it must never decide identity.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from pathlib import Path

from cadregraph.ingest.normalize.fold import fold

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_LEVEL_TOKENS = frozenset({"tinh", "tp", "quan", "huyen", "tx", "phuong", "xa", "tt", "p",
                           "q", "h", "x"})
PHRASES_FILE = Path(__file__).with_name("body_phrases.tsv")
_Rule = tuple[frozenset[str], str, str]  # (words needed, old, new)
# Slugs longer than this are cut and given a hash suffix so IRIs stay readable.
MAX_SLUG = 80


@cache
def body_phrases() -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in PHRASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        old, _, new = line.partition("\t")
        pairs.append((old.strip(), new.strip()))
    return tuple(pairs)


@cache
def _phrase_rules() -> tuple[tuple[_Rule, ...], dict[str, tuple[int, ...]]]:
    """The rows as (words needed, old, new), and the rows by their first word: a row can
    only match when its first word is present, which skips nearly all of them (bodies are
    keyed by the ten thousand)."""
    rules = tuple((frozenset(old.split()), f" {old} ", f" {new} " if new else " ")
                  for old, new in body_phrases())
    by_first: dict[str, list[int]] = {}
    for index, (old, _) in enumerate(body_phrases()):
        by_first.setdefault(old.split()[0], []).append(index)
    return rules, {word: tuple(rows) for word, rows in by_first.items()}


@lru_cache(maxsize=1 << 17)
def phrased(name: str | None) -> str:
    """The folded name with the phrases of `body_phrases.tsv` rewritten, levels kept."""
    rules, by_first = _phrase_rules()
    padded = f" {fold(name)} "
    words = set(padded.split())
    # Rows apply in file order; a rewrite may bring in words that later rows need.
    pending = sorted({i for w in words for i in by_first.get(w, ())})
    while pending:
        index = pending.pop(0)
        needed, old, new = rules[index]
        if needed <= words and old in padded:
            padded = padded.replace(old, new)
            words = set(padded.split())
            pending = sorted({i for w in words for i in by_first.get(w, ()) if i > index})
    return padded.strip()


@lru_cache(maxsize=1 << 17)
def body_key(name: str | None) -> str:
    """'HĐND TP. Long Xuyên' → 'hdnd long xuyen' (the scorer's key); '' when nothing is left."""
    padded = f" {phrased(name)} "
    for old in (" thanh pho ", " thi xa ", " thi tran "):
        padded = padded.replace(old, " ")
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
