"""Administrative units, looked up by name (read once from `gazetteer.tsv`).

The table comes from `vietnamadminunits` via `gazetteer_build.py`; here it only becomes dicts so
that per-article work is plain lookups. Keys go through `match_key`, which folds case, the two
tone-mark placements (Hoà/Hòa) and the look-alike Ð, but keeps diacritics: "Hà Nam" and
"Hà Nậm" must stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from cadregraph.ingest.extract.regex_trie import word_trie
from cadregraph.ingest.extract.titles import view

GAZETTEER = Path(__file__).with_name("gazetteer.tsv")
HISTORY = Path(__file__).with_name("gazetteer_history.tsv")  # units gone before its snapshot
# The five (six from 2025) centrally-run cities: their party committee is a "Thành ủy" at
# province level, which is what makes a bare "Thành ủy" ambiguous.
_ALIASES = {"hcm": "Hồ Chí Minh", "tp.hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh",
            "sài gòn": "Hồ Chí Minh", "thừa thiên - huế": "Thừa Thiên Huế"}


# Words of unit names written several ways: the Ede words of Central Highlands names ("tỉnh
# Đắc Lắc", "Đăk Lăk", "Đak Pơ") and frequent misspellings ("Quãng Ngãi", "Bắc Cạn"): every
# spelling of a unit's name finds it. The first spelling of each group is the canonical one.
_SPELLING_GROUPS = (("đắk", "đăk", "đắc", "đak"), ("lắk", "lăk", "lắc"), ("quảng", "quãng"),
                    ("kạn", "cạn"))
_SPELLINGS = {word: group for group in _SPELLING_GROUPS for word in group}


def _canonical(key: str) -> str:
    """"đăk lăk" → "đắk lắk": the spelling that stands for all of a name's spellings."""
    return " ".join(_SPELLINGS[w][0] if w in _SPELLINGS else w for w in key.split(" "))


def _variants(words: list[str]) -> list[str]:
    """Every spelling of a name's words, the canonical one first."""
    keys = [""]
    for word in words:
        keys = [f"{k} {w}".lstrip() for k in keys for w in _SPELLINGS.get(word, (word,))]
    return keys


