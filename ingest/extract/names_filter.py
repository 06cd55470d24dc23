"""Name-shaped words that are not a person where they stand: bylines, photo credits, news
sources, and places ("đường Nguyễn Huệ", "xã Đồng Tâm", "Hồ Chí Minh Hà Nội …")."""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names_lexicon import name_breaks, not_persons
from cadregraph.ingest.extract.regex_trie import case_trie
from cadregraph.ingest.normalize.tables import UPPER

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PARENS = re.compile(r"\([^)]*\)")
_CREDIT = re.compile(r"(?:Ảnh|ảnh|ẢNH|Tin|TIN|Bài|PV|Nguồn|Video|Clip|Đồ họa)[^\n:]{0,12}"
                     r"[:\-–]?\s*(?:\w+\s+){0,2}$")
# "Theo TTXVN" is a news source, but "Theo ĐB" is a delegate (title abbreviations).
_TITLES = "|".join(name_breaks()["title"])
_SOURCE = re.compile(rf"Theo\s+(?:(?!(?:{_TITLES})(?!\w))[A-ZĐ]{{2,}}\S*|báo\s+\S+)\s*$")
# "… Lê Văn An, Trần Bình (TTXVN)": writers, then their agency, closing a line
_AGENCY_AFTER = re.compile(rf"(?:\s*[,\-–/]\s*[{UPPER}][\w'’.]*(?: [{UPPER}][\w'’]*)*)*"
                           r"\s*\([A-ZĐ]{2,}[A-ZĐ+/&\-]*\)[ \t]*(?:\n|$)")
# "Theo Tất Định (Dân Việt)" closing a line: a writer, then the paper quoted from
_THEO_BEFORE = re.compile(r"(?<![\w,])Theo\s+$")
_OUTLET_AFTER = re.compile(rf"\s*\([{UPPER}][^()\n]{{1,30}}\)[ \t.]*(?:\n|$)")
# (co-authors joined by "_" with an initial: "… Nguyễn Ca_H. Nam, Theo Thời Đại")
_BYLINE_TAIL = re.compile(rf"(?:(?:\s*[-–,/&_]\s*|\s+)[{UPPER}]\w*\.?){{0,8}}"
                          r"(?:\s*[-–,/&_])?\s*$")
_LEVEL_BEFORE = re.compile(r"(?:(?i:tỉnh|thành phố|huyện|quận|phường|xã|thị xã|thị trấn)"
                           r"|TP\.?|TX\.?)\s*$")
# Words before a place named after a person; a number before one is a street address.
_PLACE_WORDS = name_breaks()["place"]
# "thành phố", "Sở Tài nguyên và Môi trường", "thị trường": not a street or a school; "Bộ
# Nông nghiệp và Phát triển nông thôn": "rural", not a hamlet ("thôn Đông") before the name
# "Giám đốc Bệnh viện Lê Văn An", "Giám đốc Nhà hát …", "Hiệu trưởng Đại học …": a head, then
# his name, where a title stands before the institution's word
_NOT_AFTER = {"phố": "(?<!thành )(?<!Thành )", "thôn": "(?<!nông )(?<!Nông )",
              "trường": "".join(f"(?<!{w} )" for w in ("môi", "Môi", "thị", "Thị", "hiện",
                                                        "lập", "chiến", "công", "thương")),
              "bệnh viện": "(?<!đốc )(?<!khoa )",
              **{w: "(?<!đốc )(?<!trưởng )" for w in ("đại học", "nhà hát", "thư viện",
                                                       "sân vận động", "nhà thi đấu",
                                                       "ký túc xá")}}
_PLACE_BEFORE = re.compile(r"(?:(?:(?<!\w)(?:" + "|".join(name_breaks()["address"])
                           + r")\s*|(?:^|[,(])\s*)\d+[\w/]*\s|(?<!\w)(?i:"
                           + "|".join(_NOT_AFTER.get(w, "") + w for w in _PLACE_WORDS)
                           + r")\s)\s*$")
# "qua các giao lộ: Nguyễn Thông, Nguyễn Thái Bình": street names listed after a street word
_STREET_WORDS = name_breaks()["street"]
_STREETS = re.compile(rf"(?i:{'|'.join(_STREET_WORDS)})\s*:?\s*"
                      rf"(?:[{UPPER}]\w*(?:\s+|\s*[,\-–]\s*))*$")
# The regexes above end where a name starts and are slow to search for: they are matched once
# on the window read backwards instead, `_STREETS` whole, `_PLACE_BEFORE` for what it needs
# first (spaces, then a number or the last word of a place word).
_STREETS_BACK = re.compile(rf"(?:(?:\s+|\s*[,\-–]\s*)\w*[{UPPER}])*\s*:?\s*"
                           + case_trie(w[::-1] for w in _STREET_WORDS))
