"""The name after "Công ty", "Sở", "Trường", "Bộ" …: a department listed in `departments.tsv`,
or capitalised words (and words of `name_words.txt`, in any case) read up to where the name
is known to end — before a lower-case word, unless a place, an acronym or "Việt Nam" ends it;
at a comma before a title or a person's name. Used by `bodies.read_body` for rows of slot
`named`."""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.bodies_described import description_stops
from cadregraph.ingest.extract.bodies_lexicon import HERE, dept_key, lexicon, place_at
from cadregraph.ingest.extract.names_lexicon import is_family_name
from cadregraph.ingest.extract.regex_trie import word_trie
from cadregraph.ingest.normalize.tables import UPPER

_LOWER_NEXT = re.compile(rf" (?![{UPPER}])\w")
_WORD_START = re.compile(r"(?<=\s)\S")
_WORD = re.compile(r"\S+")
# "Trường THPT Thuận Thành số 1", "Công ty CP Licogi 14": the number ends it (not a count:
# "Công ty X 5 năm")
_NUMBERED = re.compile(r" (?:số \d+|\d{1,3})(?![\w/%]|[.,]\d)(?!\s+(?:năm|tháng|ngày|giờ|tỷ|triệu"
                       r"|nghìn|ngàn|người|lần|km|ha|m2|đồng)(?!\w))")
# words that never stand in a name and start what it belongs to ("… thuộc Tổng cục X")
_OF = re.compile(r"\s+(?:trực thuộc|thuộc|của)\s")


@lru_cache(maxsize=1)
def _name_words() -> tuple[str, ...]:
    """The words of `name_words.txt`, as capitalised."""
    lines = (HERE / "name_words.txt").read_text(encoding="utf-8").splitlines()
    return tuple(w for w in lines if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def named_after() -> re.Pattern[str]:
    """The name after "Công ty", "Sở", "Trường" … when `departments.tsv` lacks it: spaces, then
    capitalised words (or words of `name_words.txt`), joined by spaces, "và", commas or dashes."""
    words = list(_name_words())
    # also written all in lower case ("Bệnh viện đa khoa huyện X", "Công ty xi măng Hà Tiên")
    words += [w.lower() for w in words]
    spaced = word_trie(words, char=lambda c: r"\s+" if c == " " else re.escape(c))
    # "TP.HCM", "TP. Hồ" are one word; after a comma or dash, "Bộ", "Sở", "Đại học" … start
    # the next body ("Đại học Quốc tế, Đại học Quốc gia TP.HCM": a member and its university)
    word = rf"(?:{spaced}(?!\w)|(?:TP\.\s?)?[{UPPER}][\w&]*(?:\.[{UPPER}]\w*)*)"
    join = (r"(?:\s+và\s+|[^\S\n]*[,\-–]\s*(?!(?:Bộ|Sở|Ban|Phòng|Cục|Tổng cục|Ủy ban|UBND|Đại học"
            r"|Trường|Học viện|Viện|Công ty|Tổng công ty|Tập đoàn)\s)|[^\S\n]+)")
    return re.compile(rf"\s+{word}(?:{join}{word})*")


def name_end(text: str, tv: str, pos: int) -> tuple[int, int] | None:
    """Where the name after "Công ty", "Sở" … at `pos` ends: (before a place that ends it, after
    it), or None. "Sở QH-KT TP Hà Nội", "Công ty Xi măng Hải Phòng": the place is the body's
    (a company keeps it in its name). A name that a lower-case word follows is cut short
    ("Phòng Tài nguyên …"): not one we can read, unless a place, an acronym or "Việt Nam" ends
    it ("Tập đoàn PVN", "Tổng công ty Thép Việt Nam"), a place follows it ("Bệnh viện Đa khoa
    tỉnh X") or it ends at a comma or dash before that word ("Công ty Xi măng Hải Phòng, Phó
    chủ tịch UBND …")."""
    match = named_after().match(text, pos)
    if match is None:
        return None
    stop = _trailing_lower(text, pos, _before_person(text, pos, match.end()))
    while True:
        name = text[pos:stop]
        place = _place_ending(tv, pos, stop)
        last = name.split()[-1]
        numbered = _NUMBERED.match(text, stop)
        if numbered is not None and len(last) >= 2:
            after = place_at(tv, numbered.end(), None)  # "Công ty Xây dựng số 5 Hà Nội"
            return numbered.end(), numbered.end() if after is None else after.end
        if len(last) >= 2 and (place is not None or not _LOWER_NEXT.match(text, stop)
                               or last.isupper() or name.endswith(" Việt Nam")
                               or _OF.match(text, stop) or place_at(tv, stop, None) is not None):
            return (stop if place is None else place), stop
        clause = _clause_after(text, pos, stop) if len(last) >= 2 else None
        if clause is not None:
            return clause, clause
        cut = max(name.rfind(","), name.rfind("-"), name.rfind("–"))
        if cut <= 0:
            return None
        stop = pos + len(name[:cut].rstrip())


def _trailing_lower(text: str, pos: int, stop: int) -> int:
    """"Công ty Cường Hưng đầu tư dự án": name words in lower case after the capitalised words
    of a name are a verb after it ("đầu tư"), not part of it; the name ends before them (a name
    in lower case from its start keeps them: "Công ty xi măng Hà Tiên"; "Đa khoa" is one
    word)."""
    words = list(_WORD_START.finditer(text, pos, stop))
    lower = _lower_name_words()
    run = len(words)
    while run > 1 and words[run - 1].group().islower():
        run -= 1
    if run == len(words) or not text[words[0].start()].isupper():
        return stop
    tail = " ".join(text[words[run].start():stop].split())
    if not _segments(tail, lower):
        return stop  # "… Đa khoa": the lower-case syllable is the capitalised word's
    return len(text[:words[run].start()].rstrip())


def _segments(phrase: str, words: frozenset[str]) -> bool:
    """Whether `phrase` is a run of `words` (name words in lower case)."""
    if not phrase:
        return True
    parts = phrase.split()
    return any(" ".join(parts[:n]) in words and _segments(" ".join(parts[n:]), words)
               for n in range(1, min(4, len(parts)) + 1))


@lru_cache(maxsize=1)
def _lower_name_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _name_words())


