"""Finding person names in a text: full names, and later given-name mentions ("ông Hải").

A full name is a run of capitalised words that starts with a family name (`family_names.txt`)
and has at least one more word. Runs inside body names (already read by `bodies`) are skipped,
as are places, bylines and photo credits. ALL-CAPS names count only inside a headline and are
written in title case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names_lexicon import honorifics, is_family_name

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Capitalised words that cannot continue a name: the start of a title or of a body.
_STOP = {"Phó", "Chủ", "Bí", "Trưởng", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Quận", "Đảng", "Sở",
         "Ban", "Bộ", "Thứ", "Tổng", "Giám", "Chánh", "Thường", "Đại", "Ông", "Bà",
         "Thành", "Hội", "Nguyên", "Quyền", "Cùng", "Theo", "Tại", "Sáng", "Chiều",
         "Ngày", "Trong", "Với", "Các", "Những", "Đoàn", "Anh", "Chị", "Bác"}
_STOP_AFTER_FIRST = _STOP - {"Thành", "Đoàn", "Anh", "Thường", "Đại", "Bà"}
_LEADERS = _STOP | {"Ông", "Bà", "Anh", "Chị", "GS", "PGS", "TS", "ThS", "Haji", "Đồng", "Hôm",
                    "Tối", "Sau", "Khi", "Đến", "Dự", "Tham", "Thay"}
_MINORITY = {"Y", "Chau", "Néang", "Neang", "Điểu", "Ksor", "Siu", "Rơ", "H'"}
_CREDIT = re.compile(r"(?:Ảnh|ảnh|ẢNH|Tin|TIN|Bài|PV|Nguồn|Video|Clip|Đồ họa)[^\n:]{0,12}"
                     r"[:\-–]?\s*(?:\w+\s+){0,2}$")
_LEVEL_BEFORE = re.compile(r"(?:(?i:tỉnh|thành phố|huyện|quận|phường|xã|thị xã|thị trấn)"
                           r"|TP\.?|TX\.?)\s*$")
_PLACE_BEFORE = re.compile(r"(?:\d\s|(?<!\w)(?i:đường|(?<!thành )(?<!Thành )phố|trường|"
                           r"bảo tàng|tư tưởng|lăng|quảng trường|"
                           r"cầu|chợ|khu|ấp|khóm|thôn|số|giải thưởng|huân chương|di tích|"
                           r"sân bay|cảng|nhà máy)\s)\s*$")


@dataclass
class NameMention:
    start: int
    end: int
    name: str
    honorific: str  # the word before the name, lower-cased ("ông", "đồng chí", ""), if any
    given_only: bool = False  # "ông Hải": a later mention by the given name


@lru_cache(maxsize=1)
def _honorific_before() -> re.Pattern[str]:
    words = sorted(honorifics(), key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s(:,;\-–]))(" + "|".join(re.escape(w) for w in words)
                      + r")\s*[:,]?\s*$", re.IGNORECASE)


def honorific_before(text: str, start: int) -> str:
    match = _honorific_before().search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _word_ok(word: str, caps_line: bool) -> bool:
    if not word[0].isupper():
        return False
    if word.isupper() and len(word) > 1:
        return caps_line
    return word[1:].islower() or len(word) == 1 or "'" in word or "’" in word


def _line(text: str, start: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", start) + 1 or len(text) + 1) - 1


def _is_caps_line(text: str, start: int) -> bool:
    lo, hi = _line(text, start)
    letters = [c for c in text[lo:hi] if c.isalpha()]
    return len(text[lo:hi].split()) >= 5 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def _is_byline(text: str, start: int, end: int) -> bool:
    lo, hi = _line(text, start)
    if _CREDIT.search(text, max(lo, start - 20), start):
        return True
    rest = re.sub(r"\([^)]*\)|[A-ZĐ]{2,}", "", text[lo:start] + text[end:hi])
    return not any(c.islower() for c in rest) and len(text[lo:hi].split()) <= 8


def find_names(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Full names and given-name mentions, in text order; `taken` are spans of bodies/places."""
    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    out: list[NameMention] = []
    tokens = [m for m in _TOKEN.finditer(text)]
    caps_cache: dict[int, bool] = {}
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        lo = text.rfind("\n", 0, tok.start()) + 1
        if lo not in caps_cache:
            caps_cache[lo] = _is_caps_line(text, tok.start())
        caps = caps_cache[lo]
        if not (_word_ok(tok.group(), caps) and free(tok.start(), tok.end())):
            i += 1
            continue
        run = [tok]
        while i + len(run) < len(tokens):
            nxt = tokens[i + len(run)]
            if text[run[-1].end():nxt.start()] != " " or not _word_ok(nxt.group(), caps) \
                    or not free(nxt.start(), nxt.end()):
                break
            run.append(nxt)
        i += len(run)
        out.extend(_names_in_run(text, run))
    return out


def _names_in_run(text: str, run: list[re.Match[str]]) -> list[NameMention]:
    out = []
    k = 0
    while k < len(run):
        first = run[k].group().title() if run[k].group().isupper() else run[k].group()
        if k == len(run) - 1 and first not in _STOP:
            hon = honorific_before(text, run[k].start())
            if hon in ("ông", "bà", "anh", "chị", "đồng chí", "đ/c"):
                out.append(NameMention(run[k].start(), run[k].end(), first, hon, True))
            break
        if not is_family_name(first) or first in _STOP:
            k += 1
            continue
        limit = 5 if first in _MINORITY else 4
        j = k + 1
        while j < len(run) and j - k < limit and run[j].group().title() not in _STOP_AFTER_FIRST:
            j += 1
        if j - k < 2 or run[j - 1].group().title() in ("Thị", "Văn") \
                or any(w.group().title() not in _LEADERS for w in run[:k]):
            k += 1
            continue
        start, end = run[k].start(), run[j - 1].end()
        words = [w.group().title() if w.group().isupper() else w.group() for w in run[k:j]]
        name = " ".join(words)
        hon = honorific_before(text, start)
        if not hon and (_is_byline(text, start, end) or _is_place(text, start, name)):
            k = j
            continue
        out.append(NameMention(start, end, name, hon))
        k = j
    return out


def _is_place(text: str, start: int, name: str) -> bool:
    if _PLACE_BEFORE.search(text, max(0, start - 20), start):
        return True
    units = gazetteer().lookup(name)
    if _LEVEL_BEFORE.search(text, max(0, start - 12), start):
        return bool(units)
    return any(u.level in ("province", "district") for u in units)
