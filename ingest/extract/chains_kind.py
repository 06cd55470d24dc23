"""A head's bare title whose office word names a kind of body ("Cục trưởng", "Tổng cục trưởng",
"Bộ trưởng") takes the one body of that kind the article names before it: "Đó là những gì xảy ra
tại Cục Hải quan TP Hồ Chí Minh. … ông A, Phó cục trưởng, …", "Tổng cục Đường bộ Việt Nam:
Tổng Cục trưởng B quyết định …". The omitted body is resolved from its first full mention (domain
README §2.4); where the article names two bodies of the kind, the title tells not which.
A bare minister's title also takes the ministry named last before it in its sentence
("Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng A …", `from_ministry`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cadregraph.ingest.extract.bodies import Body
    from cadregraph.ingest.extract.chains import Item

# the role, and the word its body's name starts with
_KINDS = {f"{deputy}{head}": word for deputy in ("", "Phó ") for head, word in (
    ("Cục trưởng", "Cục "), ("Tổng cục trưởng", "Tổng cục "), ("Chi cục trưởng", "Chi cục "),
    ("Bộ trưởng", "Bộ "))} | {"Thứ trưởng": "Bộ "}
_NOT_OF_KIND = ("Bộ Chính trị", "Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ đội")
MINISTERS = {"Bộ trưởng", "Thứ trưởng"}
_SENTENCE_END = re.compile(r"[.;\n!?](?:\s|$)")


def _kind(body: Body) -> str | None:
    core = body.core
    if core.startswith(_NOT_OF_KIND):
        return None
    return next((w for w in ("Tổng cục ", "Chi cục ", "Cục ", "Bộ ") if core.startswith(w)), None)


def from_kind(items: list[Item], bodies: list[Body]) -> None:
    """Bare titles of `items` in `_KINDS` take the body of their kind named before them, when
    the article (its scanned `bodies`, their parents, and the items' bodies) names only one."""
    wanted = [it for it in items if it.body is None and it.role in _KINDS]
    if not wanted:
        return
    named: dict[str, list[Body]] = {}
    for body in [*bodies, *(it.body for it in items if it.body is not None)]:
        while body is not None:
            kind = _kind(body)
            if kind is not None:
                named.setdefault(kind, []).append(body)
            body = body.parent
    for item in wanted:
        of_kind = named.get(_KINDS[item.role], [])
        if len({(b.core, b.level, b.place) for b in of_kind}) != 1:
            continue
        before = [b for b in of_kind if b.end <= item.start]
        if before:
            item.body = min(before, key=lambda b: item.start - b.end)


def from_ministry(text: str, items: list[Item], bodies: list[Body]) -> None:
    """"Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng Phạm Văn Hà …": a bare minister's title takes
    the ministry named last before it in its sentence (`bodies` are in text order)."""
    ministries = [b for b in bodies if b.body_type == "national_body"
                  and b.core.startswith("Bộ ") and b.core != "Bộ Chính trị"]
    if not ministries:
        return
    for item in items:
        if item.body is not None or item.role not in MINISTERS:
            continue
        before = [b for b in ministries if b.end <= item.start]
        if before and item.start - before[-1].end < 150 \
                and not _SENTENCE_END.search(text, before[-1].end, item.start):
            item.body = before[-1]
