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

from cadregraph.ingest.extract.names_filter import is_byline, is_place, line_bounds
from cadregraph.ingest.extract.names_lexicon import honorifics, is_family_name

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())
_GIVEN_CUES = ("ông", "bà", "anh", "chị", "chí", "đ/c")
# Letters whose lower case ends a cue: a lone word is a name only after a cue and a space
# (`_given_cue`), so lone words after anything else need not leave the regex (most do not).
# (Outside the BMP no letter lowers to a Vietnamese one.)
_LAST_LETTERS = frozenset(cue[-1] for cue in _GIVEN_CUES)
_CUE_LAST = "".join(c for c in map(chr, range(0x10000)) if c.lower()[-1:] in _LAST_LETTERS)
# Runs of capitalised words: only these can hold a name, so the rest of the text is skipped.
# (The look-behind follows the first letter so that `re` can skip to capitals quickly.) A
# lone word must follow a space, and before it a cue's last letter or more space.
_CAP_RUN = re.compile(rf"[{_UPPER}](?<![\w'’].)(?:[\w'’]*(?: [{_UPPER}][\w'’]*)+"
                      rf"|(?<=\s\s.|[{re.escape(_CUE_LAST)}]\s.)[\w'’]*(?! [{_UPPER}]))")
# Capitalised words that cannot continue a name: the start of a title or of a body.
_STOP = {"Phó", "Chủ", "Bí", "Trưởng", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Quận", "Đảng", "Sở",
         "Ban", "Bộ", "Thứ", "Tổng", "Giám", "Chánh", "Thường", "Đại", "Ông", "Bà",
         "Thành", "Hội", "Nguyên", "Quyền", "Cùng", "Theo", "Tại", "Sáng", "Chiều",
         "Ngày", "Trong", "Với", "Các", "Những", "Anh", "Chị", "Bác"}
# Inside a name only title and body words end it: "Mai Xuân Sáng" is a name, although
# "Sáng" opens many sentences.
_STOP_AFTER_FIRST = {"Phó", "Chủ", "Bí", "Trưởng", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Quận", "Đảng",
                     "Sở", "Ban", "Bộ", "Thứ", "Tổng", "Giám", "Chánh", "Hội", "Nguyên",
                     "Quyền", "Ông", "Bà", "Các", "Những"}
_LEADERS = _STOP | {"Ông", "Bà", "Anh", "Chị", "GS", "PGS", "TS", "ThS", "Haji", "Đồng", "Hôm",
                    "Tối", "Sau", "Khi", "Đến", "Dự", "Tham", "Thay"}
_MINORITY = {"Y", "Chau", "Néang", "Neang", "Điểu", "Ksor", "Siu", "Rơ", "H'"}
# "… Nguyễn Văn An Sáng 3/4": a time word before a date opens the next sentence
_DATE_AFTER = re.compile(r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Tháng|Năm|Từ|Đến) \d")
_AT_END = re.compile(r"\s*$")
_LOWER_NEXT = re.compile(rf" (?![{_UPPER}])\w")
_GIVEN_CUE = re.compile(r"(?i:ông|bà|anh|chị|chí|đ/c)\s+$")


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


@lru_cache(maxsize=1)
def _honorific_last() -> re.Pattern[str]:
    """The last letters of the honorifics, matched as `_honorific_before` matches them."""
    return re.compile("[" + "".join(re.escape(w[-1]) for w in honorifics()) + "]", re.IGNORECASE)


def honorific_before(text: str, start: int) -> str:
    # Only spaces and one ":" or "," may follow the honorific: the letter before them must
    # end one, a test that spares most of the (slow, 24-position) searches.
    tail = text[max(0, start - 24):start].rstrip()
    if tail.endswith((":", ",")):
        tail = tail[:-1].rstrip()
    if not tail or _honorific_last().match(tail, len(tail) - 1) is None:
        return ""
    match = _honorific_before().search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _word_ok(word: str, caps_line: bool) -> bool:
    if not word[0].isupper():
        return False
    if word.isupper() and len(word) > 1:
        return caps_line
    return word[1:].islower() or len(word) == 1 or "'" in word or "’" in word


def _is_caps_line(text: str, start: int) -> bool:
    lo, hi = line_bounds(text, start)
    if hi - lo > 300:  # headlines are short
        return False
    letters = [c for c in text[lo:hi] if c.isalpha()]
    return len(text[lo:hi].split()) >= 5 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


_CUE_WORDS = {"ông", "bà", "anh", "chị", "chí", "đ/c", "văn"}


def _may_hold_name(words: list[str]) -> bool:
    # a full name starts with a family name that is not the last word; a given name alone
    # needs "ông"/"bà"/"đồng chí" just before it
    return any(map(is_family_name, words[:-1])) \
        or not _CUE_WORDS.isdisjoint(map(str.lower, words))


def _given_cue(text: str, start: int) -> bool:
    """`_GIVEN_CUE` right before `start`, by string tests (a regex search here is slow)."""
    window = text[max(0, start - 9):start]
    stripped = window.rstrip()
    return len(stripped) < len(window) and stripped.lower().endswith(_GIVEN_CUES)


