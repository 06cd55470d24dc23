"""Which title chain belongs to which name (domain §2.3 patterns).

- chain then name, nothing or a dash between: "Bí thư Tỉnh ủy Nguyễn Văn An",
  "… - Đặng Thị Hoa Rây";
- name then chain after ", ", " - ", " (": "ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh";
- name … appointment verb + chain: "ông An được bầu giữ chức Bí thư Tỉnh ủy" (also for a list of
  names before the verb: "các ông A, B giữ chức Phó Chủ tịch UBND tỉnh"; and for "Ông" opening
  the next sentence: the person last named, unless only met in passing — `persons_antecedent`);
- posts listed after a career verb and semicolons: "ông A từng kinh qua …: X; Y; Z"; a
  biography's periods: "5/1997-12/1999: Thành ủy viên, …" (`persons_attach_career`);
- chain + "gồm"/":"/"đối với" + list of names: the chain is shared by every name in the list
  (`persons_attach_lists`);
- chain + "thay ông B": B held the post before;
- a chain naming no one, to the one person known to hold one of its posts (`by_title`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from cadregraph.ingest.extract.bodies import LISTED
from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.extract.chains_fill import START
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.persons_antecedent import Antecedents
from cadregraph.ingest.extract.persons_attach_career import by_period
from cadregraph.ingest.extract.persons_attach_fronted import fronted_object
from cadregraph.ingest.extract.persons_attach_lists import shared_lists
from cadregraph.ingest.extract.persons_attach_patterns import (
    AFTER_GAP,
    ASIDE,
    BEFORE_GAP,
    BEFORE_GAP_COMMA,
    BRACKETS,
    COUNT,
    DISMISSED_NAME,
    GAP_CHARS,
    LEFT_BEFORE,
    NEW_SENTENCE,
    PRINCIPAL,
    REPLACED,
    SOURCE,
    SPACES,
    SUBJECT_VERB,
    VA,
    verb_ends,
)
from cadregraph.ingest.extract.persons_attach_title import by_title
from cadregraph.ingest.extract.persons_attach_verbs import by_verb
from cadregraph.ingest.extract.phrases import lower_text
from cadregraph.ingest.normalize.tables import UPPER
from cadregraph.ingest.records import Person

_REACH = 300
__all__ = ["attach", "by_title"]


def attach(text: str, names: list[NameMention], chains: list[Chain],
           heads: tuple[Chain, ...] = (), owner: dict[int, Person] | None = None
           ) -> list[tuple[int, Chain, bool]]:
    """(index into `names`, chain, former) for every attachment found; `heads` are chains that
    only ever introduce a list ("Đoàn ĐBQH tỉnh, gồm: …" → each member a deputy); `owner`
    (name index → person) tells whom an article is about, for pronouns (`persons_antecedent`)."""
    everyone = range(len(names))
    low = lower_text(text)
    if "thừa" in low or "thay" in low:  # the words `PRINCIPAL` opens with, in any case
        chains = [k for c in chains if (k := _without_principal(text, c)) is not None]
    out: list[tuple[int, Chain, bool]] = []
    claimed: set[int] = set()
    by_start = _bridged(text, names, sorted(chains, key=START))
    spans = [(c, c.start, c.end) for c in by_start]
    starts, ends = [c.start for c in by_start], [c.end for c in by_start]
    # chains do not overlap, so their ends are in order too; bisection then spares a walk
    # over every chain for every name (the checks below still test each bound)
    in_order = ends == sorted(ends)
    for i in everyone:
        lo, hi = names[i].start - _REACH, names[i].start
        near = spans[bisect_left(ends, lo):bisect_right(ends, hi)] if in_order else spans
        for c, c_start, c_end in near:
            if text.startswith("(", c_end + (text[c_end:c_end + 1] == " ")):
                aside = ASIDE.match(text, c_end, hi)
                c_end = c_end if aside is None else aside.end()
            # gaps are a few words at most: skip far chains before trying the patterns
            if lo <= c_end <= hi and GAP_CHARS.fullmatch(text, c_end, hi) and (
                    (plain := BEFORE_GAP.fullmatch(text, c_end, hi))
                    or (BEFORE_GAP_COMMA.fullmatch(text, c_end, hi)
                        and not COUNT.search(text, max(0, c_start - 8), c_start)
                        and not _follows_name(text, names, i, c_start)
                        and not _after_own_verb(text, names, i, c_start))) \
                    and not NEW_SENTENCE.fullmatch(text, c_end, hi):
                left = LEFT_BEFORE.search(text, max(0, c_start - 60), c_start) is not None
                claimed.add(id(c))
                told = fronted_object(text, c, names[i].end, plain is None)
                if told == len(c.items):
                    continue  # "Báo cáo với Bí thư Thành ủy, bà A cho biết": not A's
                if told:
                    c = Chain(c.items[told:])
                k = _shared_after(text, names, i, c)
                if k:  # "ông A, Bộ trưởng Bộ Công an và Bí thư Thành ủy Hà Nội B"
                    out.append((i - 1, Chain(c.items[:k]), left))
                    c = Chain(c.items[k:])
                out.append((i, c, left))
    for i in everyone:
        lo = names[i].end
        # the gap after a name opens with one of `_OPENS` after spaces, or a chain starts there
        space = SPACES.match(text, lo)
        first = space.end() if space is not None else lo
        reach = lo + _REACH if text[first:first + 1] in _OPENS else first
        for c, c_start, _ in spans[bisect_left(starts, lo):bisect_right(starts, reach)]:
            if c_start < lo or c_start > lo + _REACH or id(c) in claimed:
                continue
            gap = AFTER_GAP.fullmatch(text, lo, c_start)
            if gap is not None and _subject_after_source(text, names[i].start, c):
                continue
            if gap is not None:
                out.append((i, c, gap.group("then") is not None or DISMISSED_NAME.search(
                    text, max(0, names[i].start - 30), names[i].start) is not None))
                claimed.add(id(c))
            elif c.items[0].former and SPACES.fullmatch(text, lo, c_start):
                # "Lê Văn A và Trần Văn B nguyên Phó Chủ tịch …": shared by the list
                claimed.add(id(c))
                k = i
                out.append((k, c, False))
                while k > 0 and LISTED.fullmatch(text, names[k - 1].end, names[k].start):
                    k -= 1
                    out.append((k, c, False))
    shared_lists(text, names, by_start + list(heads), claimed, out)
    who = Antecedents(text, names, owner)
    by_verb(text, names, by_start, claimed, out, who)
    by_period(text, names, by_start, claimed, who,
              lambda subjects, chain, former: out.extend((i, chain, former) for i in subjects))
    _replaced(text, names, by_start, out)
    return out


# A chain goes on past a part the reader does not know, then a comma: "Bí thư Huyện ủy A, Phó
# ban Tuyên huấn Phân khu 3, Bí thư Huyện ủy B", "Ủy viên Thường vụ Quân ủy TƯ, Chủ nhiệm …",
# "đại biểu Quốc hội đoàn Hà Tĩnh, Ủy viên …", "Ủy viên Ban Thường vụ Thành ủy lâm thời, …":
# capitalised words, numbers and a few words of a body's name, three at most (a foreign party,
# "Đảng Cộng sản Cuba", has a lower-case word of its own and stays apart)
_UNREAD_WORD = rf"(?:[{UPPER}\d][\w.&'’-]*|(?:ủy|uỷ|lâm|thời|đoàn|khu)(?!\w))"
# ... or its terms: "Ủy viên Trung ương Đảng các khóa X, XI và XII, đại biểu Quốc hội …"
_TERM = r"(?:các\s+)?(?i:khóa|khoá|nhiệm kỳ)\s+[IVXLC\d]+(?:\s*(?:,|và|[-–]|đến)\s*[IVXLC\d]+)*"
_UNREAD = re.compile(rf"\s+(?:{_UNREAD_WORD}(?:\s+{_UNREAD_WORD}){{0,2}}|{_TERM})\s*,\s*")


def _bridged(text: str, names: list[NameMention], chains: list[Chain]) -> list[Chain]:
    """`chains` (sorted by start) with those split by an unread part (`_UNREAD`) joined, unless
    a name stands in the part."""
    out: list[Chain] = []
    starts = [n.start for n in names]
    for c in chains:
        last = out[-1] if out else None
        if last is not None and c.start > last.end and text[c.start - 2:c.start].strip() == "," \
                and _UNREAD.fullmatch(text, last.end, c.start) \
                and bisect_left(starts, last.end) == bisect_left(starts, c.start):
            out[-1] = Chain(last.items + c.items)
        else:
            out.append(c)
    return out


# what `AFTER_GAP` opens with after its spaces ("" is the text's end)
_OPENS = frozenset(",-–—(:")


def _without_principal(text: str, c: Chain) -> Chain | None:
    """The chain without its first title when that title names on whose behalf someone acts
    ("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A"); None when nothing is left."""
    window = text[max(0, c.start - 24):c.start].lower()
    if ("thừa" not in window and "thay" not in window
            or PRINCIPAL.search(text, max(0, c.start - 24), c.start) is None):
        return c
    return Chain(c.items[1:]) if len(c.items) > 1 else None


def _subject_after_source(text: str, name_start: int, c: Chain) -> bool:
    """"Theo đại biểu A, Bí thư Tỉnh ủy phải chỉ đạo …": after a source named with "Theo", a
    chain not closed by a comma and followed by a verb is the subject of what A says, another
    person (an apposition is closed: "Theo ông A, Giám đốc Sở Y tế, …")."""
    # (the verb first: one anchored match, where the source is searched at every place)
    return SUBJECT_VERB.match(text, c.end) is not None \
        and SOURCE.search(text, max(0, name_start - 24), name_start) is not None


def _follows_name(text: str, names: list[NameMention], i: int, c_start: int) -> bool:
    """"ông A, Bí thư Tỉnh ủy, ông B, …": a chain right after the name before B is that name's,
    though ", ông B" follows it."""
    return i > 0 and names[i - 1].end <= c_start \
        and AFTER_GAP.fullmatch(text, names[i - 1].end, c_start) is not None


def _shared_after(text: str, names: list[NameMention], i: int, c: Chain) -> int:
    """"ông A, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an và Ủy viên Bộ Chính trị, Bí thư
    Thành ủy Hà Nội B": a chain right after the name before B and joined by "và" holds A's
    posts, then B's; the index of the first of B's (0: all are B's)."""
    if i == 0 or names[i - 1].end > c.start \
            or not AFTER_GAP.fullmatch(text, names[i - 1].end, c.start):
        return 0
    items = c.items
    for k in range(len(items) - 1, 0, -1):
        if VA.fullmatch(text, items[k - 1].end, items[k].start):
            return k
    return 0


def _after_own_verb(text: str, names: list[NameMention], i: int, c_start: int) -> bool:
    """"A (B) được bầu làm Bí thư Tỉnh ủy, đồng chí C làm Phó Bí thư": a chain a few words
    after the name before C, past a verb, is that name's, though ", đồng chí C" follows it."""
    if i == 0 or names[i - 1].end > c_start:
        return False
    gap = BRACKETS.sub("", text[names[i - 1].end:c_start])
    return len(gap.split()) <= 4 and "," not in gap and verb_ends(gap)


def _replaced(text: str, names: list[NameMention], chains: list[Chain],
              out: list[tuple[int, Chain, bool]]) -> None:
    """"bầu ông A giữ chức Chủ tịch UBND tỉnh thay ông B": B held the post before A."""
    for i, name in enumerate(names):
        if "thay" not in text[max(0, name.start - 30):name.start]:
            continue
        before = [c for c in chains if c.end <= name.start]
        last = max(before, key=lambda c: c.end, default=None)
        if last is not None and REPLACED.fullmatch(text, last.end, name.start):
            out.append((i, last, True))