# A word as `gazetteer_spell` takes it: letters (apostrophes inside), or digits.
_WORD = re.compile(r"[^\W\d_][\w'’]*|\d+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Unit:
    level: str  # "province", "district", "ward"
    name: str
    type: str  # "tỉnh", "thành phố", "huyện", "quận", "thị xã", "phường", "xã", "thị trấn", …
    province: str
    district: str

    def fits(self, level: str | None) -> bool:
        """Whether the unit can be what a level word ("tỉnh", "huyện" …, None: any province or
        district) names."""
        if level is None:
            return self.level in ("province", "district")
        if level == "tỉnh":  # a province gone before 2008 only with its level word
            return self.level in ("province", "old_province")
        if level == "thành phố":
            return self.type == "thành phố" and self.level in ("province", "district")
        if level in ("huyện", "quận", "thị xã"):
            return self.level == "district" and self.type == level
        return self.level == "ward"

    @property
    def level_word(self) -> str:
        """The level word the unit is named with: "tỉnh", "thành phố", "huyện", "xã" …"""
        if self.level == "province":
            return "tỉnh" if self.type == "tỉnh" else "thành phố"
        return self.type


@lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    return " ".join(view(name).lower().replace("-", " - ").split()).replace(" - ", " ")


class Gazetteer:
    def __init__(self, rows: list[list[str]]) -> None:
        self.units: dict[str, list[Unit]] = {}
        for level, name, type_, province, district, _era in rows:
            unit = Unit(level, name, type_, province, district)
            bucket = self.units.setdefault(match_key(name), [])
            if unit not in bucket:
                bucket.append(unit)
        for alias, target in _ALIASES.items():
            self.units.setdefault(match_key(alias), []).extend(self.units[match_key(target)])
        spelt: dict[str, list[Unit]] = {}  # one spelling of a name → all units so named
        for key in [k for k in self.units if _SPELLINGS.keys() & set(k.split(" "))]:
            bucket = spelt.setdefault(_canonical(key), [])
            bucket.extend(u for u in self.units[key] if u not in bucket)
        for bucket_key, bucket in spelt.items():
            for variant in _variants(bucket_key.split(" ")):
                self.units[variant] = bucket
        self.provinces = {u.name for units in self.units.values() for u in units
                          if u.level == "province"}
        # province names as news misspell them ("Quãng Ngãi"), for the bare-name scan
        self.misspelt_provinces = {" ".join(w[:1].upper() + w[1:] for w in v.split(" "))
                                   for p in self.provinces
                                   for v in _variants(match_key(p).split(" "))[1:]}
        self.cities = {u.province for units in self.units.values() for u in units
                       if u.level == "province" and u.type == "thành phố"}
        self.max_tokens = max(len(k.split()) for k in self.units)
        self._spellings: dict[str, re.Pattern[str] | None] = {}

    @cached_property
    def spellable(self) -> dict[str, bool]:
        """Keys a run of words can spell, and their first words (False): the key of a run
        (`match_key`) is its words lower-cased and joined by one space, as hyphens fold to
        spaces; en dashes stay, and no key holds one."""
        prefixes: dict[str, bool] = {}
        for key in self.units:
            words = key.split(" ")
            if "–" in key or not all(_WORD.fullmatch(w) for w in words):
                continue  # parentheses, "tp.hcm": no run of words spells it
            for n in range(1, len(words)):
                prefixes.setdefault(" ".join(words[:n]), False)
            prefixes[key] = True
        return prefixes

    @cached_property
    def _spelled_from(self) -> dict[str, list[str]]:
        by_first: dict[str, list[str]] = {}
        for key, whole in self.spellable.items():
            if whole:
                by_first.setdefault(key[0], []).append(key)
        return by_first

    def spelling(self, first: str) -> re.Pattern[str] | None:
        """The longest key starting with (lower-case) `first` that a lower-cased run of words
        spells, in one `re` call; None when no key starts so. Compiled per first letter on
        first use: all of them take ~0.5 s, which a short run need not pay."""
        if first in self._spellings:
            return self._spellings[first]
        keys = self._spelled_from.get(first)
        pattern = self._spellings[first] = None if keys is None else _spelling_pattern(keys)
        return pattern

    def lookup(self, name: str) -> list[Unit]:
        return self.units.get(match_key(name), [])

    def is_province(self, name: str) -> bool:
        """Whether a province (or centrally-run city) is called `name`."""
        return any(u.level == "province" for u in self.lookup(name))

    def is_old_province(self, name: str) -> bool:
        """Whether a province gone before 2008 was called `name` ("Hà Sơn Bình")."""
        return any(u.level == "old_province" for u in self.lookup(name))

    def province_of(self, name: str) -> str | None:
        """The province a unit lies in, when the name is unambiguous (Long Xuyên → An Giang)."""
        provinces = {u.province for u in self.lookup(name) if u.level in ("province", "district")}
        return provinces.pop() if len(provinces) == 1 else None

    def lies_in(self, name: str | None, wider: str) -> bool:
        """Whether a unit called `name` lies in the province or district called `wider`."""
        province = self.canonical_province(wider)
        return name is not None and any(u.province == province or u.district == wider
                                        for u in self.lookup(name))

    def canonical_province(self, name: str) -> str | None:
        for unit in self.lookup(name):
            if unit.level == "province":
                return unit.name if unit.name in self.provinces else unit.province
        return None


def _spelling_pattern(keys: list[str]) -> re.Pattern[str]:
    """A letter trie of the keys (longer keys tried first), a space or a hyphen between words
    as the reader joins them, the last word a whole word (a number: the whole run of digits)."""
    tails = {key: r"(?!\d)" if _DIGIT.match(key.split(" ")[-1]) else r"(?![\w'’])"
             for key in keys}
    # "hà nội", "bà rịa-vũng tàu", "bà rịa- vũng tàu", "bà rịa - vũng tàu"
    return re.compile(word_trie(keys, tails,
                                lambda c: "(?: - | |- ?)" if c == " " else re.escape(c)))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()[1:]
    lines += [line for line in HISTORY.read_text(encoding="utf-8").splitlines()[1:]
              if not line.startswith("#")]
    return Gazetteer([line.split("\t") for line in lines if line])
