"""A chain naming no one ("nhiệm vụ của Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") given to the
one person known to hold one of its posts (domain §4.4: reference by title). Part of
`persons_attach`."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.bodies_render import render
from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.records import Person

_AND = re.compile(r"\s*,?\s*và\s+")


def by_title(text: str, chains: list[Chain], attached: list[tuple[int, Chain, bool]],
             owner: dict[int, Person]) -> list[tuple[int, Chain, bool]]:
    """A chain naming no one ("nhiệm vụ của Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") belongs to
    the one person who holds one of its posts (domain §4.4: reference by title)."""
    # (a chain shared out item by item, "A và B tái đắc cử Chủ tịch và Phó Chủ tịch", is owned)
    used = {id(it) for _, c, _ in attached for it in c.items}
    unowned = [c for c in chains if len(c.items) >= 2
               and not any(id(it) in used for it in c.items)]
    if not unowned:
        return []
    holders: dict[tuple[str, str], set[int]] = {}
    for index, chain, _ in attached:
        holder = owner.get(index)
        if holder is None:
            continue  # a name that made no person holds nothing
        for item in chain.items:
            if item.body is not None:
                key = (item.role, render(item.body))
                holders.setdefault(key, set()).add(id(holder))
    first = {id(owner.get(i)): i for i, _, _ in attached}
    out = []
    for chain in unowned:
        keys = [(it.role, render(it.body)) for it in chain.items if it.body is not None]
        # only posts one person holds at a time: a chair, not one of several deputies
        who = set().union(*(holders.get(key, set()) for key in keys
                            if not key[0].startswith(("Phó", "Ủy viên", "Đại biểu"))))
        if len(who) != 1:
            continue
        # "thư gửi Thủ tướng, Bí thư Thành ủy, Chủ tịch HĐND và Chủ tịch UBND", "Chỉ định Bí
        # thư Tỉnh ủy và Chủ tịch UBND tỉnh": posts of several people, listed with "và"; the
        # holder must hold most of them
        person = who.pop()
        held = sum(person in holders.get(key, ()) for key in keys)
        if 2 * held <= len(chain.items) and any(
                _AND.fullmatch(text, a.end, b.start)
                for a, b in zip(chain.items, chain.items[1:], strict=False)):
            continue
        out.append((first[person], chain, False))
    return out
