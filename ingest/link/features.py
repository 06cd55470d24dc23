"""What linking knows about one person mention: a pure function of one `ArticleRecord`.

A mention is one `Person` of one article, identified by (article id, name). Its features are
the evidence linking weighs: gender cue, birth year, posts with their level and province,
the provinces the article is about, the date, and the colleagues named with it. Features are
plain JSON-ready data so the store can keep them beside the graph (incremental linking).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from cadregraph.ingest.link.attest import attested
from cadregraph.ingest.link.geo import (
    MERGER_DATE,
    body_place,
    expand,
    provinces_in_name,
    provinces_in_text,
)
from cadregraph.ingest.link.names import fold_name, gender_cue, tone_key
from cadregraph.ingest.records import ArticleRecord, Person

_BORN = re.compile(
    r"(?:sinh năm|SN|sn|sinh ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|sinh\s+)\s*(\d{4})")
_AGE = re.compile(r"(?<!\d)(\d{2})\s*tuổi")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
# Said of the person just named: "ông A do nghỉ hưu", "ông B đã từ trần", "ông C ... để nghỉ
# hưu theo chế độ", "nhận quyết định nghỉ hưu" — not "trao quyết định nghỉ hưu cho ông D".
_LEFT = re.compile(r"(?:^[\s,]*|\b(?:do|đã|để|nhận quyết định|được)\s+)"
                   r"(?:nghỉ hưu|về hưu|hy sinh|từ trần|qua đời|tạ thế)(?!\s+cho\b)")
_MARTYR = re.compile(r"liệt sĩ\s*$", re.IGNORECASE)
_HONORIFIC = re.compile(r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+([^\W\d_]+)(?![\w])")


@dataclass
class Post:
    role: str
    body: str
    former: bool
    acting: bool
    level: str
    provinces: list[str]
    district: str | None = None  # folded district-level unit of a district body
    # When the article attests it (`attest.attested`): published, else an event's date, else
    # a date line; only for dating holdings, linking decisions use the article's `date`.
    attested: str | None = None
    attested_source: str | None = None


@dataclass
class MentionFeatures:
    article_id: str
    name: str
    date: str | None
    gender: str | None
    birth_year: int | None
    birth_exact: bool  # False when derived from an age ("52 tuổi" in 2015)
    posts: list[Post]
    post_provinces: list[str]  # legacy provinces, post-2025 units expanded to their parts
    context_provinces: list[str]  # the article's provinces (source, text), expanded alike
    colleagues: list[str]  # folded names of the other persons of the article
    site: str | None = None
    left_office: bool = False  # the text says they retired or died (nghỉ hưu, từ trần …)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.name)

    @property
    def folded(self) -> str:
        return fold_name(self.name)

    @property
    def tone(self) -> str:
        return tone_key(self.name)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MentionFeatures:
        posts = [Post(**p) for p in data.get("posts", [])]
        return cls(**{**data, "posts": posts})


def _after_merger(date: str | None) -> bool:
    return bool(date) and date >= MERGER_DATE


def _honorific_ends(text: str) -> dict[str, list[int]]:
    """Where "Ông Hùng", "bà Yến", "đồng chí Rây" end, by the given name used."""
    ends: dict[str, list[int]] = {}
    for match in _HONORIFIC.finditer(text):
        ends.setdefault(match.group(1), []).append(match.end())
    return ends


def _windows(text: str, person: Person, others: list[str],
             honorifics: dict[str, list[int]]) -> list[tuple[int, str]]:
    """(offset, text) after each mention of the person ("Ông <given name>" too), up to the
    sentence end or the next person's name: where what is said of them is read."""
    given = person.name.split()[-1]
    anchors = []
    at = text.find(person.name)
    while at >= 0:
        anchors.append(at + len(person.name))
        at = text.find(person.name, at + 1)
    if not any(o.split()[-1] == given for o in others):
        anchors += honorifics.get(given, [])
    out = []
    for end_of_name in sorted(anchors):
        window = text[end_of_name:end_of_name + 120]
        end = _SENTENCE_END.search(window)
        window = window[:end.start() + 1] if end else window
        for other in others:  # stop where the next person's name starts
            cut = window.find(other)
            if cut >= 0:
                window = window[:cut]
        out.append((end_of_name, window))
    return out


def _left_office(text: str, person: Person, windows: list[tuple[int, str]]) -> bool:
    for offset, window in windows:
        before = text[max(0, offset - len(person.name) - 12):offset - len(person.name)]
        if _LEFT.search(window) or _MARTYR.search(before):
            return True
    return False


def _birth_year(windows: list[tuple[int, str]], year: int | None) -> tuple[int | None, bool]:
    """Birth year stated next to the person's name (or "Ông <given name>") in the text."""
    for _, window in windows:
        born = _BORN.search(window)
        if born and 1900 < int(born.group(1)) < 2010:
            return int(born.group(1)), True
        age = _AGE.search(window)
        if age and year and 20 <= int(age.group(1)) <= 90:
            return year - int(age.group(1)), False
    return None, False


def mention_features(record: ArticleRecord) -> list[MentionFeatures]:
    article = record.article
    date = article.published
    after = _after_merger(date)
    context: set[str] = set()
    for name in (article.province, record.province, *record.places):
        if name:
            context |= provinces_in_text(name) or provinces_in_name(name)
    context |= provinces_in_text(record.text)
    hint = frozenset(context)
    year = int(date[:4]) if date else None
    names = [p.name for p in record.persons]
    honorifics = _honorific_ends(record.text)
    out = []
    for person in record.persons:
        posts, post_provinces = [], set()
        for position in person.positions:
            place = body_place(position.body, hint)
            provinces = set(place.provinces)
            if not provinces and position.place:
                provinces = provinces_in_name(position.place)
            when = attested(record, person, position)
            posts.append(Post(position.role, position.body, position.former, position.acting,
                              place.level, sorted(provinces), place.district,
                              when[0] if when else None, when[1] if when else None))
            for province in provinces:
                post_provinces |= expand(province, after)
        expanded_context = set()
        for province in context | post_provinces:
            expanded_context |= expand(province, after)
        others = [n for n in names if n != person.name]
        windows = _windows(record.text, person, others, honorifics)
        birth, exact = _birth_year(windows, year)
        out.append(MentionFeatures(
            article_id=record.id, name=person.name, date=date,
            gender=person.gender or gender_cue(person.name), birth_year=birth,
            birth_exact=exact, left_office=_left_office(record.text, person, windows),
            posts=posts, post_provinces=sorted(post_provinces),
            context_provinces=sorted(expanded_context),
            colleagues=sorted({fold_name(n) for n in others}), site=article.site))
    return out
