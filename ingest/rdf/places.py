"""What the gazetteer says about a place name within the article's province: its level and
the place it lies in. Only what every matching unit agrees on is returned, so an ambiguous
name ("Long Xuyên": a city and, since 2025, a ward) gets no level rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cadregraph.ingest.extract.gazetteer import Unit, gazetteer
from cadregraph.ingest.rdf.keys import body_key

# A province merged away before 2008 (Hà Sơn Bình, Nghĩa Bình) was a province all the same.
_LEVELS = {"province": "province", "old_province": "province", "district": "district",
           "ward": "commune"}
# A leading level word narrows the unit types a name can be ("phường Mỹ Thới" is a ward).
_TYPE_WORDS = re.compile(r"^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|phường|xã|thị trấn)\s+",
                         re.IGNORECASE)
_TYPES = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã"}


@dataclass(frozen=True)
class PlaceFacts:
    level: str | None  # "province", "district", "commune"
    within: str | None  # name of the place it lies in (a district or the province)


def _candidates(name: str, province: str | None) -> list[Unit]:
    bare, wanted = name.strip(), None
    match = _TYPE_WORDS.match(bare)
    if match:
        word = match.group(1).lower()
        wanted, bare = _TYPES.get(word, word), bare[match.end():]
    units = gazetteer().lookup(bare)
    if wanted:
        units = [u for u in units if u.type == wanted]
    if province:
        key = body_key(province)
        units = [u for u in units if body_key(u.province) == key]
    return units


@lru_cache(maxsize=1 << 14)
def place_facts(name: str, province: str | None) -> PlaceFacts:
    """Level and containing place of `name` in `province` (None where units disagree)."""
    units = _candidates(name, province)
    if not units:
        return PlaceFacts(None, None)
    levels = {_LEVELS.get(u.level) for u in units}
    level = levels.pop() if len(levels) == 1 else None
    if level == "province":
        return PlaceFacts(level, None)
    districts = {u.district for u in units}
    if level == "commune" and len(districts) == 1 and "" not in districts:
        return PlaceFacts(level, districts.pop())
    provinces = {u.province for u in units}
    return PlaceFacts(level, provinces.pop() if len(provinces) == 1 else None)
