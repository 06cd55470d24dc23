"""Filling in the places bodies leave out ("HĐND tỉnh", "Tỉnh ủy", "Ban Thường vụ" alone).

Order of evidence: bodies listed together share a place ("Đảng ủy, HĐND, UBND phường Mỹ
Quý"); a part without its committee takes the party committee named next to it; a level word
takes the nearest place of that level named before it, else the article's place."""

from __future__ import annotations

import re
from bisect import bisect_left

from cadregraph.ingest.extract.bodies import Body
from cadregraph.ingest.extract.bodies_cells import cell_before
from cadregraph.ingest.extract.bodies_generic import KIND, many_after
from cadregraph.ingest.extract.bodies_render import CENTRAL_FRONT, FRONT_COMMITTEE
from cadregraph.ingest.extract.bodies_rooms import PARENT_AFTER, WARDS, room_place
from cadregraph.ingest.extract.bodies_share import share_places as share_places  # people
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.gazetteer import gazetteer
from cadregraph.ingest.extract.gazetteer_read import read_place
from cadregraph.ingest.extract.places import PlaceMention
from cadregraph.ingest.extract.places_host import host_ward
from cadregraph.ingest.extract.titles import view

_BREAK = re.compile(r"[.!?;]\s|\n")
_AND_PEOPLE = re.compile(r",? (?:chính quyền,? )?(?:và )?(?:quân và )?[Nn]hân dân"
                         r"(?: các dân tộc)? ?")
_UNIT = re.compile(r"(?:,?\s*(?:khóa|khoá) [IVXLC]+)?,?\s*đơn vị\s+")
_PARTY_BEFORE = re.compile(r"(?:Đảng bộ|[Tt]ỉnh [uủ][ỷy])\s+(?:tỉnh\s+)?$")
_CITY_BODY = re.compile(r"(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Thành ủy)"
                        r"(?:\s+(?:thành phố|TP\.?))?\s*$")
_PARTY_SUBS = {"standing_committee", "executive_committee",
               "inspection_commission", "party_department", "party_office"}


