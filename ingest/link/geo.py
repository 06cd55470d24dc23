"""Where a body or an article sits: provinces, districts, and the 2025 province mergers.

Built from the maintained `vietnamadminunits` package (legacy 63-province and new 34-province
systems and its old→new conversion table), never from a list typed here. Provinces are named
by their legacy short name ("Bình Dương", "Hồ Chí Minh"); a post-2025 unit stands for all the
legacy provinces merged into it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.link.names import fold_name

MERGER_DATE = "2025-07-01"  # new provinces and communes operate; district level ends
PROVINCE_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
_ALIASES = {  # folded spellings the package does not list → legacy short name
    "tp hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh",
    "sai gon": "Hồ Chí Minh", "thua thien hue": "Huế", "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "brvt": "Bà Rịa - Vũng Tàu", "dak nong": "Đắk Nông", "dak lak": "Đắk Lắk",
}
_DISTRICT_WORDS = (r"(?:huyen uy|quan uy|thi uy|thanh uy|huyen doan|quan doan|huyen|quan|thi xa"
                   r"|thanh pho|tp|tx)")
_LEVEL_WORD = re.compile(r"\b" + _DISTRICT_WORDS + r" (?=([a-z0-9 ]+)$)")
_COMMUNE_WORDS = ("phuong", "xa", "thi tran", "dac khu")
# A ministry named inside a body ("Thanh tra Bộ Nội vụ", "Ban cán sự đảng Bộ Xây dựng"), or a
# national department named bare ("Cục Chống tham nhũng", "Vụ Tổ chức cán bộ"); not a party
# organisation ("Đảng bộ", "Chi bộ") nor a provincial command ("Bộ Chỉ huy Quân sự").
_MINISTRY = re.compile(r"ban can su dang bo |(?:^|(?<!dang )(?<!chi ))\bbo (?!chi huy|doi |phan )"
                       r"|^(?:cuc|vu) ")


@dataclass(frozen=True)
class Gazetteer:
    provinces: dict[str, str]  # folded name or alias → legacy short name
    districts: dict[str, frozenset[str]]  # folded district short name → legacy provinces
    members: dict[str, frozenset[str]]  # new short name → legacy short names merged into it


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    # Imported here: the package's parser costs 0.4 s at import, paid only when linking.
    import vietnamadminunits
    from vietnamadminunits.database import query

    rows = query("SELECT DISTINCT provinceShort, provinceKey, districtShort "
                 "FROM admin_units_legacy")
    provinces: dict[str, str] = {}
    by_key: dict[str, str] = {}
    districts: dict[str, set[str]] = {}
    for row in rows:
        short = row["provinceShort"]
        provinces[fold_name(short)] = short
        by_key[row["provinceKey"]] = short
        district = fold_name(re.sub(r"^Quận (\d+)$", r"\1", row["districtShort"] or ""))
        if district:
            districts.setdefault(district, set()).add(short)
    for district, short in _former_districts():
        districts.setdefault(district, set()).add(short)
    for alias, short in _ALIASES.items():
        provinces[alias] = short
    new_rows = query("SELECT DISTINCT provinceShort, provinceKey FROM admin_units")
    new_by_key = {row["provinceKey"]: row["provinceShort"] for row in new_rows}
    table = Path(vietnamadminunits.__file__).parent / "data" / "converter_2025.json"
    merged = json.loads(table.read_text(encoding="utf-8"))["DICT_PROVINCE"]
    members = {new_by_key[new]: frozenset(by_key[old] for old in olds)
               for new, olds in merged.items() if new in new_by_key}
    return Gazetteer(provinces, {k: frozenset(v) for k, v in districts.items()}, members)


def _former_districts() -> list[tuple[str, str]]:
    """(folded district, legacy province) of units dissolved before the package's snapshot."""
    path = Path(__file__).with_name("former_districts.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(fold_name(re.sub(r"^Quận (\d+)$", r"\1", row[0])), row[1]) for row in rows[1:]]


@lru_cache(maxsize=1)
def _national_words() -> tuple[str, ...]:
    path = Path(__file__).with_name("national_bodies.txt")
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


def successor(province: str) -> str:
    """The post-2025 province a legacy one became part of ('Bình Dương' → 'Hồ Chí Minh')."""
    for new, olds in gazetteer().members.items():
        if province in olds:
            return new
    return province


def expand(province: str, after_merger: bool) -> frozenset[str]:
    """Legacy provinces a name covers: a post-2025 unit covers everything merged into it."""
    if after_merger:
        return gazetteer().members.get(province, frozenset({province}))
    return frozenset({province})


@lru_cache(maxsize=1)
def _province_pattern() -> re.Pattern[str]:
    names = sorted(gazetteer().provinces, key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


def provinces_in_name(text: str) -> set[str]:
    """Provinces named in a body name or a place name (folded match, whole words)."""
    folded = fold_name(text)
    folded = folded.replace("thanh pho ho chi minh", "ho chi minh")
    return {gazetteer().provinces[m] for m in _province_pattern().findall(folded)}


# "TP.", "TP", "Thành phố" just before a name: a bare "Hồ Chí Minh" is the President.
_CITY_BEFORE = re.compile(r"(?:\bTP\.?|[Tt]hành phố)\s*$")
_WORD = re.compile(r"[^\W\d_]\w*")


def _capitalised_runs(text: str) -> list[tuple[int, str]]:
    """(start, run) for each run of capitalised words joined by spaces or hyphens. Uses
    `isupper`, not a character range: Vietnamese capitals and small letters alternate in
    U+1EA0–U+1EF9, so a range would take "ở" for a capital."""
    runs: list[tuple[int, str]] = []
    start = end = -1
    for word in _WORD.finditer(text):
        capital = word.group()[0].isupper()
        joined = start >= 0 and text[end:word.start()].strip(" -") == ""
        if capital and joined:
            end = word.end()
            continue
        if start >= 0:
            runs.append((start, text[start:end]))
            start = -1
        if capital:
            start, end = word.start(), word.end()
    if start >= 0:
        runs.append((start, text[start:end]))
    return runs


def provinces_in_text(text: str) -> set[str]:
    """Provinces named in running text: only capitalised runs that are a province name
    (or end in one after a level word), so "hòa bình" (peace) and the street "Nguyễn Thái
    Bình" are not read as provinces."""
    found: set[str] = set()
    table = gazetteer().provinces
    for start, run in _capitalised_runs(text):
        folded = fold_name(run)
        if folded == "ho chi minh" and not _CITY_BEFORE.search(text, 0, start):
            continue  # the President's name ("tư tưởng Hồ Chí Minh"), not the city
        if folded in table:
            found.add(table[folded])
            continue
        for prefix in ("tinh ", "tp ", "thanh pho "):  # also inside "UBND TP Cần Thơ"
            head, found_prefix, tail = f" {folded}".rpartition(f" {prefix}")
            if found_prefix and tail in table:
                found.add(table[tail])
    for alias in ("TP.HCM", "TPHCM", "TP HCM", "TP. HCM"):
        if alias in text:
            found.add("Hồ Chí Minh")
    return found


@dataclass(frozen=True)
class BodyPlace:
    level: str  # 'national', 'province', 'district', 'commune' or 'unknown'
    provinces: frozenset[str]  # legacy provinces (ambiguous district names: all candidates)
    district: str | None = None


def body_place(body: str, hint: frozenset[str] = frozenset()) -> BodyPlace:
    """Level and provinces of a body from its full name; `hint` (the article's provinces)
    picks the right one of several districts sharing a name ("Châu Thành")."""
    folded = fold_name(body)
    provinces = provinces_in_name(body)
    district = None
    level = "unknown"
    # Each level word is tried in turn: "Quận ủy Quận 2" and "Phòng Quản lý đô thị Quận 9"
    # name their district after a later one, "Huyện ủy Quan Hóa" after the first.
    tails = [m.group(1).strip() for m in _LEVEL_WORD.finditer(folded)]
    known = [t for t in tails if t in PROVINCE_CITIES or t in gazetteer().provinces
             or t in gazetteer().districts]
    if tails:
        tail = known[0] if known else tails[0]
        candidates = gazetteer().districts.get(tail)
        if tail in PROVINCE_CITIES or fold_name(tail) in gazetteer().provinces:
            level = "province"
        elif candidates:
            district, level = tail, "district"
            narrowed = candidates & hint if len(candidates) > 1 else candidates
            if not provinces and len(narrowed) == 1:
                provinces = set(narrowed)
    if level == "unknown":
        # "Thông tấn xã" (the news agency) is no commune.
        bare = f" {folded.replace('thong tan xa', '')} "
        if any(f" {w} " in bare for w in _COMMUNE_WORDS) or folded.startswith("dang uy"):
            level = "commune"
        elif provinces:
            level = "province"
        elif any(f" {w} " in f" {folded} " for w in _national_words()) \
                or _MINISTRY.search(folded):
            level = "national"
    return BodyPlace(level, frozenset(provinces), district)
