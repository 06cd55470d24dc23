"""Persons, their posts and the bodies named: the people stage of extraction.

Reads every body (`bodies`) and title chain (`chains`) in the text (`people_scan` finds
where both start), finds the names (`names`), attaches chains to names (`persons_attach`),
fills the places that bodies leave out from the chain, the text before them and the
article's context (`places`), and merges the mentions of one person (full name, "ông Hải")
into one `Person` (`persons`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from cadregraph.ingest.extract.bodies import LISTED, Body, BodyReader
from cadregraph.ingest.extract.bodies_render import render
from cadregraph.ingest.extract.bodies_resolve import Resolver, share_places
from cadregraph.ingest.extract.chains import (
    Chain,
    Item,
    group_chains,
    membership_items,
    title_items,
)
from cadregraph.ingest.extract.chains_district import commune_districts
from cadregraph.ingest.extract.chains_fill import START, hamlet_cells
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_leaders import leader_names
from cadregraph.ingest.extract.people_scan import scan
from cadregraph.ingest.extract.persons import Evidences, persons_of, trim_run_ons
from cadregraph.ingest.extract.persons_attach import attach, by_title
from cadregraph.ingest.extract.places import PlaceMention, place_mentions
from cadregraph.ingest.extract.titles import view
from cadregraph.ingest.records import Organization, Person, Position

_UNLISTED = {"Nhà nước"}  # a position's body by convention, not an organisation named
# "Ban Nội chính Thành ủy TP.HCM" names the Thành ủy too ("UVTV Tỉnh ủy" does not)
_NAMED_PARENTS = {"party_committee", "peoples_council"}
_GROUP = re.compile(r"(?i:tổ đại biểu|tổ ĐB)\s*$")


def _share_with_titles(text: str, loose: list[Body], items: list[Item]) -> None:
    """"Ban Pháp chế và Chánh Văn phòng HĐND tỉnh": a part listed before a title's body
    belongs to the same parent."""
    starts = {it.start: it for it in items}
    for body in loose:
        if body.slot != "sub" or body.parent is not None:
            continue
        gap = LISTED.match(text[body.end:body.end + 8])
        item = starts.get(body.end + gap.end()) if gap else None
        if item is not None and item.body is not None and item.body.slot == "sub" \
                and item.body.parent is not None:
            body.parent = item.body.parent


def _loose(bodies: list[Body], spans: list[tuple[int, int]]) -> list[Body]:
    """The bodies that start outside every span; the spans are sorted and apart."""
    if not spans:
        return bodies[:]
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    # the last span starting at or before a body's start holds it, if any does
    return [body for body in bodies if not (
        (k := bisect_right(starts, body.start)) and body.start < ends[k - 1])]


def _committees(placed: list[tuple[Body, int]]) -> list[Body]:
    """The party committees named with their place in the lineage of the bodies placed, once
    each, in text order (ties in the order met)."""
    found: dict[int, Body] = {}
    for body, _ in placed:
        parent = body.parent
        if body.body_type == "party_committee" and body.place:
            found.setdefault(id(body), body)
        while parent is not None:  # (most bodies have none)
            if parent.body_type == "party_committee" and parent.place:
                found.setdefault(id(parent), parent)
            parent = parent.parent
    return sorted(found.values(), key=START)


def _names_place(body: Body, mentions: tuple[PlaceMention, ...]) -> bool:
    """Whether the text of `body` names its place ("HĐND TPHCM"), not the context ("Tỉnh ủy");
    `mentions` are in text order (asked for a few bodies: no list of their starts is made)."""
    k = bisect_left(mentions, body.start, key=START)
    return k < len(mentions) and mentions[k].start < body.end


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
    reader = BodyReader(text, tv)
    bodies, spans = scan(reader)
    body_spans = [(b.start, b.end) for b in bodies]
    # "ông Nguyễn Văn Trưởng, Phó …": a one-word title after a middle "Văn"/"Thị" is the
    # given name, as `names_ends` reads it, not a bare title that hides the name's end
    items = [it for it in title_items(reader, spans, body_spans) if it.body is not None
             or text[max(0, it.start - 4):it.start] not in ("Văn ", "Thị ")
             or " " in text[it.start:it.end]]
    hamlet_cells(text, items)
    item_spans = [(it.start, it.end) for it in items]
    loose = _loose(bodies, item_spans)
    _share_with_titles(text, loose, items)
    share_places(text, loose)
    members = membership_items(text, loose)
    if members:
        items = sorted(items + members, key=START)
    chains = group_chains(text, items, bodies)
    if members:
        member_spans = {(m.start, m.end) for m in members}
        loose = [b for b in loose if (b.start, b.end) not in member_spans]
    names = find_names(text, body_spans + item_spans)
    trim_run_ons(text, names)
    mentions = place_mentions(text)
    resolver = Resolver(context, mentions)
    placed = [(b, b.start) for b in loose] + [(it.body, it.start) for it in items if it.body]
    resolver.named = _committees(placed)
    parentless = False  # parts named without their committee ("Ban Thường vụ" alone)
    for body, offset in placed:  # places first, so that parentless parts find their committee
        if body.slot == "sub" and body.parent is None:
            parentless = True
        else:
            resolver.fill(body, offset, [])
            resolver.remember(body)
    if parentless:
        parties = _committees(placed)
        for body, offset in placed:
            if body.slot == "sub" and body.parent is None:
                resolver.fill(body, offset, parties)

    commune_districts(chains, context.province)
    evidence = Evidences(context)
    persons, owner = persons_of(evidence, names)
    organizations: dict[str, Organization] = {}
    # bodies no longer change from here: each one's complete parts, their names and the
    # organisation key of each name, once
    named: dict[int, list[tuple[Body, str, str]]] = {}

    def parts_of(body: Body) -> list[tuple[Body, str, str]]:
        found = named.get(id(body))  # the bodies all stay referenced: ids are not reused
        if found is None:
            if body.parent is None and not body.more_places:  # most bodies: one part
                if body.slot == "national" or (body.place is not None and body.slot != "sub"):
                    name = render(body)  # (`_complete` of a body that is its own anchor)
                    found = [(body, name, name.lower())]
                else:
                    found = []
            else:
                found = [(p, name, name.lower()) for p in body.split() if _complete(p)
                         for name in (render(p),)]
            named[id(body)] = found
        return found

    def add_org(body: Body, start: int, end: int) -> None:
        parent = body.parent
        if parent is not None and not parent.unlisted and (
                parent.body_type in ("mass_organisation", "enterprise")
                or body.body_type == "ad_hoc_committee"
                # "Phòng X, Sở Y": a unit named with its parent (units)
                or (body.slot == "sub" and body.body_type == "state_department")
                or parent.slot == "national"
                or (parent.body_type in _NAMED_PARENTS and parent.place is not None
                    and not parent.more_places and _names_place(parent, mentions))):
            add_org(parent, start, end)  # "Ban Thường vụ Hội Nông dân Việt Nam" names both
        mention = None
        for part, name, key in parts_of(body):
            if name in _UNLISTED:
                continue
            org = organizations.get(key)
            if org is None:
                org = organizations[key] = Organization(
                    name=name, body_type=part.body_type, place=part.anchor.place)
            if mention is None:
                mention = evidence(start, end)
            org.mentions.append(mention)

    deputies = tuple(Chain([Item(b.start, b.end, "Đại biểu", Body(b.start, b.end, "Quốc hội",
                                                                   "national_body", "national"))])
                     for b in loose if b.body_type == "na_delegation")
    # "tổ đại biểu HĐND thành phố gồm các ông bà: A, B": each a deputy of the council
    deputies += tuple(Chain([Item(b.start, b.end, "Đại biểu", b)]) for b in loose
                      if b.body_type == "peoples_council" and b.slot != "sub"
                      and _GROUP.search(text, max(0, b.start - 16), b.start))
    attached = attach(text, names, chains, deputies, owner)
    attached += by_title(text, chains, attached, owner)
    held: dict[int, set[tuple[str, str]]] = {}  # each person's (role, body), as `Position.key`
    for index, chain, former in attached:
        person = owner.get(index)
        # a leader of history ("Chủ tịch Hồ Chí Minh") holds no post a news article gives: the
        # bare "Chủ tịch" before his name is not that of the body named before it
        if person is None or person.name in leader_names():
            continue
        keys = held.get(id(person))
        if keys is None:
            keys = held[id(person)] = {p.key() for p in person.positions}
        for item in chain.items:
            if item.body is None:
                continue
            for part, body_name, _ in parts_of(item.body):
                if (item.role, body_name) in keys:
                    continue
                keys.add((item.role, body_name))
                person.positions.append(Position(
                    item.role, body_name, former or item.former, item.acting,
                    evidence(item.start, item.end), part.body_type, part.anchor.place))
    for item in items:
        if item.body is not None:
            add_org(item.body, item.start, item.end)
    for body in loose:
        # a company or school is one of the bodies only when someone holds a post in it
        if body.body_type not in ("enterprise", "school"):
            add_org(body, body.start, body.end)
    return persons, list(organizations.values())
