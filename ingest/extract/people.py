"""Persons, their posts and the bodies named: the people stage of extraction.

Reads every body (`bodies`) and title chain (`chains`) in the text, finds the names
(`names`), attaches chains to names (`persons_attach`), fills the places that bodies leave
out from the chain, the text before them and the article's context (`places`), and merges
the mentions of one person (full name, "ông Hải") into one `Person`.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.bodies import Body, lexicon, read_body, render
from cadregraph.ingest.extract.chains import group_chains, membership_items, title_items
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.names import NameMention, find_names
from cadregraph.ingest.extract.persons_attach import attach
from cadregraph.ingest.extract.places import PlaceMention, ascii_key, place_mentions
from cadregraph.ingest.extract.titles import view
from cadregraph.ingest.records import Evidence, Organization, Person, Position

_UNLISTED = {"Nhà nước"}  # a position's body by convention, not an organisation named
_PARTY_SUBS = {"standing_committee", "executive_committee",
               "inspection_commission", "party_department", "party_office"}


def scan_bodies(text: str, tv: str) -> list[Body]:
    out, last = [], 0
    for match in lexicon().pattern.finditer(tv):
        if match.start() < last:
            continue
        if match.start() > 0 and (tv[match.start() - 1].isalnum()):
            continue
        body = read_body(text, tv, match.start())
        if body is not None:
            out.append(body)
            last = body.end
    return out


class Resolver:
    def __init__(self, context: Context, mentions: tuple[PlaceMention, ...]) -> None:
        self.context, self.mentions, self.text = context, mentions, context.text
        self.cities = gazetteer().cities

    def default(self, level: str) -> str | None:
        ctx = self.context
        if level == "tỉnh":
            return ctx.province
        if level == "thành phố":
            if ctx.locality and ctx.locality_level == "thành phố":
                return ctx.locality
            return ctx.province if ctx.province in self.cities else None
        if level in ("huyện", "quận", "thị xã") and ctx.locality_level == level:
            return ctx.locality
        return None

    def district(self, body: Body, offset: int) -> None:
        """A "Phòng" without its place belongs to the district-level unit in view."""
        levels = ("thành phố", "huyện", "quận", "thị xã")
        before = [m for m in self.mentions if m.level in levels and m.start < offset
                  and m.name != self.context.province]
        if before:
            body.level, body.place = before[-1].level, before[-1].name
        elif self.context.locality:
            body.level, body.place = self.context.locality_level, self.context.locality

    def place_for(self, level: str, offset: int) -> str | None:
        before = [m for m in self.mentions if m.level == level and m.start < offset]
        if before:
            return before[-1].name
        return self.default(level)

    def fill(self, body: Body, offset: int, parties: list[Body]) -> None:
        if body.parent is None and body.slot == "sub" and body.body_type in _PARTY_SUBS:
            # "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy An Giang"
            later = [p for p in parties if offset < p.start < offset + 90
                     and "." not in self.text[offset:p.start]]
            earlier = [p for p in parties if p.start < offset]
            if later or earlier:
                body.parent = later[0] if later else earlier[-1]
        anchor = body.anchor
        if anchor.place is None and anchor.level == "district":
            self.district(anchor, offset)
        elif anchor.place is None and anchor.slot != "national" and anchor.level:
            anchor.place = self.place_for(anchor.level, offset)
        elif anchor.place is None and anchor.level is None and anchor.slot == "place" \
                and anchor.core in ("Đảng ủy", "Đảng bộ"):
            # a bare "Đảng ủy" in a ward's news is the ward's committee
            wards = [m for m in self.mentions if m.start < offset
                     and m.level in ("phường", "xã", "thị trấn", "đặc khu")]
            if wards:
                anchor.level, anchor.place = wards[-1].level, wards[-1].name


def _share_places(text: str, bodies: list[Body]) -> None:
    """"Đảng ủy, HĐND, UBND phường Mỹ Quý": bodies listed together share the last one's place."""
    for a, b in reversed(list(zip(bodies, bodies[1:]))):
        if a.slot == "sub" and a.parent is None and b.slot == "sub" and b.parent is not None \
                and re.fullmatch(r"\s*(?:,|và)\s*", text[a.end:b.start]):
            a.parent = b.parent  # "Ban Kinh tế - Ngân sách, Ban Pháp chế HĐND tỉnh"
            continue
        anchor, other = a.anchor, b.anchor
        if anchor.place is None and other.place and a.parent is None \
                and re.fullmatch(r"\s*(?:,|và)\s*", text[a.end:b.start]) \
                and anchor.slot in ("place", other.level):
            anchor.level, anchor.place = other.level, other.place


