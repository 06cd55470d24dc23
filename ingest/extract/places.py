"""Where an article is about: its province and district-level locality, and the places named.

Order of evidence: the input's `province`; the outlet's web address (provincial portals and
papers carry the province, and sometimes the district, in their host name:
"longxuyen.angiang.gov.vn"); then the places the text names most ("tỉnh An Giang", "Tỉnh ủy
Hà Nội", "TP. Long Xuyên" → An Giang through the gazetteer).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache, partial
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_read import shared_read
from cadregraph.ingest.extract.places_bare import OLD, bare_provinces
from cadregraph.ingest.extract.places_host import ascii_key as ascii_key  # persons uses it
from cadregraph.ingest.extract.places_host import from_host
from cadregraph.ingest.extract.regex_trie import word_trie
from cadregraph.ingest.extract.titles import lowered, view
from cadregraph.ingest.normalize.find import positions
from cadregraph.ingest.normalize.tables import UPPER

# Matched on the lower-cased view (same offsets): case-insensitive alternations are slow.
# A trie checks each letter once; where two words fit ("tỉnh ủy", "tỉnh") it tries the longer
# first, as the plain alternation did.
_LEVEL_WORDS = {"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "tỉnh", "thành phố",
                "thị xã", "thị trấn", "huyện đảo", "huyện", "quận", "phường", "xã", "đặc khu",
                "tp", "tx"}
_ANCHOR = re.compile(word_trie(_LEVEL_WORDS) + r"(?!\w)")
_FIRST_WORDS = tuple(sorted({w.split(" ")[0] for w in _LEVEL_WORDS}))
DISTRICT_LEVELS = ("thành phố", "huyện", "quận", "thị xã")
_WARD_LEVELS = ("phường", "xã", "thị trấn")
_LEVEL_OF_COMMITTEE = {"tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện",
                       "quận ủy": "quận", "thị ủy": "thị xã"}


class PlaceMention(NamedTuple):  # a tuple: ~10 an article, made 4x faster than a dataclass
    start: int
    level: str  # "tỉnh", "thành phố", "huyện", "phường", …
    name: str
    province: str | None  # the province it lies in, when the gazetteer says so unambiguously


# papers named for a place ("Báo Hà Nội Mới"): no mention of it inside their names
_OUTLETS = tuple(line for line in Path(__file__).with_name("place_outlets.txt")
                 .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))


def _outlet_gates(outlets: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The outlets grouped by first word, each group behind the beginning its names share:
    one `in` for "Pháp " spares six for "Pháp Luật TP.HCM", "Pháp luật TPHCM" …"""
    groups: dict[str, list[str]] = {}
    for outlet in outlets:
        groups.setdefault(outlet.split(" ")[0], []).append(outlet)
    return tuple((os.path.commonprefix(group), tuple(group)) for group in groups.values())


_OUTLET_GATES = _outlet_gates(_OUTLETS)
_NEXT = re.compile(rf"\.?\s*[{UPPER}\d]")
# the look-behind follows the first letter so that `re` can skip ahead to "T" (10x faster)
_HCM = re.compile(r"T(?<!\wT)P\.?HCM(?!\w)")
_START_LEVEL_NAME = itemgetter(0, 1, 2)
# `PlaceMention._make` without its Python frame: each tuple holds the four fields
_MENTION = partial(tuple.__new__, PlaceMention)


@lru_cache(maxsize=4096)
def _province_of(level: str, name: str) -> str | None:
    gaz = gazetteer()
    if level in _WARD_LEVELS:
        # "xã Thống Nhất" is not in the province of "huyện Thống Nhất": only a ward or commune
        # of that name, when all of them lie in one province
        provinces = {u.province for u in gaz.lookup(name) if u.level == "ward" and u.type == level}
        return provinces.pop() if len(provinces) == 1 else None
    province = gaz.canonical_province(name) if level in ("tỉnh", "thành phố") else None
    if province is None and level == "tỉnh" and gaz.is_old_province(name):
        return None  # "tỉnh Hà Đông" (gone in 1965): not today's Hà Nội, whose district it is
    return province or gaz.province_of(name)


def _level_words(low: str) -> list[re.Match[str]]:
    """What `_ANCHOR.finditer(low)` finds, tried only where a level word's first word occurs:
    `str.find` runs past the text ~20x faster than `re` tries each t, h, q, p, x and đ."""
    found, done, match = [], 0, _ANCHOR.match
    for at in positions(low, _FIRST_WORDS):
        if at >= done and (anchor := match(low, at)) is not None:
            found.append(anchor)
            done = anchor.end()
    return found


