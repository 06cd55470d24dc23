"""Which name a chain after a verb belongs to (part of `persons_attach`): "ông An được bầu giữ
chức Bí thư Tỉnh ủy", "các ông A, B giữ chức Phó Chủ tịch UBND tỉnh", "Ông" opening the next
sentence (the person last named, unless only met in passing: `persons_antecedent`), and the
posts listed after a career verb and semicolons ("ông A từng kinh qua …: X; Y; Z").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.names_lexicon import is_family_name
from cadregraph.ingest.extract.persons_antecedent import Antecedents
from cadregraph.ingest.extract.persons_attach_career import (
    CAREER_CUE,
    DURATIONS,
    listed_after,
)
from cadregraph.ingest.extract.persons_attach_patterns import (
    AFTER_PRONOUN,
    AGENT,
    BEFORE_THEN,
    BIRTH,
    BRACKETS,
    CAREER,
    CLOSED,
    FORMER,
    HISTORY,
    JOINED,
    KIN,
    KIN_OF,
    NOMINATION,
    NOW_AFTER_LEFT,
    PENDING_VOTE,
    PROFILE,
    RESPECTIVELY,
    STOP,
    STRANGER,
    UNNAMED,
    UNREAD_NAME,
    VA,
    into_gap,
    pronoun,
    pronoun_start,
    stops_nowhere,
    verb_ends,
    verb_ends_within,
)
from cadregraph.ingest.extract.titles import lexicon, load_titles, lowered, view


def by_verb(text: str, names: list[NameMention], chains: list[Chain], claimed: set[int],
            out: list[tuple[int, Chain, bool]], who: Antecedents) -> None:
    """Attachments of the chains after an appointment verb, a pronoun or a career verb (see
    module doc); `chains` are sorted by start, `claimed` holds the ids of those taken."""
    own = {id(c): i for i, c, _ in out}
    name_ends = [n.end for n in names]  # in text order: the names before a chain by bisection
    in_order = name_ends == sorted(name_ends)
    starts = [c.start for c in chains]  # `chains` are sorted by start
    owned: dict[int, list[tuple[int, int]]] = {}  # name → the spans of the chains it owns
    for c in chains:
        if id(c) in own:
            owned.setdefault(own[id(c)], []).append((c.start, c.end))
    for c in chains:
        if id(c) in claimed:
            continue
        c_start, c_end = c.start, c.end
        before = range(bisect_right(name_ends, c_start)) if in_order \
            else [i for i in range(len(names)) if names[i].end <= c_start]
        if not before:
            continue
        # a name inside a parenthesis ("bà A (chị ruột ông B) từng giữ …") is not the subject
        while len(before) > 1 and CLOSED.match(text, names[before[-1]].end, c_start):
            before = before[:-1]
        subject = before[-1]
        if subject > 0 and KIN_OF.fullmatch(text, names[subject - 1].end, names[subject].start):
            subject -= 1  # "ông A - chồng của bà B … làm Chủ tịch": A's post
        if AFTER_PRONOUN.match(text, c_end) and c_start - names[subject].end < 1500:
            # "Trong thời gian giữ cương vị A, B, bà đã …": the person last named
            claimed.add(id(c))
            found = who.resolve(subject, c_start)
            if found is not None:
                _give(text, [found], c, True, out)
            continue
        if in_order and c_start - names[subject].end >= 400:
            continue  # too far for every reading below (an agent's name only lengthens it)
        gap_start, head_start = names[subject].end, max(0, c_start - 140)
        # the gap and the head, reversed at once; a verb ends either only if it ends the
        # longer of the two: one test tells for both when it fails (most chains)
        backwards = text[min(gap_start, head_start):c_start][::-1]
        wide = verb_ends_within(backwards, len(backwards)) or head_start < gap_start \
            and into_gap(text[gap_start:c_start])  # (a gap of "vào" alone: `into_gap`)
        verb = wide and (gap_start <= head_start
                         or verb_ends_within(backwards, c_start - gap_start))
        if subject > 0 and verb \
                and AGENT.search(text, names[subject - 1].end, names[subject].start) \
                and STOP.search(text, names[subject - 1].end, c_start) is None:
            subject -= 1  # the name after "được" is the agent, not the one appointed
            gap_start = names[subject].end
            verb = verb_ends(text[gap_start:c_start])
        if c_start - gap_start >= 400:
            continue
        gap = text[gap_start:c_start]
        # (the sentence-stop search over the gap is the costliest test: asked last)
        asked = verb or PROFILE.match(gap) is not None
        free = asked and stops_nowhere(gap)
        said = False  # a pronoun after the name is the chain's subject
        if free:
            said = verb and pronoun(gap[-140:])
        elif wide and (head_start <= gap_start
                       or verb_ends_within(backwards, c_start - head_start)) \
                and pronoun(text[head_start:c_start]):
            said = True
        elif ";" not in gap or not (CAREER.match(gap) or DURATIONS.match(gap)):
            continue  # (a career list ends in ";", or in an item's duration and verb)
        head = text[head_start:c_start]
        if not asked:
            free = stops_nowhere(gap)
        lone = False
        if said:
            found = who.resolve(subject, c_start)
            if found is None:
                continue
            lone = found != subject  # one person, not the list the last name is in
            subject = found
        clause = gap if free or not said else head[pronoun_start(head):]
        if UNNAMED.search(clause):
            continue  # "…; ông A, … và một đảng viên nguyên là Bí thư chi bộ": not A's
        if _someone_else(text, names, clause if said else None,
                         names[before[-1]].end, c_start):
            continue
        if NOMINATION(gap if free else head) \
                or (free and PENDING_VOTE.search(_lead(text, names[subject].start))):
            # (also "trình danh sách đề cử để Quốc hội bầu bà A, …, làm Phó Chủ tịch nước")
            claimed.add(id(c))
            continue
        # (not past the chain before: "bầu ông A, nguyên Phó Bí thư X, giữ chức B": B is new)
        k = bisect_left(starts, c_start)
        window = text[max(0, c_start - 60, chains[k - 1].end if k else 0):c_start]
        former = (FORMER(window) and not NOW_AFTER_LEFT.search(window)) \
            or (not free and HISTORY(head)) \
            or ("rước khi" in head
                and BEFORE_THEN.search(text, max(0, c_start - 240), c_start) is not None)
        claimed.add(id(c))
        subjects = [subject]
        spans = owned.get(subject, ())
        mine = [e for b, e in spans if names[subject].end <= b < c_start]
        if mine and text[max(mine):c_start].lstrip().startswith(","):
            lone = True  # "…và ông B, Phó ban X, nguyên là Bí thư …": said of B, after B's own
        # "ông A - chain và ông B - chain được bầu giữ chức …": every name of the list
        k = subject
        while k > 0 and not lone:
            prev = names[k - 1]
            between = text[prev.end:names[k].start]
            for o_start, o_end in owned.get(k - 1, ()):
                if prev.end <= o_start < names[k].start:
                    between = between.replace(text[o_start:o_end], "")
            between = _bare_title_off(BIRTH.sub("", BRACKETS.sub("", between)))
            if not JOINED.fullmatch(between) and not JOINED.fullmatch(UNREAD_NAME.sub(
                    lambda m: "" if is_family_name(m.group("family")) else m.group(), between)):
                break
            k -= 1
            subjects.insert(0, k)
        _give(text, subjects, c, former, out)
        # "giữ các chức vụ: A; B; C": the posts listed after the first one
        listed_after(text, names, chains, starts, claimed, c_end, subjects, former,
                     lambda who_, chain, was: _give(text, who_, chain, was, out),
                     CAREER_CUE(head))


def _bare_title_off(gap: str) -> str:
    """The gap between two listed names without a title that ends it: "Thứ trưởng A và Thứ
    trưởng B bị cách chức …" lists A and B, each with a bare title of his own."""
    tail = gap.rstrip()
    if not tail or not tail[-1].isalpha():
        return gap
    tv = view(tail)
    if len(tv) != len(tail):
        return gap
    low = lowered(tv)
    if low is not None:  # a title ends the gap only if its last letters end it: most do not
        at = len(low)
        while at and (low[at - 1].isalnum() or low[at - 1] == "_"):
            at -= 1
        if low[at:] not in _title_ends():
            return gap
    for start, end, *_ in lexicon().spans(tv):
        if end == len(tail):
            return gap[:start]
    return gap