def _evidence(context: Context, start: int, end: int) -> Evidence:
    sentence = context.sentence_at(start)
    return Evidence(sentence.index if sentence else 0, start, end)


def _complete(body: Body) -> bool:
    anchor = body.anchor
    if anchor.slot == "sub" and body.parent is None:
        return False
    if anchor.slot == "national":
        return True
    return anchor.place is not None


def extract_people(context: Context) -> tuple[list[Person], list[Organization]]:
    text = context.text
    tv = view(text)
    bodies = scan_bodies(text, tv)
    items = title_items(text, tv, [(b.start, b.end) for b in bodies])
    item_spans = [(it.start, it.end) for it in items]
    loose = [b for b in bodies if not any(s <= b.start < e for s, e in item_spans)]
    _share_places(text, loose)
    members = membership_items(text, loose)
    items = sorted(items + members, key=lambda it: it.start)
    chains = group_chains(text, items, bodies)
    member_spans = {(m.start, m.end) for m in members}
    loose = [b for b in loose if (b.start, b.end) not in member_spans]
    names = find_names(text, [(b.start, b.end) for b in bodies] + item_spans)
    resolver = Resolver(context, place_mentions(text))
    parties = [b for b in bodies if b.body_type == "party_committee" and b.place]
    for body in loose:
        resolver.fill(body, body.start, parties)
    for item in items:
        if item.body is not None:
            resolver.fill(item.body, item.start, parties)

    persons, owner = _persons(context, names)
    organizations: dict[str, Organization] = {}

    def add_org(body: Body, start: int, end: int) -> None:
        for part in body.split():
            name = render(part)
            if name in _UNLISTED or not _complete(part):
                continue
            org = organizations.setdefault(name.lower(), Organization(
                name=name, body_type=part.body_type, place=part.anchor.place))
            org.mentions.append(_evidence(context, start, end))

    for index, chain, former in attach(text, names, chains):
        person = owner.get(index)
        if person is None:
            continue
        for item in chain.items:
            if item.body is None:
                continue
            for part in item.body.split():
                if not _complete(part):
                    continue
                body_name = render(part)
                position = Position(item.role, body_name, former or item.former, item.acting,
                                    _evidence(context, item.start, item.end), part.body_type,
                                    part.anchor.place)
                if all(p.key() != position.key() for p in person.positions):
                    person.positions.append(position)
    for item in items:
        if item.body is not None:
            add_org(item.body, item.start, item.end)
    for body in loose:
        add_org(body, body.start, body.end)
    return persons, list(organizations.values())


def _gender(mention: NameMention) -> str | None:
    words = mention.name.split()
    if "Thị" in words[1:2]:
        return "female"
    if "Văn" in words[1:2]:
        return "male"
    return {"ông": "male", "anh": "male", "bà": "female", "chị": "female"}.get(mention.honorific)


def fold_name(name: str) -> str:
    """Spelling-insensitive key: a caption's "Vương Bình Thành" is the body's "Thạnh"."""
    return ascii_key(view(name))


def _persons(context: Context, names: list[NameMention]) -> tuple[list[Person], dict[int, Person]]:
    persons: dict[str, Person] = {}
    owner: dict[int, Person] = {}
    last_by_given: dict[str, Person] = {}
    for index, mention in enumerate(names):
        evidence = _evidence(context, mention.start, mention.end)
        if mention.given_only:
            person = last_by_given.get(fold_name(mention.name))
            if person is None:
                continue
            if person.gender is None:
                person.gender = _gender(mention)
        else:
            key = fold_name(mention.name)
            person = persons.get(key)
            if person is None:
                person = persons[key] = Person(name=mention.name, gender=_gender(mention))
            last_by_given[fold_name(mention.name.split()[-1])] = person
        person.mentions.append(evidence)
        owner[index] = person
    return list(persons.values()), owner
