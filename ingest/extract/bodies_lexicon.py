"""The vocabulary of body names (`bodies.tsv`, `departments.tsv`) compiled for matching.

`BodyLexicon.scan_pattern` finds where a body name starts (`starts(view)` when lower-casing
moves offsets); `bodies.read_body` reads the name there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.titles import (
    lowered,
    phrase_pattern,
    phrase_trie,
    view,
    word_set_pattern,
    word_trie,
)

HERE = Path(__file__).parent
# Surfaces that are also everyday words in lower case ("cơ sở", "quốc phòng", "công an xã
# viên", "thanh tra" as a verb): only accepted when capitalised.
STRICT_FIRST = {"Sở", "Phòng", "Bộ", "Công", "Thanh", "Văn", "Chi", "Thường", "Đoàn", "Hội",
                "Liên", "Tổng", "Học", "Kiểm", "Ban", "Trường", "Đại", "Tập", "Bệnh"}
LENIENT = {"Bộ Chính trị", "Ban Thường vụ", "Ban thường vụ", "Ban Chấp hành", "Ban Bí thư"}
_SPACES = re.compile(r"\s+")


class BodyLexicon:
    def __init__(self, rows: list[list[str]], departments: list[list[str]]) -> None:
        self.rows = {view(r[0]).lower(): r for r in rows}
        ordered = sorted(rows, key=lambda r: -len(r[0]))
        self.pattern = re.compile("(?:" + "|".join(phrase_pattern(r[0]) for r in ordered)
                                  + r")(?![\w&])", re.IGNORECASE)
        self.low_pattern = re.compile("(?:" + phrase_trie([r[0] for r in rows]) + r")(?![\w&])")
        # Python's `re` tries every alternative at every position; a small first-word pattern
        # on the lower-cased view finds the few places worth trying (10x faster).
        # the second words each first word may take: most first words ("chính", "thành")
        # are everyday words, and a look at the next word spares the full pattern
        seconds: dict[str, set[str] | None] = {}
        for row in rows:
            first, *rest = view(row[0]).lower().split()
            if not rest or seconds.get(first, set()) is None:
                seconds[first] = None
            else:
                seconds.setdefault(first, set()).add(rest[0])
        self.seconds = {k: None if v is None else tuple(sorted(v)) for k, v in seconds.items()}
        firsts = set(self.seconds)
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
                + self.low_pattern.pattern)
        else:
            self.scan_pattern = None
        lenient = {view(r[0]).lower().split()[0] for r in rows
                   if r[0] in LENIENT or r[0].split()[0] not in STRICT_FIRST}
        self.strict_firsts = {view(w).lower() for w in STRICT_FIRST} - lenient
        self.departments = {view(d[0]).lower(): d[1] for d in departments}
        self.dept_pattern = re.compile(
            r"\s+(?:" + phrase_trie([d[0] for d in departments]) + r")(?![\w&])", re.IGNORECASE)

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


def _load(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> BodyLexicon:
    return BodyLexicon(_load("bodies.tsv"), _load("departments.tsv"))