class Resolver:
    def __init__(self, context: Context, mentions: tuple[PlaceMention, ...]) -> None:
        self.context, self.mentions, self.text = context, mentions, context.text
        self.placed: dict[str, tuple[str | None, str]] = {}
        self.named: list[Body] = []  # party committees named with their place, in text order
        self.cities = gazetteer().cities
        # per level, the starts and names of its mentions in text order, for `place_for`
        self.by_level: dict[str, tuple[list[int], list[str]]] = {}
        for m in mentions:
            starts, names = self.by_level.setdefault(m.level, ([], []))
            starts.append(m.start)
            names.append(m.name)
        self.city_mentions: tuple[list[int], list[str]] = ([], [])
        # every centrally-run city named with its council, committee or party committee
        self.any_city: tuple[list[int], list[str]] = ([], [])
        for m in mentions:  # the article's own city: not "Hà Nội" in news of Yên Bái
            if m.level == "thành phố" and m.name in self.cities:
                if _CITY_BODY.search(self.text, max(0, m.start - 30), m.start):
                    self.any_city[0].append(m.start)  # "HĐND TP HCM": its own council's
                    self.any_city[1].append(m.name)
                if m.name == context.province:
                    self.city_mentions[0].append(m.start)
                    self.city_mentions[1].append(m.name)

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
        return host_ward(ctx.article.site, ctx.province, level)  # a commune's own portal

    def district(self, body: Body, offset: int) -> None:
        room_place(self.context, self.mentions, body, offset, self.fill)

    def people_place(self, body: Body, pos: int, offset: int) -> bool:
        """The place after "Đảng bộ, chính quyền và nhân dân": named ("tỉnh Yên Bái", "Hà
        Nội", "Thủ đô") or a bare level word ("TP", "tỉnh nhà") that the article's place fills."""
        read = read_place(self.text, view(self.text), pos, None)
        if read is None and self.text.startswith("Thủ đô", pos):  # the capital: Hà Nội
            body.level, body.place = "thành phố", "Hà Nội"
            return True
        if read is None or read.level is None:
            return False
        place = read.name or self.place_for(read.level, offset)
        if place is None:
            return False
        body.level, body.place = read.level, place
        return True

    def named_with(self, core: str, province: str) -> bool:
        """Whether the article names the body `core` with `province` right after it."""
        text, at = self.text, self.text.find(core)
        while at >= 0:
            end = at + len(core)
            if any(end <= m.start <= end + 12 and m.province == province
                   for m in self.mentions):
                return True
            at = text.find(core, end)
        return False

    def party_last(self, offset: int) -> str | None:
        """The province whose party ("Đảng bộ tỉnh X") was named last: a round-up moves on."""
        for m in reversed(self.mentions):
            if m.start < offset and m.level == "tỉnh" \
                    and _PARTY_BEFORE.search(self.text, max(0, m.start - 14), m.start):
                return m.name
        return None

    def parent_province(self, body: Body) -> str | None:
        """"Chi cục Quản lý đất đai (Sở Tài nguyên và Môi trường tỉnh Kon Tum)": the province of
        the body it belongs to, named just after it, before the province named last."""
        parent = PARENT_AFTER.match(self.text, body.end)
        if parent is None:
            return None
        stop = self.text.find(". ", parent.end(), parent.end() + 90)
        stop = parent.end() + 90 if stop < 0 else stop
        for m in self.mentions:
            if parent.end() <= m.start < stop and m.level in ("tỉnh", "thành phố") \
                    and m.province == m.name:
                return m.name
        return None

    def place_for(self, level: str, offset: int, cities: bool = False) -> str | None:
        """The place of that level named last before `offset`, else the article's; with
        `cities`, the article's city (centrally run) named later than any province stands for
        one (a "Sở" in news of Hà Nội that once names "tỉnh Hà Nam" is still the city's)."""
        starts, names = self.by_level.get(level, ((), ()))
        k = bisect_left(starts, offset)
        if cities:
            city_starts, city_names = self.city_mentions
            c = bisect_left(city_starts, offset)
            if c and (not k or city_starts[c - 1] > starts[k - 1]):
                return city_names[c - 1]
        if k:
            return names[k - 1]
        if cities and (c := bisect_left(self.any_city[0], offset)):
            # no province named yet, a city's council was ("kỳ họp HĐND TP HCM …, Giám đốc
            # Sở Tài nguyên – Môi trường"): the city the story is set in, though another
            # province is named more often later (the neighbour it blames)
            return self.any_city[1][c - 1]
        default = self.default(level)
        sentences = self.context.sentences
        if default is None and names and len(set(names)) == 1 and sentences \
                and offset < sentences[0].end:
            # "Chủ tịch xã mượn bằng …" in the headline, then "xã Kiến Thành": the one named
            return names[0]
        return default

    def fill(self, body: Body, offset: int, parties: list[Body]) -> None:
        if body.parent is None and body.slot == "sub" and body.body_type in _PARTY_SUBS:
            # "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy An Giang"
            later = [p for p in parties if offset < p.start < offset + 90
                     and "." not in self.text[offset:p.start]]
            # an earlier committee only in the same sentence: across sentences a bare "Ban Tổ
            # chức", "UBKT các cấp", "Chánh Văn phòng - Tổng cục …" is another body's or none
            earlier = [p for p in parties if p.start < offset
                       and not _BREAK.search(self.text, p.start, offset)]
            if not later and many_after(self.text, body.end):
                earlier = []  # "Ban Thường vụ, Bí thư … và UBKT các Đảng bộ cơ sở": theirs
            if later or earlier:
                body.parent = later[0] if later else earlier[-1]
        anchor = body.anchor
        if anchor.place is not None or anchor.slot == KIND:
            return  # most bodies: named with their place; or a kind of body, of no place
        if anchor.body_type == "party_committee" and anchor.level:
            # "tham gia Ban Thường vụ Tỉnh ủy, giữ chức Bí thư Tỉnh ủy Bình Dương": the same
            # committee named in full just after
            same = [p for p in self.named if p.core == anchor.core and p.place
                    and offset < p.start < offset + 90 and "." not in self.text[offset:p.start]]
            if same:
                anchor.level, anchor.place = same[0].level, same[0].place
                anchor.more_places = same[0].more_places  # "… và UBKT Tỉnh ủy các tỉnh A, B"
        if anchor.place is None and anchor.level == "district":
            self.district(anchor, offset)
        elif anchor.place is None and anchor.slot != "national" and anchor.level:
            anchor.place = (anchor.level == "tỉnh" and self.parent_province(anchor)) or \
                self.place_for(anchor.level, offset, anchor.level == "tỉnh"
                               and anchor.core != "Tỉnh ủy")
            own = self.context.province
            if anchor.level == "tỉnh" and own and anchor.place != own \
                    and self.named_with(anchor.core, own) \
                    and not (anchor.core == "Tỉnh ủy" and self.party_last(offset) == anchor.place):
                anchor.place = own  # "Sở Xây dựng TP.HCM", then a bare "Sở Xây dựng": the same
            if anchor.level == "tỉnh" and anchor.place in _PROVINCE_BEFORE \
                    and (self.context.article.published or "")[:7] < "2025-07":
                anchor.place = _PROVINCE_BEFORE[anchor.place]  # "UBND tỉnh" of Huế, in 2022
            if anchor.level == "tỉnh" and anchor.place in self.cities:
                if anchor.core == "Tỉnh ủy":  # a centrally-run city has a Thành ủy instead
                    anchor.place = None
                else:
                    anchor.level = "thành phố"  # "Sở Nội vụ" of Hà Nội is the city's
        elif anchor.place is None and anchor.level is None and anchor.core == "Đảng bộ" \
                and (people := _AND_PEOPLE.match(self.text, anchor.end)) is not None \
                and self.people_place(anchor, people.end(), offset):
            pass  # "Đảng bộ, chính quyền và nhân dân tỉnh Yên Bái": the province's
        elif anchor.place is None and anchor.level is None and anchor.slot == "place" \
                and anchor.core in ("Đảng ủy", "Đảng bộ"):
            # a bare "Đảng ủy" in a ward's news is the ward's committee
            wards = [m for m in self.mentions if m.start < offset and m.level in WARDS]
            if wards:
                anchor.level, anchor.place = wards[-1].level, wards[-1].name
        elif anchor.place is None and anchor.level is None and anchor.core == "Chi bộ" \
                and (cell := cell_before(self.text, offset)) is not None:
            anchor.core, anchor.slot = cell, "national"  # "… Bí thư Chi bộ": the hamlet's
        elif anchor.place is None and anchor.body_type == "na_delegation" \
                and (unit := _UNIT.match(self.text, anchor.end)) is not None:
            # "Trưởng đoàn ĐBQH khóa XIII đơn vị thành phố Cần Thơ": the delegation's province
            read = read_place(self.text, view(self.text), unit.end(), "tỉnh")
            if read is not None and read.level in ("tỉnh", "thành phố"):
                place = read.name or self.place_for(read.level, offset)
                city = place in self.cities
                anchor.level, anchor.place = "thành phố" if city else "tỉnh", place
        elif anchor.place is None and anchor.lead is not None and anchor.lead.level in WARDS:
            anchor.level, anchor.place = anchor.lead.level, anchor.lead.place  # a bare list's
        elif anchor.place is None and anchor.level is None and anchor.core in self.placed:
            # "HĐND khóa IX" after "HĐND tỉnh An Giang": the council already named
            anchor.level, anchor.place = self.placed[anchor.core]
        elif anchor.place is None and anchor.level is None and anchor.core == FRONT_COMMITTEE \
                and offset < body.start:
            # a post with no place, none named before ("nguyên Chủ tịch Ủy ban MTTQ Việt Nam"):
            # the country's (one in running text is often any level's: "… các cấp")
            anchor.core, anchor.body_type, anchor.slot = CENTRAL_FRONT, "national_body", "national"

    def remember(self, body: Body) -> None:
        anchor = body.anchor
        if anchor.place and anchor.core in _COUNCILS:
            self.placed.setdefault(anchor.core, (anchor.level, anchor.place))


# a city run centrally since 2025 that a bare "tỉnh" names as the province it was
_PROVINCE_BEFORE = {"Huế": "Thừa Thiên Huế"}
_COUNCILS = {"Hội đồng nhân dân", "Ủy ban nhân dân", FRONT_COMMITTEE}
