"""The vocabulary of body names (`bodies.tsv`, `departments.tsv`) compiled for matching.

`BodyLexicon.scan_pattern` finds where a body name starts (`starts(view)` when lower-casing
moves offsets); `bodies.read_body` reads the name there. `skip_suffix` and `may_place` are the
word-level tests it makes after a name ("khóa XIV", a place or not); `place_at` reads the place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.gazetteer_read import PlaceRead, plural_read, shared_read
from cadregraph.ingest.extract.regex_trie import next_words, word_trie
from cadregraph.ingest.extract.titles import (
    lowered,
    phrase_pattern,
    phrase_trie,
    view,
    word_set_pattern,
)

HERE = Path(__file__).parent
# Surfaces that are also everyday words in lower case ("cơ sở", "quốc phòng", "công an xã
# viên", "thanh tra" as a verb): only accepted when capitalised.
STRICT_FIRST = {"Sở", "Phòng", "Bộ", "Công", "Thanh", "Văn", "Chi", "Thường", "Đoàn", "Hội",
                "Liên", "Tổng", "Học", "Kiểm", "Ban", "Trường", "Đại", "Tập", "Bệnh", "Báo", "Ty",
                "Viện"}  # "cảnh báo", "công ty", "bệnh viện"
LENIENT = {"Bộ Chính trị", "Ban Thường vụ", "Ban thường vụ", "Ban Chấp hành", "Ban Bí thư",
           "Viện kiểm sát nhân dân", "Viện kiểm sát nhân dân tối cao", "Chi bộ",
           "Hội đồng nhân dân"}  # "Thường trực hội đồng nhân dân tỉnh X": no everyday words
# Words that end many names ("Hải Phòng", "Tống Phước Trường"): after a capitalised word they
# continue that name rather than start a body.
NAME_TAILS = {"Phòng", "Trường"}
_SPACES = re.compile(r"\s+")
# What may follow a body's name and belongs to it: "(cũ)", "khóa XIV", "nhiệm kỳ 2020-2025".
_SUFFIX = re.compile(r"\s*(?:\((?:cũ|mới)\)|(?:,\s*)?(?:khóa|nhiệm kỳ)\s+(?:[IVXLC]+|\d+|mới)"
                     r"(?:\s*[-–]\s*\d{4})?(?:\s*(?:,|và)\s*(?:[IVXLC]+|\d{1,2})(?![\w]))*)",
                     re.IGNORECASE)


class BodyLexicon:
    def __init__(self, rows: list[list[str]], departments: list[list[str]]) -> None:
        self.rows = {view(r[0]).lower(): r for r in rows}
        self.row_of: dict[str, tuple[str, str, str, str, bool, bool]] = {}
        ordered = sorted(rows, key=lambda r: -len(r[0]))
        self.pattern = re.compile("(?:" + "|".join(phrase_pattern(r[0]) for r in ordered)
                                  + r")(?![\w&])", re.IGNORECASE)
        self.low_pattern = re.compile("(?:" + phrase_trie([r[0] for r in rows]) + r")(?![\w&])")
        # Python's `re` tries every alternative at every position; a small first-word pattern
        # on the lower-cased view finds the few places worth trying (10x faster).
        # the second words each first word may take: most first words ("chính", "thành")
        # are everyday words, and a look at the next word spares the full pattern
        seconds = next_words(view(row[0]).lower().split() for row in rows)
        self.seconds = {k: None if v is None else tuple(sorted(v)) for k, v in seconds.items()}
        self.next_words = dict(self.seconds)  # what a name's next word starts with (None: any)
        firsts = set(self.seconds)
        self.first_words_all = firsts  # the words a body name starts with
        self.first_words = word_set_pattern(firsts, r"\w")
        if all(re.fullmatch(r"\w+", w) for w in firsts):  # else `starts` looks in Python
            # one first word at most fits a spot (`word_trie`), so the look at the next word
            # can move into the regex: ~15,000 fewer matches a pass over the corpus in Python
            self.first_words = re.compile(r"(?<!\w)" + word_trie(firsts, {
                w: r"(?!\w)" if nexts is None else
                r"(?=\s+(?:" + "|".join(re.escape(n) for n in nexts) + "))"
                for w, nexts in self.seconds.items()}))
            self.seconds = dict.fromkeys(firsts)  # nothing left to check in `starts`
            # where a first word fits and a whole name follows, in one regex: `re` tries
            # names only where first words fit, with no Python loop over the candidates
            self.scan_pattern: re.Pattern[str] | None = re.compile(
                r"(?<!\w)(?=(?P<first>" + self.first_words.pattern[len(r"(?<!\w)"):] + "))"
                + self.low_pattern.pattern)  # `people_scan` runs it after a non-letter
        else:  # `starts` checks the next word in Python
            self.scan_pattern = None
        lenient = {view(r[0]).lower().split()[0] for r in rows
                   if r[0] in LENIENT or r[0].split()[0] not in STRICT_FIRST}
        self.strict_firsts = {view(w).lower() for w in STRICT_FIRST} - lenient
        self.departments = {dept_key(d[0]): d[1] for d in departments}
        self.dept_pattern = re.compile(r"\s+(?:" + word_trie(
            {dept_key(d[0]) for d in departments}, char=_dept_char) + r")(?![\w&])",
            re.IGNORECASE)

    def starts(self, tv: str):
        """Offsets in the view where a body name may start."""
        low = lowered(tv)
        if low is None:  # lower-casing changed offsets: scan everything
            yield from (m.start() for m in self.pattern.finditer(tv))
            return
        strict, seconds = self.strict_firsts, self.seconds
        for match in self.first_words.finditer(low):
            first = match.group()
            if first in strict and not tv[match.start()].isupper():
                continue  # "ban hành", "cơ sở": a capitalised body word written lower case
            nexts = seconds[first]
            if nexts is not None:
                after = _SPACES.match(low, match.end())
                if after is None or not low.startswith(nexts, after.end()):
                    continue
            yield match.start()

    def _row(self, matched: str) -> list[str]:
        return self.rows[" ".join(view(matched).lower().split())]

    def row(self, matched: str) -> tuple[str, str, str, str, bool, bool]:
        """The row of a matched surface (surface, core, type, slot), whether it must be
        capitalised and whether it may end a name ("Hải Phòng"); kept per surface as matched,
        as few occur."""
        row = self.row_of.get(matched)
        if row is None:
            surface, core, body_type, slot = self._row(matched)
            first = surface.split()[0]
            strict = surface not in LENIENT and first in STRICT_FIRST
            row = self.row_of[matched] = (surface, core, body_type, slot, strict,
                                          first in NAME_TAILS)
        return row


# Departments are written with any spacing around their separators ("Tài nguyên- Môi
# trường", "TN - MT"), "&" for "và" ("Kế hoạch & Đầu tư"), and their abbreviations with any
# of "&", "-", "và" ("TN&MT", "TN-MT", "TN và MT"): a key folds these, and the pattern matches
# any of them where the key has one.
_ACRONYM_SEP = re.compile(r"(?<=[A-ZĐ])(?:\s*[&\-–]\s*|\s+và\s+)(?=[A-ZĐ])")
_DASH = re.compile(r"\s*[-–]\s*")
_AMPERSAND = re.compile(r"\s*&\s*|\s+và\s+")  # "Kế hoạch & Đầu tư"
_SEPARATORS = {"\x01": r"\s*[-–]\s*", "\x02": r"(?:\s*&\s*|\s+và\s+)",
               "\x03": r"(?:\s*[&\-–]\s*|\s+và\s+)", " ": r"\s+"}


@lru_cache(maxsize=4096)  # the same few departments recur
def dept_key(name: str) -> str:
    """The department name as looked up: lower case, separators folded."""
    name = _ACRONYM_SEP.sub("\x03", view(name))
    name = _AMPERSAND.sub("\x02", _DASH.sub("\x01", name))
    return " ".join(name.lower().split())


def _dept_char(char: str) -> str:
    return _SEPARATORS.get(char) or re.escape(char)


def skip_suffix(tv: str, pos: int) -> int:
    """The end of the suffixes ("khóa XIV") from `pos`."""
    while (m := _SUFFIX.match(tv, pos)) is not None:
        pos = m.end()
    return pos


def may_place(tv: str, pos: int) -> bool:
    """False when `read_place` cannot read a place at `pos` (after spaces): neither a level
    word ("tỉnh", "TP.") nor a capitalised word or number starts there. A third of the places
    asked for after a body are "Tỉnh ủy đã …": this spares reading them."""
    while pos < len(tv) and tv[pos] == " ":
        pos += 1
    if pos >= len(tv):
        return False
    char = tv[pos]
    return char.isupper() or char.isdigit() or char in "thqpxđ"


def place_at(tv: str, pos: int, level: str | None) -> PlaceRead | None:
    """The place read at `pos`, shared with the places stage: not to be changed (a body takes
    its fields, and its list of more places, which no one changes)."""
    size = len(tv)  # `may_place`, inline for speed
    while pos < size and tv[pos] == " ":
        pos += 1
    if pos >= size:
        return None
    char = tv[pos]
    if char.isupper() or char.isdigit() or char in "thqpxđ":
        return shared_read(tv, pos, level)
    if char == "c" and tv.startswith("các ", pos):
        return plural_read(tv, pos + 4)
    return None


_BRANCH = re.compile(r"\s+[Cc]hi nhánh(?= )")


def branch_place(tv: str, pos: int) -> PlaceRead | None:
    """The place of a branch named at `pos` ("… chi nhánh TPHCM", "… Chi nhánh quận 9"), or
    None: a national or provincial service's office in that place."""
    branch = _BRANCH.match(tv, pos)
    place = None if branch is None else place_at(tv, branch.end(), None)
    return place if place is not None and place.name is not None else None


def _load(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> BodyLexicon:
    return BodyLexicon(_load("bodies.tsv"), _load("departments.tsv"))
