"""Reading the name of a political body at a position in the text.

`read_body(text, view, pos)` recognises "Tỉnh ủy An Giang", "HĐND thành phố", "Ban Thường vụ
Đảng ủy phường Mỹ Thới và Mỹ Thạnh", "Sở TN&MT tỉnh", "Bộ Chính trị" … from `bodies.tsv` and
`departments.tsv`, with places from the gazetteer. A body may lack its place ("Tỉnh ủy" alone);
`chains`/`people` fill it from context. `render` spells the body out as the contract names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.gazetteer_read import read_place
from cadregraph.ingest.extract.titles import lower_pattern, lowered, phrase_pattern, view

HERE = Path(__file__).parent
# Surfaces that are also everyday words in lower case ("cơ sở", "quốc phòng", "công an xã
# viên", "thanh tra" as a verb): only accepted when capitalised.
_STRICT_FIRST = {"Sở", "Phòng", "Bộ", "Công", "Thanh", "Văn", "Chi", "Thường", "Đoàn", "Hội",
                 "Liên", "Tổng", "Học", "Kiểm", "Ban", "Trường", "Đại", "Tập", "Bệnh"}
# Words that end many names ("Hải Phòng", "Tống Phước Trường"): after a capitalised word they
# continue that name rather than start a body.
_NAME_TAILS = {"Phòng", "Trường"}
_LENIENT = {"Bộ Chính trị", "Ban Thường vụ", "Ban thường vụ", "Ban Chấp hành", "Ban Bí thư"}
# "Ban Chấp hành Đảng bộ tỉnh X" is the provincial committee itself (the scorer agrees).
_COMMITTEE_OF_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy",
                       "quận": "Quận ủy", "thị xã": "Thị ủy"}
_PARTY_LEVEL_SLOTS = set(_COMMITTEE_OF_LEVEL)
_SUFFIX = re.compile(r"\s*(?:\((?:cũ|mới)\)|(?:,\s*)?(?:khóa|nhiệm kỳ)\s+(?:[IVXLC]+|\d+|mới)"
                     r"(?:\s*[-–]\s*\d{4})?(?:\s*(?:,|và)\s*(?:[IVXLC]+|\d{1,2})(?![\w]))*)",
                     re.IGNORECASE)
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())
_NAMED_FALLBACK = re.compile(rf"(?:[{_UPPER}]\w*)(?:(?:\s+và\s+|\s*[,\-–]\s*|\s+)"
                             rf"(?:[{_UPPER}]\w*))*")
_NAMED_AFTER = re.compile(r"\s+" + _NAMED_FALLBACK.pattern)
_LOWER_NEXT = re.compile(rf" (?![{_UPPER}])\w")
_PREV_WORD = re.compile(r"(\w+) $")
_SPACES = re.compile(r"\s+")
_EXECUTIVE_TW = {"Ban Chấp hành Trung ương", "BCH Trung ương", "BCH TW"}
_BLOC = re.compile(r"\s+[Kk]hối(?:\s+(?:các|[Cc]ơ quan|[Dd]oanh nghiệp|Công nghiệp|Dân chính"
                   r"|[Đđ]ảng|và))+(?:\s+(?:Trung ương|TW|tỉnh|thành phố))?")
_TRUNG_UONG = re.compile(r"\s+(?:Trung ương|TW|TƯ|T\.Ư)(?!\w)")


@dataclass
class Body:
    start: int
    end: int
    core: str
    body_type: str
    slot: str
    level: str | None = None  # the level of the place: "tỉnh", "thành phố", "phường", …
    place: str | None = None
    parent: Body | None = None  # the body this is part of (sub-bodies) or inside (Đảng ủy Sở …)
    more_places: list[str] = field(default_factory=list)  # "phường Mỹ Thới và Mỹ Thạnh"

    @property
    def anchor(self) -> Body:
        """The body whose place decides this one's ("Ban Thường vụ Tỉnh ủy" → "Tỉnh ủy")."""
        return self.parent.anchor if self.parent is not None else self

    @property
    def needs_place(self) -> bool:
        anchor = self.anchor
        return anchor.place is None and anchor.slot != "national" and anchor.level is not None

    def split(self) -> list[Body]:
        """One body per coordinated place: "Đảng ủy phường A và B" → two bodies."""
        if self.parent is not None:
            return [replace(self, parent=p) for p in self.parent.split()]
        if not self.more_places:
            return [self]
        return [replace(self, place=p, more_places=[]) for p in [self.place, *self.more_places]]