@lru_cache(maxsize=1)
def _clause_words() -> re.Pattern[str]:
    """A lower-case word that starts a clause after a name ("… Cường Hưng do ông", "… Núi Pháo
    và các"): the words no description holds (`described_stops.txt`) and "và"."""
    words = sorted(description_stops() | {"và"}, key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _clause_after(text: str, pos: int, stop: int) -> int | None:
    """Where the name at `pos` ends when a clause starts at `stop` ("… Cường Hưng do ông"):
    before the person named last, if any ("công ty Thuận Việt Võ Văn Bé cho biết"), or None
    when no clause starts there."""
    if _clause_words().match(text, stop) is None:
        return None
    words = list(_WORD.finditer(text, pos, stop))
    for k in range(max(1, len(words) - 4), len(words) - 2):
        if is_family_name(words[k].group()) and all(w.group()[0].isupper() for w in words[k:]):
            return len(text[:words[k].start()].rstrip())
    return stop


def _before_person(text: str, pos: int, stop: int) -> int:
    """"Phó phòng Khoáng sản, Cao Ngọc Cương - chuyên viên": a name does not run on past a comma
    into a person's name (a family name and one to three more capitalised words)."""
    comma = text.find(",", pos, stop)
    while comma >= 0:
        words = text[comma + 1:stop].split(",")[0].split()
        if 2 <= len(words) <= 4 and is_family_name(words[0]) \
                and all(w[0].isupper() for w in words):
            return len(text[:comma].rstrip())
        comma = text.find(",", comma + 1, stop)
    return stop


def _place_ending(tv: str, pos: int, stop: int) -> int | None:
    """Where a place that ends the name `tv[pos:stop]` (after its first word) starts."""
    starts = [m.start() for m in _WORD_START.finditer(tv, pos, stop)]
    for at in starts[1:]:
        read = place_at(tv, at, None)
        if read is not None and read.end == stop:
            return at
    return None


def named(text: str, tv: str, pos: int, ministry: bool, whole: bool) -> tuple[str, int] | None:
    """The name after "Sở", "Công ty" … at `pos` (a department of `departments.tsv` or a name
    read by `name_end`) and its end; `whole` keeps a place that ends or follows the name in it
    (companies, schools), a ministry's name is always listed."""
    lex = lexicon()
    dept = lex.dept_pattern.match(tv, pos)
    if dept is not None:
        name, stop = lex.departments[dept_key(dept.group())], dept.end()
        if ministry and text.startswith(" Việt Nam", stop):  # "Bộ Y tế Việt Nam"
            stop += len(" Việt Nam")
        place = place_at(tv, stop, None) if whole else None
        return (name, stop) if place is None \
            else (f"{name} {text[stop:place.end].strip()}", place.end)
    found = None if ministry else name_end(text, tv, pos)
    if found is None:
        return None
    stop = found[1] if whole else found[0]
    return text[pos:stop].strip(), stop
