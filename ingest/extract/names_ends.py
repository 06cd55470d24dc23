"""Where a person's name ends inside a run of capitalised words: before a title or body word
("… Nguyễn Văn An Phó Chủ tịch"), a time word before a date ("… An Sáng 3/4"), a word that is
never part of a name ("Làng"), or the first word of the next clause in a caption written
without punctuation ("… Nguyễn Văn An Cùng dự có …", "… Trần Văn Bình Liên tiếp sai phạm"); and
where one may start inside such a run (`starts_inside`)."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.names_lexicon import is_family_name, name_breaks
from cadregraph.ingest.normalize.tables import UPPER

# Inside a name only title and body words end it: "Mai Xuân Sáng" is a name, although
# "Sáng" opens many sentences.
STOP_AFTER_FIRST = {"Phó", "Chủ", "Bí", "Trưởng", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Quận", "Đảng",
                    "Sở", "Ban", "Bộ", "Thứ", "Tổng", "Giám", "Chánh", "Hội", "Nguyên",
                    "Quyền", "Ông", "Bà", "Các", "Những"} | set(name_breaks()["never"])
# "… Nguyễn Văn An Sáng 3/4": a time word before a date opens the next sentence
DATE_WORDS = {"Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Hôm", "Tháng", "Năm", "Từ", "Đến"}
_DATE_AFTER = re.compile(rf"(?:{'|'.join(DATE_WORDS)}) \d")
# Title heads end a name only when their title follows ("Chánh Văn phòng", "Nguyên Bí thư");
# otherwise they are given names ("Trần Công Chánh", "Lại Thế Nguyên").
_TITLE_HEADS = {"Chủ", "Bí", "Trưởng", "Giám", "Chánh", "Thứ", "Tổng", "Nguyên", "Quyền"}
_TITLE_NEXT = re.compile(rf" (?:(?![{UPPER}])\w|(?:Bí|Chủ|Phó|Giám|Trưởng|Ủy|Uỷ|Tổng|Thứ|Bộ)"
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
# Title and body words that are given names too, last in a name before ",", ";" or ")".
_GIVEN_TOO = frozenset(name_breaks()["given"])
_OPENERS = frozenset(name_breaks()["opener"])
_PHRASES = frozenset(name_breaks()["phrase"])
_CAPS_BREAKS = frozenset(name_breaks()["caps"])
_PHRASE_HEADS = frozenset(p.split()[0] for p in _PHRASES)
_NEXT_LOWER = re.compile(rf" ((?![{UPPER}])[^\W\d_]+)")


# The only words that may end a name by `ends_name` (title case; raw words of DATE_WORDS too)
MAY_END = _CAPS_BREAKS | STOP_AFTER_FIRST


def ends_name(text: str, starts: list[int], ends: list[int], raw: list[str],
              titled: list[str], j: int) -> bool:
    """Word `j` of a run does not continue the name that starts before it."""
    word = titled[j]
    if word in _CAPS_BREAKS and raw[j].isupper() and len(raw[j]) > 1:
        return True  # (in capitals, "TÁI" cannot say by its case that it is no name)
    if raw[j] in DATE_WORDS and _DATE_AFTER.match(text, starts[j]):
        return True
    if word not in STOP_AFTER_FIRST:
        return False
    if word in _GIVEN_TOO and (j == len(raw) - 1 and text[ends[j]:ends[j] + 1] in (",", ";", ")")
                               or j > 1 and titled[j - 1] in ("Văn", "Thị")):
        # "Trần Đức Quận," and "Hà Ban," are names; "Quận 1" is a body. After a middle
        # "Văn"/"Thị" the word is the given name ("Tổng Cục trưởng Nguyễn Văn Huyện quyết
        # định"): a name never ends on its middle word, so no body can start there
        return False
    if word in _OWN_NEXT:
        return bool(_OWN_NEXT[word].match(text, ends[j]))
    if word in _TITLE_HEADS:
        return bool(_TITLE_NEXT.match(text, ends[j]))
    return True


def opens_clause(text: str, end: int, word: str) -> bool:
    """`word`, the last of a name that ends at `end`, opens the next clause: an opener or the
    head of a phrase, with a lower-case word after it."""
    if word not in _OPENERS and word not in _PHRASE_HEADS:
        return False
    after = _NEXT_LOWER.match(text, end)
    return after is not None and (word in _OPENERS or f"{word} {after.group(1)}" in _PHRASES)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w'’])")


def lower_given(text: str, end: int, words: list[str]) -> tuple[int, list[str]]:
    """A two-word name and the lower-case word after it, when the article also writes the
    three words as a name: a given name typed in lower case."""
    after = _NEXT_WORD.match(text, end)
    if after is None or not after.group(1).islower():
        return end, words
    fuller = words + [after.group(1).capitalize()]
    if text.find(" ".join(fuller)) < 0:
        return end, words
    return after.end(1), fuller


# A capitalised honorific inside a run of capitals opens a sentence: a name may follow it
_INNER_CUES = frozenset({"Ông", "Bà"})


def starts_inside(raw: list[str], titled: list[str], k: int) -> bool:
    """A full name may start at word `k` inside a run: after a capitalised "Ông"/"Bà", a
    sentence whose stop a heading or caption lost ("… Củ Chi Ông Trần Văn Nam, Bí thư …"); or
    a family name and a middle "Văn"/"Thị", after a unit no reader knows ("Trưởng ấp Hòa Long
    Nguyễn Văn Tám"). Two words at least must follow the start."""
    return k + 1 < len(raw) and (raw[k - 1] in _INNER_CUES or (
        k + 2 < len(raw) and titled[k + 1] in ("Văn", "Thị") and is_family_name(raw[k])))