_PLACE_HINT_BACK = re.compile(r"\s+(?:[\w/]*\d|"
                              + case_trie({w.split()[-1][::-1] for w in _PLACE_WORDS}) + ")")


# "Trường THPT Lê Quý Đôn", "Trường ĐH Y khoa Phạm Ngọc Thạch": a school named after a person
_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?i:trường)\s+(?:(?:" + "|".join(name_breaks()["school"])
                            + r")\s+){1,3}$")


def line_bounds(text: str, start: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", start) + 1 or len(text) + 1) - 1


def is_byline(text: str, start: int, end: int) -> bool:
    lo, hi = line_bounds(text, start)
    if _CREDIT.search(text, max(lo, start - 20), start):
        return True
    window = max(lo, start - 24)
    if "Theo" in text[window:start] and _SOURCE.search(text, window, start):
        return True
    # (both regexes after the name need ",", "-", "–", "/" or "(" first: a cheap look there)
    head = text[end:end + 4].lstrip()
    if (not head or head[0] in ",-–/(") and (_AGENCY_AFTER.match(text, end) or (
            _OUTLET_AFTER.match(text, end)
            and _THEO_BEFORE.search(text, max(lo, start - 8), start))):
        return True
    if text[max(0, start - 2):start].strip() in ("", ".") and _BYLINE_TAIL.fullmatch(text, end):
        return True  # "… Lê Minh - Nga Nguyễn" closing the article
    if hi - lo > 120:  # a byline is a short line of its own
        return False
    rest = _PARENS.sub("", text[lo:start] + text[end:hi])
    words = [w for w in _TOKEN.findall(rest) if not w[0].isupper()]
    return not words and len(text[lo:hi].split()) <= 8


def _place_before(text: str, start: int) -> bool:
    """`_PLACE_BEFORE` or `_STREETS` ends at `start`."""
    back = text[max(0, start - 80):start][::-1]  # ("$" may also stand before a last "\n")
    if _STREETS_BACK.match(back) or (back[:1] == "\n" and _STREETS_BACK.match(back, 1)):
        return True
    return bool(_PLACE_HINT_BACK.match(back)
                and _PLACE_BEFORE.search(text, max(0, start - 20), start))


def _school_before(text: str, start: int) -> bool:
    lo = max(0, start - 48)
    return ("ường" in text[lo:start] or "ƯỜNG" in text[lo:start]) \
        and _SCHOOL_BEFORE.search(text, lo, start) is not None


def is_place(text: str, start: int, name: str) -> bool:
    place, unit = _name_is_place(name)
    return place or _place_before(text, start) or _school_before(text, start) \
        or (unit and bool(_LEVEL_BEFORE.search(text, max(0, start - 12), start)))


_COUNTRIES = {"Việt Nam"}


@lru_cache(maxsize=4096)
def place_prefix(words: tuple[str, ...]) -> int:
    """How many of the first `words` of a capitalised run name a country or a province (0: none):
    a name may start after them ("Phó Chủ tịch nước CHXHCN Việt Nam Võ Thị Ánh Xuân")."""
    for n in (3, 2):
        phrase = " ".join(words[:n])
        if len(words) >= n and (phrase in _COUNTRIES or gazetteer().is_province(phrase)):
            return n
    return 0


@lru_cache(maxsize=4096)
def runs_into_place(last: str, after: str) -> bool:
    """A name's last word and the capitalised word after it make a province or district
    ("… Lê Văn Sơn Hà Tĩnh")."""
    return any(u.level in ("province", "district") for u in gazetteer().lookup(f"{last} {after}"))


@lru_cache(maxsize=16384)  # asked for every name without an honorific; names recur
def _name_is_place(name: str) -> tuple[bool, bool]:
    """(the name alone makes it a place, it names a unit: a place after a level word)."""
    words = name.split()
    if " ".join(words[:2]) in not_persons() or " ".join(words[:3]) in not_persons():
        return True, True
    units = gazetteer().lookup(name)
    if len(words) == 2 and units:
        return True, True  # "Đồng Tâm", "Mai Dịch": a two-word unit name without "ông"/"bà"
    for n in (3, 2):  # "Hồ Chí Minh Hà …", "Hà Nội Hà …": a place name runs into the next
        if len(words) > n and gazetteer().is_province(" ".join(words[:n])):
            return True, True
    if len(words) >= 4 and gazetteer().is_province(" ".join(words[2:])) \
            and gazetteer().lookup(" ".join(words[:2])):
        return True, True  # "Kim Bôi Hòa Bình", "Thạch Hà Hà Tĩnh": a unit, then its province
    if not units:
        return False, False
    # a province gone before 2008 too: "Chủ tịch Hà Sơn Bình" is the chairman of that province
    return any(u.level in ("province", "old_province", "district") for u in units), True
