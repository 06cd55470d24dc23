"""Chains shared by the list of names after them: "Hai Phó Bí thư Tỉnh ủy gồm các ông: A và
B", "miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông A, …, và ông B", "các Phó Chủ tịch A, B, C".
Part of `persons_attach`."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.names_lexicon import honorifics, trie_pattern
from cadregraph.ingest.extract.persons_attach_patterns import (
    BEFORE_GAP,
    DISMISSED,
    GAP_CHARS,
    LIST_END,
    LIST_HEAD,
    LIST_OPEN,
)
from cadregraph.ingest.normalize.tables import UPPER

_MORE = re.compile(r";\s*(?:và\s+)?(?:\w+\s+)?(?:ông|bà|đồng chí)\s*:", re.IGNORECASE)
_HONORIFICS = re.compile(rf"(?<!\w)(?:{trie_pattern([*honorifics(), 'và', 'các'])})(?!\w)",
                         re.IGNORECASE)
_LOWER_WORD = re.compile(rf"(?<!\w)(?![{UPPER}])[^\W\d_]")
# a plural or a count before the title, maybe with a plural honorific: "các Phó Chủ tịch",
# "Hai Phó Chủ tịch", "Các đồng chí Phó Chủ tịch" ("năm" is as often "year" as "five")
_PLURAL = re.compile(r"(?:(?<!\w)(?i:các|những|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
                     r"(?:\s+(?i:đồng chí|ông|bà|vị))?|\d+)\s+$")
_NAME_LIST = re.compile(r"\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?")
# "đối với ông A, Phó Bí thư Thành ủy, và ông B, Thành ủy viên": each name with its own posts
_APPOSED_LIST = re.compile(r"(?:[^;.\n]|\.(?!\s))*?(?:,|\bvà)\s*(?:(?:ông|bà|đồng chí)\s+)?")


def shared_lists(text: str, names: list[NameMention], chains: list[Chain], claimed: set[int],
                 out: list[tuple[int, Chain, bool]]) -> None:
    """Attachments of a chain shared by a list of names after it (see module doc)."""
    for c in chains:
        head = LIST_HEAD.match(text, c.end) if LIST_OPEN.match(text, c.end) else None
        if head is None and _plural(text, c.start):
            # "các Phó Chủ tịch A, B, C": a plural title shared by the names after it
            first = next((i for i in range(len(names)) if names[i].start >= c.end
                          and GAP_CHARS.fullmatch(text, c.end, names[i].start)
                          and BEFORE_GAP.fullmatch(text, c.end, names[i].start)), None)
            if first is not None:
                out.extend((i, c, False) for i in _run(text, names, first)[1:])
            continue
        if head is None:
            continue
        end = LIST_END.search(text, head.end())
        stop = end.start() if end else len(text)
        members = [i for i in range(len(names))
                   if head.end() <= names[i].start < stop and not names[i].given_only]
        if len(members) > 1 and ";" not in text[names[members[0]].end:names[members[1]].start]:
            semi = text.find(";", head.end(), stop)
            while semi >= 0 and _MORE.match(text, semi):  # "…; và hai bà: C, D"
                semi = text.find(";", semi + 1, stop)
            stop = semi if semi >= 0 else stop
            members = [i for i in members if names[i].start < stop]
        if not members or _told_between(text, chains, head.end(), names[members[0]].start):
            continue
        if head.group("word").lower() in ("đối với", "cho"):
            # "miễn nhiệm Chủ tịch UBND tỉnh đối với ông A do …; miễn nhiệm … đối với ông B":
            # the names right after the head, not every name to the sentence's end
            if names[members[0]].start - head.end() > 0:
                continue
            members = _run(text, names, members[0], _APPOSED_LIST)
        former = bool(DISMISSED.search(text, max(0, c.start - 40), c.start))
        claimed.add(id(c))
        out.extend((i, c, former) for i in members)


def _plural(text: str, start: int) -> bool:
    """`_PLURAL` before a chain at `start`; looked for only where a word ends before the spaces
    that end the window (after ", " — most chains — it cannot match)."""
    lo = max(0, start - 16)
    at = start
    while at > lo and text[at - 1].isspace():
        at -= 1
    return lo < at < start and text[at - 1].isalnum() \
        and _PLURAL.search(text, lo, start) is not None


def _told_between(text: str, chains: list[Chain], start: int, end: int) -> bool:
    """Whether words other than titles and honorifics stand between a list's head and its first
    name: "Thứ trưởng Bộ Công an: Thời gian tới, …", "GĐ Sở X là con trai của ông A" tell
    something else than a list of the chain's holders."""
    if start == end:
        return False
    gap = text[start:end]
    for c in chains:  # (a list's names may carry their own titles: "…: Phó Thủ tướng A")
        if start <= c.start and c.end <= end:
            gap = gap.replace(text[c.start:c.end], " ")
    return _LOWER_WORD.search(_HONORIFICS.sub(" ", gap)) is not None


def _run(text: str, names: list[NameMention], first: int,
         joined: re.Pattern[str] = _NAME_LIST) -> list[int]:
    """The name at `first` and the names listed right after it ("A, B và C")."""
    members = [first]
    for j in range(first + 1, len(names)):
        if not joined.fullmatch(text, names[j - 1].end, names[j].start):
            break
        members.append(j)
    return members