def find_names(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Full names and given-name mentions, in text order; `taken` are spans of bodies/places."""
    mask = bytearray(len(text) + 1)
    for a, b in taken:
        mask[a:b] = b"\x01" * (b - a)

    def free(s: int, e: int) -> bool:
        return mask.find(1, s, e) < 0

    out: list[NameMention] = []
    caps_cache: dict[int, bool] = {}
    for span in _CAP_RUN.finditer(text):
        words = span.group()
        if " " not in words:
            if not _given_cue(text, span.start()):
                continue  # a lone capitalised word is a name only after "ông", "bà", "đồng chí"
        elif not _may_hold_name(words.split()) and not _given_cue(text, span.start()):
            continue  # no family name and no "ông" before: no name can start in it
        tokens = list(_TOKEN.finditer(text, span.start(), span.end()))
        out.extend(_runs(text, tokens, free, caps_cache))
    return out


def _runs(text, tokens, free, caps_cache) -> list[NameMention]:
    out: list[NameMention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        caps = False
        if tok.group().isupper() and len(tok.group()) > 1:  # only ALL-CAPS words need it
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
        if (not is_family_name(first) and not _rare_family(text, run, k)) or first in _STOP:
            k += 1
            continue
        limit = 5 if first in _MINORITY else 4
        j = k + 1
        while j < len(run) and j - k < limit and not _ends_name(text, run, j, k):
            j += 1
        if j - k < 2 or run[j - 1].group().title() in ("Thị", "Văn") \
                or len(run[j - 1].group()) < 2 \
                or any(w.group().title() not in _LEADERS for w in run[:k]):
            k += 1
            continue
        start, end = run[k].start(), run[j - 1].end()
        if _AT_END.match(text, end):  # the excerpt is cut inside this name
            break
        if first == "Đoàn" and j - k == 2 and _LOWER_NEXT.match(text, end):
            k = j  # "Đoàn Đại biểu", "Đoàn Kiểm tra": a delegation, not Mr Đoàn
            continue
        words = [w.group().title() if w.group().isupper() else w.group() for w in run[k:j]]
        if len(words) > 2 and words[-1] == words[-2]:  # "Trần Thế Thuận Thuận": a typo
            words.pop()
            end = run[j - 2].end()
        name = " ".join(words)
        hon = honorific_before(text, start)
        if not hon and (is_byline(text, start, end) or is_place(text, start, name)):
            k = j
            continue
        out.append(NameMention(start, end, name, hon))
        k = j
    return out


def _rare_family(text: str, run: list[re.Match[str]], k: int) -> bool:
    """"ông Văn Hữu Chiến": "Văn", mostly a middle name, is a family name after "ông"/"bà"
    when three words follow."""
    if run[k].group() != "Văn" or len(run) - k < 3:
        return False
    before = run[k - 1].group() if k else ""
    return before in ("Ông", "Bà") or honorific_before(text, run[k].start()) in ("ông", "bà")


# Title heads end a name only when their title follows ("Chánh Văn phòng", "Nguyên Bí thư");
# otherwise they are given names ("Trần Công Chánh", "Lại Thế Nguyên").
_TITLE_HEADS = {"Chủ", "Bí", "Trưởng", "Giám", "Chánh", "Thứ", "Tổng", "Nguyên", "Quyền"}
_TITLE_NEXT = re.compile(rf" (?:(?![{_UPPER}])\w|(?:Bí|Chủ|Phó|Giám|Trưởng|Ủy|Uỷ|Tổng|Thứ|Bộ)"
                         r"(?!\w))")
# Heads that are common given names continue a title only with their own second word:
# "Chánh Văn phòng" / "Chánh án" but "Trần Công Chánh giữ chức"; "Nguyên Bí thư" but
# "Lại Thế Nguyên được bầu".
_OWN_NEXT = {
    "Chánh": re.compile(r" (?i:văn phòng|án|thanh tra)(?!\w)"),
    "Nguyên": re.compile(r" (?i:phó|bí|chủ|giám|trưởng|ủy|uỷ|tổng|thứ|bộ|chánh|đại|"
                         r"thành ủy|tỉnh ủy|huyện ủy)(?!\w)"),
    "Quyền": re.compile(r" (?i:phó|bí|chủ|giám|trưởng|tổng|thứ|bộ|chánh)(?!\w)"),
}


def _ends_name(text: str, run: list[re.Match[str]], j: int, k: int) -> bool:
    word = run[j].group().title()
    if _DATE_AFTER.match(text, run[j].start()):
        return True
    if word not in _STOP_AFTER_FIRST:
        return False
    if word == "Ban" and j == len(run) - 1 and j == k + 1 \
            and text[run[j].end():run[j].end() + 1] in (",", ";", ")"):
        return False  # "Hà Ban," is a name; "Ban" otherwise starts a body
    if word in _OWN_NEXT:
        return bool(_OWN_NEXT[word].match(text, run[j].end()))
    if word in _TITLE_HEADS:
        return bool(_TITLE_NEXT.match(text, run[j].end()))
    return True