def render(body: Body) -> str:
    if body.core == "Ban Chấp hành" and body.parent is not None \
            and body.parent.body_type == "party_committee":
        return render(body.parent)  # a party committee IS its executive committee
    if body.parent is not None:
        return f"{body.core} {render(body.parent)}"
    if body.place is None:
        return body.core
    if body.core == "Đảng ủy" and body.level in _COMMITTEE_OF_LEVEL:
        # "Ban Chấp hành Đảng bộ, BTV Tỉnh ủy X": the committee of a province is its Tỉnh ủy
        return f"{_COMMITTEE_OF_LEVEL[body.level]} {body.place}"
    if body.slot in _PARTY_LEVEL_SLOTS or body.level is None:
        return f"{body.core} {body.place}"
    if body.place.lower().startswith(body.level):  # "Quận 7", "Phường 3"
        return f"{body.core} {body.place}"
    return f"{body.core} {body.level} {body.place}"


class BodyLexicon:
    def __init__(self, rows: list[list[str]], departments: list[list[str]]) -> None:
        self.rows = {view(r[0]).lower(): r for r in rows}
        ordered = sorted(rows, key=lambda r: -len(r[0]))
        self.pattern = re.compile("(?:" + "|".join(phrase_pattern(r[0]) for r in ordered)
                                  + r")(?![\w&])", re.IGNORECASE)
        self.low_pattern = lower_pattern(self.pattern)
        # Python's `re` tries every alternative at every position; a small first-word pattern
        # on the lower-cased view finds the few places worth trying (10x faster).
        firsts = sorted({view(r[0]).lower().split()[0] for r in rows}, key=len, reverse=True)
        self.first_words = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in firsts)
                                      + r")(?!\w)")
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
        lenient = {view(r[0]).lower().split()[0] for r in rows
                   if r[0] in _LENIENT or r[0].split()[0] not in _STRICT_FIRST}
        self.strict_firsts = {view(w).lower() for w in _STRICT_FIRST} - lenient
        self.departments = {view(d[0]).lower(): d[1] for d in departments}
        self.dept_pattern = re.compile(
            r"\s+(?:" + "|".join(phrase_pattern(d[0]) for d in
                                 sorted(departments, key=lambda d: -len(d[0]))) + r")(?![\w&])",
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


def _load(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> BodyLexicon:
    return BodyLexicon(_load("bodies.tsv"), _load("departments.tsv"))


def _skip_suffix(tv: str, pos: int) -> int:
    while (m := _SUFFIX.match(tv, pos)) is not None:
        pos = m.end()
    return pos


def read_body(text: str, tv: str, pos: int, depth: int = 0) -> Body | None:
    """The body named at `pos` (after optional spaces), or None."""
    lex = lexicon()
    while pos < len(tv) and tv[pos] == " ":
        pos += 1
    low = lowered(tv)
    match = lex.pattern.match(tv, pos) if low is None else lex.low_pattern.match(low, pos)
    if match is None or depth > 3:
        return None
    surface, core, body_type, slot = lex._row(match.group())
    if surface not in _LENIENT and surface.split()[0] in _STRICT_FIRST:
        if not text[pos].isupper():
            return None
        prev = _PREV_WORD.search(text, max(0, pos - 20), pos) \
            if surface.split()[0] in _NAME_TAILS else None
        if prev is not None and prev.group(1)[0].isupper() and not prev.group(1).isupper():
            return None  # "Hải Phòng": inside a capitalised name, not the start of a body
    body = Body(pos, match.end(), core, body_type, slot)
    end = match.end()
    if slot == "national":
        if surface in _EXECUTIVE_TW:  # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
            inner = read_body(text, tv, end, depth + 1)
            if inner is not None and inner.body_type == "mass_organisation":
                return Body(pos, inner.end, "Ban Chấp hành Trung ương", "executive_committee",
                            "sub", parent=inner)
        body.end = _skip_suffix(tv, end)
        return body
    if slot == "named":
        dept = lex.dept_pattern.match(tv, end)
        if dept is not None:
            name = lex.departments[" ".join(view(dept.group().strip()).lower().split())]
        else:
            dept = _NAMED_AFTER.match(text, end)
            if dept is None or core == "Bộ" or _LOWER_NEXT.match(text, dept.end()) \
                    or len(dept.group().split()[-1]) < 2:
                return None  # "Phòng Tài nguyên …" cut short: not a name we can read
            name = dept.group().strip()
        body.core, end = f"{core} {name}", dept.end()
        if core == "Bộ" or body_type in ("enterprise", "school"):
            body.slot, body.end = "national", end  # complete without a place
            return body
    if slot == "sub":
        inner = read_body(text, tv, end, depth + 1)
        if inner is not None and inner.slot != "sub":
            if core == "Ban Chấp hành" and inner.body_type in ("party_committee",
                                                              "party_organisation"):
                return _executive(inner, pos)
            body.parent, body.end = inner, inner.end
            return body
        trung_uong = _TRUNG_UONG.match(tv, end)
        if trung_uong is not None:
            inner = read_body(text, tv, trung_uong.end(), depth + 1)
            if inner is not None and inner.body_type == "mass_organisation":
                body.core, body.parent, body.end = f"{core} Trung ương", inner, inner.end
                return body
            body.core, body.slot, body.end = f"{core} Trung ương", "national", trung_uong.end()
            return body
        place = read_place(text, tv, end, None)
        if place is not None and place.level in _COMMITTEE_OF_LEVEL:
            # "UBKT tỉnh Đắk Lắk": the commission of the provincial committee.
            parent = Body(end, place.end, _COMMITTEE_OF_LEVEL[place.level], "party_committee",
                          place.level, place.level, place.name)
            body.parent, body.end = parent, _skip_suffix(tv, place.end)
            return body
        body.end = end
        return body
    if slot in ("place", "named") or slot in _PARTY_LEVEL_SLOTS:
        body.level = slot if slot in _PARTY_LEVEL_SLOTS else None
        place = read_place(text, tv, end, body.level)
        if place is not None:
            body.level, body.place, body.more_places = place.level, place.name, place.more
            body.end = _skip_suffix(tv, place.end)
            return body
        bloc = _BLOC.match(tv, end) if body_type in ("party_committee",
                                                     "party_organisation") else None
        if bloc is not None:
            body.core, body.slot = f"{core} {text[end:bloc.end()].strip()}", "national"
            if bloc.group().endswith(("tỉnh", "thành phố")):
                body.core = body.core.rsplit(" ", 1 + bloc.group().endswith("phố"))[0]
                body.slot, body.level = "place", "tỉnh"
            body.end = bloc.end()
            return body
        if slot == "place" and body_type in ("party_committee", "party_organisation",
                                             "party_group", "front_committee"):
            inner = read_body(text, tv, end, depth + 1)
            if inner is not None and inner.slot != "sub":
                body.parent, body.end = inner, inner.end
                return body
        body.end = _skip_suffix(tv, end)
        if body.core == "Mặt trận Tổ quốc Việt Nam":
            body.slot = "national"  # the Front itself, not a local committee
        if body.core.startswith("Sở "):
            body.level = "tỉnh"  # a department without its place is the province's
        elif body.core.startswith("Phòng "):
            body.level = "district"
    return body


def _executive(inner: Body, start: int) -> Body:
    if inner.core == "Đảng bộ":
        level = inner.level or ""
        inner.core = _COMMITTEE_OF_LEVEL.get(level, "Đảng ủy")
        inner.body_type = "party_committee"
        if level in _COMMITTEE_OF_LEVEL:
            inner.slot = level
    inner.start = start
    return inner
