"""The identity key of a body: the phrased name with its administrative level kept.

"HĐND TP. Long Xuyên" and "Hội đồng nhân dân thành phố Long Xuyên" → "hdnd thanh pho long
xuyen"; "Hội đồng nhân dân phường Long Xuyên" → "hdnd phuong long xuyen" (another body).
Level spellings come from `body_levels.tsv`. A committee word that implies the level
(Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy) needs no level word, so one written after it
is dropped. A council, committee, Front, delegation or party organisation named after a
province with no level word ("UBND An Giang") gets the province's level when the gazetteer
says the name is a province and no lower unit shares it — compared with diacritics, as
"Kiên Giang" (province) and "Kiến Giang" (a township) fold alike; otherwise it stays apart
rather than be merged wrongly.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from cadregraph.ingest.extract.gazetteer import gazetteer, match_key
from cadregraph.ingest.rdf.keys import phrased

LEVELS_FILE = Path(__file__).with_name("body_levels.tsv")
# Committee words that carry their unit's level in themselves.
_IMPLYING = frozenset({"tinhuy", "thanhuy", "huyenuy", "quanuy", "thiuy"})
# Bodies whose name is "<head> <level> <unit>", where articles often omit the level.
_HEADS = frozenset({"hdnd", "ubnd", "mttq", "doandbqh", "dangbo"})
_PROVINCE_TYPES = {"tỉnh": "tinh", "thành phố": "thanh pho"}


@cache
def level_spellings() -> dict[tuple[str, ...], tuple[str, bool]]:
    """(folded words of a spelling) → (canonical level, only as an inner word)."""
    out = {}
    for line in LEVELS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        spelling, level, where = (part.strip() for part in line.split("\t"))
        out[tuple(spelling.split())] = (level, where == "inner")
    return out


@cache
def _levels() -> frozenset[str]:
    return frozenset(level for level, _ in level_spellings().values())


def _canonical_levels(words: list[str]) -> list[str]:
    spellings = level_spellings()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (2, 1):
            found = spellings.get(tuple(words[i:i + size])) if i + size <= len(words) else None
            if found and (not found[1] or (0 < i and i + size < len(words))):
                out.append(found[0])
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


@cache
def _province_keys() -> tuple[dict[str, dict[str, str]], dict[str, set[str]]]:
    """Phrased key → {diacritic-kept key of a province name: its level word}, and phrased
    key → diacritic-kept keys of the lower units (districts, wards) with that key."""
    provinces: dict[str, dict[str, str]] = {}
    lower: dict[str, set[str]] = {}
    for units in gazetteer().units.values():
        for unit in units:
            key = phrased(unit.name)
            if unit.level == "province" and unit.type in _PROVINCE_TYPES:
                provinces.setdefault(key, {})[match_key(unit.name)] = _PROVINCE_TYPES[unit.type]
            elif unit.level != "province":
                lower.setdefault(key, set()).add(match_key(unit.name))
    return provinces, lower


def _province_level(place: list[str], name: str) -> str | None:
    """The level word of the province `place` names, when nothing else has that name."""
    provinces, lower = _province_keys()
    key = " ".join(place)
    candidates = provinces.get(key)
    if not candidates:
        return None
    if key in lower:
        # A lower unit folds alike: decide on the name as written, diacritics kept.
        words = name.split()
        written = {match_key(" ".join(words[-n:])) for n in range(1, min(len(words), 6) + 1)}
        exact = [k for k in candidates if k in written]
        if not exact or any(k in lower[key] for k in exact):
            return None
        candidates = {k: candidates[k] for k in exact}
    levels = set(candidates.values())
    return levels.pop() if len(levels) == 1 else None


@lru_cache(maxsize=1 << 17)
def identity_key(name: str | None) -> str:
    """'HĐND TP. Long Xuyên' → 'hdnd thanh pho long xuyen'; '' when nothing is left."""
    words = _canonical_levels(phrased(name).split())
    levels = _levels()
    words = [w for i, w in enumerate(words)
             if not (i and w in levels and words[i - 1] in _IMPLYING)]
    heads = [i for i, w in enumerate(words) if w in _HEADS]
    if heads and name:
        place = words[heads[-1] + 1:]
        if place and place[0] not in levels:
            level = _province_level(place, " ".join(name.split()))
            if level:
                words[heads[-1] + 1:heads[-1] + 1] = level.split()
    return " ".join(words)
