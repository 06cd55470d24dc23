"""Provinces named bare in a text ("An Giang", "về Hà Nội"), unless the words around make the
name a person's ("Nguyễn Thái Bình"), a road's or landmark's ("cầu Thăng Long"), an address
after a smaller place ("huyện Cần Đước, Long An") or the old unit ("Kiên Giang (cũ)")."""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names_lexicon import is_family_name
from cadregraph.ingest.extract.regex_trie import word_trie
from cadregraph.ingest.extract.titles import view

_ADDRESS = re.compile(r"(?:[,(]|\bquê(?: quán)?|\bở)\s*$")
_ADDRESS_ENDS = ",(ênở"  # the last letter of each of its words
OLD = re.compile(r"\s*(?:\(cũ\)|cũ\b|trước đây)")
# "xa lộ Hà Nội", "cầu Thăng Long", "sân bay Đà Nẵng": a road or a landmark, not the place
_LANDMARKS = ("đường", "xa lộ", "đại lộ", "quốc lộ", "cao tốc", "cầu", "hầm", "sân bay", "bến xe",
              "ga", "cảng", "chợ", "khách sạn", "nhà hát", "công viên", "quảng trường",
              "vòng xoay", "nút giao", "ngã tư", "ngã ba")
_LANDMARK = re.compile(r"(?<!\w)(?:" + "|".join(_LANDMARKS) + r")\s+$", re.IGNORECASE)
# After "<word> " one can only end in the word's last letter: the letters (in any case, as
# IGNORECASE matches them) that end one, tested before the search.
_LANDMARK_LAST = frozenset(re.findall("(?i)[" + "".join({w[-1] for w in _LANDMARKS}) + "]",
                                      "".join(map(chr, range(0x10000)))))


def _written() -> set[str]:
    """Province names as the news writes them, misspellings too ("Quãng Ngãi", "Đắc Lắk")."""
    gaz = gazetteer()
    return {view(n) for n in gaz.provinces | gaz.misspelt_provinces | {"Thừa Thiên - Huế"}}


@lru_cache(maxsize=1)
def _province_pattern() -> re.Pattern[str]:
    """Province names as a letter trie (longer names tried first, as the plain alternation
    sorted by length did). The look-behind (a word or "." before: no name) ends each name,
    reaching back over it: `re` skips ahead to the possible first letters, and looks behind
    only where a whole name fits, not at every capital."""
    names = _written()
    return re.compile(word_trie(names, {n: rf"(?<![\w.]{'.' * len(n)})" for n in names})
                      + r"(?!\w)")


_PREV_WORD = re.compile(r"([^\W\d_]+) $")


@lru_cache(maxsize=1)
def _province_named() -> dict[str, tuple[str, str] | None]:
    """(level, canonical name) of each province name as `_province_pattern` finds it; None for
    "Hồ Chí Minh": bare, it is the man ("tư tưởng Hồ Chí Minh"); the city has "TP."."""
    gaz = gazetteer()
    named: dict[str, tuple[str, str] | None] = {}
    for written in _written():
        name = gaz.canonical_province(written) or written
        named[written] = ("thành phố" if name in gaz.cities else "tỉnh"), name
    named["Hồ Chí Minh"] = None
    return named


def bare_provinces(tv: str, found: set[tuple[int, str, str, str | None]]) -> None:
    """Provinces named bare ("An Giang"), unless the words around say otherwise."""
    search, named, pos = _province_pattern().search, _province_named(), 0
    # names may overlap ("Thừa Thiên Huế", "Huế"; "Thái Bình Dương"): each word start counts
    while (match := search(tv, pos)) is not None:
        begin, end = match.span()
        pos = begin + 1
        province = named[match.group()]
        if province is None:
            continue
        if begin and tv[begin - 1] == " ":  # else no word before it
            prev = _PREV_WORD.search(tv, max(0, begin - 12), begin)
            if prev is not None and is_family_name(prev.group(1)) \
                    and not prev.group(1).isupper():
                continue  # "Nguyễn Thái Bình", "Trần Hà Nam": a person's name
            if prev is not None and tv[begin - 2] in _LANDMARK_LAST \
                    and _LANDMARK.search(tv, max(0, begin - 16), begin):
                continue
        if OLD.match(tv, end) is not None:
            continue
        # "quê huyện Cần Đước, Long An": a province after a smaller place is an address. The
        # pattern ends in ",", "(", "quê", "quán" or "ở" and spaces: look at that letter first.
        low_end = max(0, begin - 12)
        at = begin
        while at > low_end and tv[at - 1].isspace():
            at -= 1
        if at > low_end and tv[at - 1] in _ADDRESS_ENDS \
                and _ADDRESS.search(tv, low_end, begin):
            continue
        found.add((begin, province[0], province[1], province[1]))