@lru_cache(maxsize=2)  # locate() and the people stage both ask, per article
def place_mentions(text: str) -> tuple[PlaceMention, ...]:
    """Places named with a level word or as a province name, in text order; a unit marked as
    the old one ("tỉnh Kiên Giang (cũ)") is history, not where the article's bodies are."""
    tv = view(text)
    # (start, level, name, province) tuples: a set of them orders as a set of the mentions did
    found: set[tuple[int, str, str, str | None]] = set()
    bare_provinces(tv, found)
    if "HCM" in tv:
        for match in _HCM.finditer(tv):
            found.add((match.start(), "thành phố", "Hồ Chí Minh", "Hồ Chí Minh"))
    low = lowered(tv)
    next_match, committee, add = _NEXT.match, _LEVEL_OF_COMMITTEE.get, found.add
    old: list[tuple[int, int]] = []  # the spans of provinces gone before 2008
    low_text = tv.lower() if low is None else low
    for anchor in _level_words(low_text):
        begin = anchor.start()
        if begin and (tv[begin - 1].isalnum() or tv[begin - 1] == "_"):
            continue  # inside a word (the pattern has no look-behind, to scan faster)
        word = anchor.group()
        if word in ("tp", "tx") and not tv[begin].isupper():
            continue
        if word == "xã" and low_text.endswith(("hợp tác ", "thông tấn "), 0, begin):
            continue  # "Hợp tác xã Tân Lợi", "Thông tấn xã Việt Nam": not a commune
        end = anchor.end()
        if next_match(tv, end) is None:
            continue  # "tỉnh ta", "huyện nhà": no name follows
        expected = committee(word)
        read = shared_read(tv, end if expected else begin, expected)
        if read is None or read.name is None or read.level is None \
                or OLD.match(tv, read.end) is not None:
            continue
        level = read.level
        add((begin, level, read.name, _province_of(level, read.name)))
        if level == "tỉnh" and gazetteer().is_old_province(read.name):
            old.append((begin, read.end))  # "tỉnh Quảng Nam - Đà Nẵng": not two provinces
        for name in read.more:
            add((begin, level, name, _province_of(level, name)))
    if old:
        found = {f for f in found if not any(a < f[0] < b for a, b in old)}
    for gate, outlets in _OUTLET_GATES:
        if gate not in tv:
            continue
        for outlet in outlets:
            if outlet in tv:  # rare: one `in` per name
                spans = [(at, at + len(outlet)) for at in positions(tv, (outlet,))]
                found = {f for f in found if not any(a <= f[0] < b for a, b in spans)}
    return tuple(map(_MENTION, sorted(found, key=_START_LEVEL_NAME)))


def locate(context: Context) -> None:
    article, gaz = context.article, gazetteer()
    if article.published:
        context.year = int(article.published[:4])
    mentions = place_mentions(context.text)
    context.places = list(dict.fromkeys(m.name for m in mentions))
    province = gaz.canonical_province(article.province) if article.province else None
    host_province, host_district = from_host(article.site)
    votes = Counter(m.province for m in _once(mentions) if m.province)
    if province is None and host_province is not None:
        # a provincial paper reporting on another province: trust the text when it never
        # names the paper's own province and keeps naming another
        top = votes.most_common(1)
        province = top[0][0] if top and top[0][1] >= 2 and not votes[host_province] \
            else host_province
    if province is None and votes:
        province = votes.most_common(1)[0][0]
    context.province = province
    if host_district and province == host_province:
        context.locality = host_district
    else:
        local = Counter(m.name for m in mentions if m.level in DISTRICT_LEVELS
                        and m.province == province and m.name != province)
        if not local and province:  # "xã Mỹ Phú" (An Giang): the district it lies in
            local = Counter(d for m in mentions if m.level in _WARD_LEVELS
                            and (d := _district_of(m, province)))
        context.locality = local.most_common(1)[0][0] if local else None
    if context.locality:
        types = {u.type for u in gaz.lookup(context.locality)
                 if u.level == "district" and u.province == province}
        context.locality_level = types.pop() if len(types) == 1 else None


def _once(mentions: tuple[PlaceMention, ...]) -> list[PlaceMention]:
    """Each place named once: "tỉnh An Giang" and "Tỉnh ủy An Giang" are found twice (the
    level word, then the bare province name), "TP.HCM" once; counted twice, a province written
    with its level word would outvote the city written "TP.HCM"."""
    kept: list[PlaceMention] = []
    for m in mentions:
        if not kept or m.name != kept[-1].name or m.start - kept[-1].start > 10:
            kept.append(m)
    return kept


def _district_of(mention: PlaceMention, province: str) -> str | None:
    """The district a ward or commune of `province` lay in, when the gazetteer knows one."""
    districts = {u.district for u in gazetteer().lookup(mention.name)
                 if u.level == "ward" and u.type == mention.level and u.province == province}
    return districts.pop() if len(districts) == 1 and "" not in districts else None
