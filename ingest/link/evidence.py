"""Weighing whether two groups of mentions with alike names are one person.

Two groups are merged when nothing rules it out and the evidence sums to at least zero:
same name and nothing against it is the default (names are distinctive among officials),
and the things that split homonyms are contradictions — posts in unrelated provinces, birth
years, genders, two people named in one article, an impossible age. Every point comes with
a reason so `cadregraph explain` can show why.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from cadregraph.ingest.link.features import MentionFeatures
from cadregraph.ingest.link.names import fold_name, name_relation

# Family names covering ~90% of the population (domain README §4.2): a homonym is likely.
COMMON_FAMILY = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
                 "bui", "do", "ho", "ngo", "duong", "ly"}
NAME_PENALTY = {"exact": 0.0, "diacritic": 1.0, "edit": 2.0}
_SERIAL = itertools.count()


@dataclass
class Group:
    """Mentions believed to be one person, with their evidence pooled."""

    mentions: list[MentionFeatures]
    names: set[str] = field(default_factory=set)
    tones: set[str] = field(default_factory=set)  # names with tone placement normalised
    articles: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    births: list[tuple[int, bool]] = field(default_factory=list)
    posts: set[tuple[str, str]] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    post_provinces: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    colleagues: set[str] = field(default_factory=set)
    national: bool = False
    active_years: set[int] = field(default_factory=set)  # years with a current post
    has_posts: bool = False
    left_years: set[int] = field(default_factory=set)  # dated articles saying they retired/died
    local_posts: list[tuple[str, str]] = field(default_factory=list)  # (date, district)
    uid: int = field(default_factory=lambda: next(_SERIAL))  # identity for caches only

    @classmethod
    def of(cls, mentions: list[MentionFeatures]) -> Group:
        group = cls(mentions=sorted(mentions, key=lambda m: m.key))
        for m in mentions:
            group.names.add(m.name)
            group.tones.add(m.tone)
            group.articles.add(m.article_id)
            if m.gender:
                group.genders.add(m.gender)
            if m.birth_year:
                group.births.append((m.birth_year, m.birth_exact))
            for post in m.posts:
                group.posts.add((fold_name(post.role), fold_name(post.body)))
                group.bodies.add(fold_name(post.body))
                group.national |= post.level == "national"
                group.has_posts = True
                if m.date and not post.former:
                    group.active_years.add(int(m.date[:4]))
                    if post.district and post.level == "district":
                        group.local_posts.append((m.date, post.district))
            if m.left_office and m.date:
                group.left_years.add(int(m.date[:4]))
            group.post_provinces |= set(m.post_provinces)
            group.context |= set(m.context_provinces)
            group.colleagues |= set(m.colleagues)
        group.colleagues -= {fold_name(n) for n in group.names}
        return group

    def merged(self, other: Group) -> Group:
        """The union of two groups (pooled without re-reading every mention)."""
        return Group(
            mentions=sorted(self.mentions + other.mentions, key=lambda m: m.key),
            names=self.names | other.names, tones=self.tones | other.tones,
            articles=self.articles | other.articles,
            genders=self.genders | other.genders, births=self.births + other.births,
            posts=self.posts | other.posts, bodies=self.bodies | other.bodies,
            post_provinces=self.post_provinces | other.post_provinces,
            context=self.context | other.context,
            colleagues=(self.colleagues | other.colleagues) - {
                fold_name(n) for n in self.names | other.names},
            national=self.national or other.national,
            active_years=self.active_years | other.active_years,
            has_posts=self.has_posts or other.has_posts,
            left_years=self.left_years | other.left_years,
            local_posts=self.local_posts + other.local_posts)

    @property
    def sort_key(self) -> tuple[str, str]:
        return self.mentions[0].key


@dataclass
class Verdict:
    score: float
    conflict: str | None  # a contradiction that forbids the merge, in words
    tie: bool  # a specific link (same post, birth year, colleague), needed for name variants
    reasons: list[str]

    @property
    def same(self) -> bool:
        return self.conflict is None and self.score >= 0


def _rare(names: set[str]) -> bool:
    return all(fold_name(n).split()[0] not in COMMON_FAMILY for n in names)


def compare(a: Group, b: Group) -> Verdict:
    reasons: list[str] = []
    score, tie = 0.0, False
    shared = a.articles & b.articles
    if shared:
        return Verdict(0, f"both named in article {min(shared)} as different persons", False, [])
    relations = {name_relation(x, y) for x in a.names for y in b.names}
    best = min((r for r in relations if r), key=NAME_PENALTY.get, default=None)
    if best is None:
        return Verdict(0, "names too far apart", False, [])
    if best != "exact":
        score -= NAME_PENALTY[best]
        reasons.append(f"names differ ({best}): {sorted(a.names)} / {sorted(b.names)}")
    if a.genders and b.genders and not a.genders & b.genders:
        return Verdict(score, f"gender cues differ ({'/'.join(sorted(a.genders | b.genders))})",
                       False, reasons)
    for year_a, exact_a in a.births:
        for year_b, exact_b in b.births:
            slack = 1 if exact_a and exact_b else 2
            if abs(year_a - year_b) > slack:
                return Verdict(score, f"born {year_a} vs {year_b}", False, reasons)
    if a.births and b.births:
        score += 3
        tie = True
        reasons.append(f"same birth year ({a.births[0][0]})")
    for births, years in ((a.births, b.active_years), (b.births, a.active_years)):
        for year, _ in births:
            ages = [y - year for y in years if not 18 <= y - year <= 80]
            if ages:
                return Verdict(score, f"would hold a post aged {ages[0]} (born {year})",
                               False, reasons)
    common_posts = a.posts & b.posts
    if common_posts:
        score += 3
        tie = True
        role, body = sorted(common_posts)[0]
        reasons.append(f"same post: {role} / {body}")
    elif a.bodies & b.bodies:
        score += 1.5
        tie = True
        reasons.append(f"same body: {sorted(a.bodies & b.bodies)[0]}")
    colleagues = a.colleagues & b.colleagues
    if colleagues:
        score += min(2.0, float(len(colleagues)))
        tie = True
        reasons.append(f"named with the same colleagues: {', '.join(sorted(colleagues)[:3])}")
    score += _geography(a, b, reasons)
    score += _simultaneous(a, b, reasons)
    score += _after_leaving(a, b, reasons) + _after_leaving(b, a, reasons)
    if a.national and b.national:
        score += 1
        reasons.append("both hold national posts")
    return Verdict(score, None, tie, reasons)


def _geography(a: Group, b: Group, reasons: list[str]) -> float:
    overlap = a.post_provinces & b.post_provinces
    if overlap:
        reasons.append(f"posts in the same province: {', '.join(sorted(overlap))}")
        return 2.0
    if a.post_provinces and b.post_provinces:
        where = f"{', '.join(sorted(a.post_provinces))} vs {', '.join(sorted(b.post_provinces))}"
        score = -3.0
        if a.post_provinces & b.context or b.post_provinces & a.context:
            score += 2
            where += " (but one article names the other province)"
        if a.national or b.national:
            score += 1
            where += " (a national post: officials are rotated between provinces)"
        if _rare(a.names | b.names):
            score += 1
            where += " (an uncommon family name)"
        reasons.append(f"posts in different provinces: {where}")
        return score
    if a.context & b.context:
        where = ", ".join(sorted(a.context & b.context))
        reasons.append(f"articles about the same province: {where}")
        return 0.5
    if a.context and b.context and not (a.national or b.national):
        where = f"{', '.join(sorted(a.context))} vs {', '.join(sorted(b.context))}"
        if _rare(a.names | b.names):
            # An uncommon family name is itself the link: an official cited in articles
            # about other provinces ("như trường hợp Trịnh Xuân Thanh") is one person.
            reasons.append(f"articles about different provinces ({where}), "
                           "but an uncommon family name")
            return 0.0
        reasons.append(f"articles about different provinces, nothing else in common: {where}")
        return -1.0
    return 0.0


def _after_leaving(a: Group, b: Group, reasons: list[str]) -> float:
    """One side retired or died; the other holds a current post more than a year later."""
    if not a.left_years:
        return 0.0
    left = min(a.left_years)
    later = sorted(y for y in b.active_years if y > left + 1)
    if later:
        reasons.append(f"retired or died by {left}, yet holds a post in {later[0]}")
        return -3.0
    return 0.0


def _days(a: str, b: str) -> int:
    from datetime import date
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def _simultaneous(a: Group, b: Group, reasons: list[str]) -> float:
    """Current district-level posts in two different districts within half a year."""
    for date_a, district_a in a.local_posts:
        districts_a = {d for t, d in a.local_posts if t == date_a}
        for date_b, district_b in b.local_posts:
            districts_b = {d for t, d in b.local_posts if t == date_b}
            if districts_a & districts_b:
                continue
            try:
                close = _days(date_a, date_b) <= 183
            except ValueError:
                continue
            if close:
                reasons.append(f"posts in two districts at the same time: {district_a} "
                               f"({date_a}) vs {district_b} ({date_b})")
                return -3.0
    return 0.0
