"""Person names for linking: folding, tone-placement-proof keys, typo-tolerant blocking.

Three views of a name are used:
- `fold_name`: scorer-style folding (case, diacritics, đ→d, punctuation ignored); what users
  type and what blocking starts from.
- `tone_key`: keeps vowel quality (ă â ê ô ơ ư đ) and the tone of each syllable but not where
  the tone mark sits, so "Hoà"/"Hòa" and "Thuỷ"/"Thủy" are one name while "Hùng"/"Hưng" are not.
- `block_keys`: the folded name plus its one-deletion neighbours (tones kept), so that names
  one small edit apart ("Quí"/"Quý") land in one block and are compared on evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cadregraph.ingest.normalize.fold import fold

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
# Combining marks that carry tone; the others (breve, circumflex, horn) change the vowel.
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


def fold_name(text: str | None) -> str:
    """'Vương Bình Thạnh' → 'vuong binh thanh' (same folding as the scorer)."""
    return fold(text)


@lru_cache(maxsize=65536)
def _syllable_tone_key(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.lower().replace("ð", "đ"))
    tone = "0"
    kept = []
    for char in decomposed:
        if char in _TONES:
            tone = _TONES[char]
        else:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


@lru_cache(maxsize=1 << 18)
def tone_key(text: str | None) -> str:
    """'Nguyễn Thị Hoà' and 'NGUYỄN THỊ HÒA' → one key; 'Hùng' and 'Hưng' stay apart."""
    if not text:
        return ""
    cleaned = _PUNCT.sub(" ", unicodedata.normalize("NFC", text)).replace("_", " ")
    return " ".join(_syllable_tone_key(s) for s in cleaned.split())


def syllables(text: str | None) -> list[str]:
    return fold_name(text).split()


def folded_key(folded: str) -> str:
    """The blocking key every spelling of one folded name shares."""
    return "=" + folded


@lru_cache(maxsize=1 << 18)
def block_keys(name: str) -> frozenset[str]:
    """Blocking keys of a written name: its folded form, and each one-letter deletion from
    one syllable with every syllable's tone kept ("Quí"/"Quý" meet at "qu1"; "Cành"/"Chánh",
    a letter and a tone apart, do not).

    Two names one slip apart share a key, so union-find over keys gives typo-tolerant blocks
    without comparing all pairs; keeping tones stops chains of unrelated names.
    """
    folded = fold_name(name)
    keys = {folded_key(folded)}
    parts = folded.split()
    tones = [t[-1] for t in tone_key(name).split()]
    if len(tones) != len(parts):
        return frozenset(keys)
    for i, part in enumerate(parts):
        if len(part) < 3:  # deleting from "le", "vo", "ha" would join unrelated names
            continue
        for j in range(len(part)):
            variant = parts[:i] + [part[:j] + part[j + 1:]] + parts[i + 1:]
            keys.add("~" + " ".join(p + t for p, t in zip(variant, tones, strict=True)))
    return frozenset(keys)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def name_relation(a: str, b: str) -> str | None:
    """How two written names relate: 'exact', 'diacritic', 'edit', or None (unrelated).

    'exact': same syllables and tones (tone placement and case ignored).
    'diacritic': equal after folding — a missing or wrong accent ("Thành"/"Thạnh"), or two
    different names that fold alike ("Hùng"/"Hưng"); evidence decides.
    'edit': same syllable count, one syllable one letter apart after folding ("Quí"/"Quý").
    """
    if tone_key(a) == tone_key(b):
        return "exact"
    fa, fb = fold_name(a), fold_name(b)
    if fa == fb:
        return "diacritic"
    pa, pb = fa.split(), fb.split()
    if len(pa) != len(pb):
        return None
    differing = [i for i, (x, y) in enumerate(zip(pa, pb, strict=True)) if x != y]
    if len(differing) != 1:
        return None
    i = differing[0]
    x, y = pa[i], pb[i]
    # One slip per name: a letter off but the same tone ("Quí"/"Quý"); "Cành"/"Chánh"
    # (a letter and a tone) are two different names.
    same_tone = tone_key(a).split()[i][-1] == tone_key(b).split()[i][-1]
    if min(len(x), len(y)) >= 2 and same_tone and _edit_distance_at_most_one(x, y):
        return "edit"
    return None


def gender_cue(name: str) -> str | None:
    """'female' for a "Thị" middle name, 'male' for "Văn" (domain README §4.3), else None.

    Diacritics matter: "Thi" without the dot is also a given name (Lâm Quang Thi).
    """
    parts = unicodedata.normalize("NFC", name).split()
    if len(parts) < 3:
        return None
    middle = [p.lower() for p in parts[1:-1]]
    if "thị" in middle:
        return "female"
    if middle and middle[0] == "văn":
        return "male"
    return None


def slug(text: str) -> str:
    return fold_name(text).replace(" ", "-") or "x"