@cache
def _title_ends() -> frozenset[str]:
    """The word characters that end a title (its last word's, after any "." or "-"), as the
    lexicon's pattern reads them in the lowered view."""
    out = set()
    for title in load_titles():
        last = view(title.phrase.split()[-1]).lower()
        at = len(last)
        while at and (last[at - 1].isalnum() or last[at - 1] == "_"):
            at -= 1
        out.add(last[at:])
    return frozenset(out)


def _lead(text: str, start: int) -> str:
    """The words of the sentence before a name at `start` (60 characters at most)."""
    lead = text[max(0, start - 60):start]
    stop = max(lead.rfind(". "), lead.rfind("\n"))
    return lead[stop + 1:]


def _someone_else(text: str, names: list[NameMention], clause: str | None, start: int,
                  end: int) -> bool:
    """Whether a relative, an unknown holder or a person whose name was not read stands in
    `clause` (a pronoun's) or else between the last name (ending at `start`) and the chain."""
    tail = text[start:end] if clause is None else clause
    if "(" in tail:  # "bà A (em dâu ông B) là …": an aside tells of A
        tail = BRACKETS.sub(lambda m: " " * len(m.group()), tail)
    if KIN.search(tail):
        return True
    offset = start if clause is None else end - len(clause)
    strangers = [m.end() - 1 + offset for m in STRANGER.finditer(tail)]
    if not strangers:
        return False
    name_starts = {n.start for n in names}
    return any(at not in name_starts for at in strangers)


def _give(text: str, subjects: list[int], chain: Chain, former: bool,
          out: list[tuple[int, Chain, bool]]) -> None:
    """"ông A, … và ông B, … tái đắc cử Chủ tịch và Phó Chủ tịch HĐND tỉnh": respectively
    (also with commas when "lần lượt" says so: "A, B lần lượt giữ chức Chủ tịch, Phó Chủ
    tịch UBND huyện")."""
    items = chain.items
    pairwise = len(subjects) == len(items) > 1 and (
        all(VA.fullmatch(text, a.end, b.start) for a, b in zip(items, items[1:], strict=False))
        or RESPECTIVELY.search(text, max(0, chain.start - 48), chain.start) is not None)
    for n, subject in enumerate(subjects):
        if pairwise:
            out.append((subject, Chain([items[n]]), former))
        else:
            out.append((subject, chain, former))
