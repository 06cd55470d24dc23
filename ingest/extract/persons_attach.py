"""Which title chain belongs to which name (domain §2.3 patterns).

- chain then name, nothing or a dash between: "Bí thư Tỉnh ủy Nguyễn Văn An",
  "… - Đặng Thị Hoa Rây";
- name then chain after ", ", " - ", " (": "ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh";
- name … appointment verb + chain: "ông An được bầu giữ chức Bí thư Tỉnh ủy" (also for a list of
  names before the verb: "các ông A, B giữ chức Phó Chủ tịch UBND tỉnh"; and for "Ông" opening
  the next sentence: the person last named, unless only met in passing — `persons_antecedent`);
- posts listed after a career verb and semicolons: "ông A từng kinh qua …: X; Y; Z";
- chain + "gồm"/":"/"đối với" + list of names: the chain is shared by every name in the list
  (`persons_attach_lists`);
- chain + "thay ông B": B held the post before;
- a chain naming no one, to the one person known to hold one of its posts (`by_title`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from cadregraph.ingest.extract.bodies import LISTED
from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.persons_antecedent import Antecedents
from cadregraph.ingest.extract.persons_attach_lists import shared_lists
from cadregraph.ingest.extract.persons_attach_patterns import (
    AFTER_GAP,
    AFTER_PRONOUN,
    AGENT,
    ASIDE,
    BEFORE_GAP,
    BEFORE_GAP_COMMA,
    BIRTH,
    BRACKETS,
    CAREER,
    CLOSED,
    COUNT,
    FORMER,
    GAP_CHARS,
    HISTORY,
    JOINED,
    LEFT_BEFORE,
    NEW_SENTENCE,
    NOMINATION,
    NOW_AFTER_LEFT,
    PROFILE,
    REPLACED,
    SEMICOLON,
    SPACES,
    STOP,
    UNNAMED,
    VA,
    pronoun,
    pronoun_start,
    stops_nowhere,
    verb_ends,
)
from cadregraph.ingest.extract.persons_attach_title import by_title
from cadregraph.ingest.records import Person

_REACH = 300
__all__ = ["attach", "by_title"]


def attach(text: str, names: list[NameMention], chains: list[Chain],
           heads: tuple[Chain, ...] = (), owner: dict[int, Person] | None = None
           ) -> list[tuple[int, Chain, bool]]:
    """(index into `names`, chain, former) for every attachment found; `heads` are chains that
    only ever introduce a list ("Đoàn ĐBQH tỉnh, gồm: …" → each member a deputy); `owner`
    (name index → person) tells whom an article is about, for pronouns (`persons_antecedent`)."""
    everyone = list(range(len(names)))
    out: list[tuple[int, Chain, bool]] = []
    claimed: set[int] = set()
    by_start = sorted(chains, key=lambda c: c.start)
    spans = [(c, c.start, c.end) for c in by_start]
    starts, ends = [c.start for c in by_start], [c.end for c in by_start]
    # chains do not overlap, so their ends are in order too; bisection then spares a walk
    # over every chain for every name (the checks below still test each bound)
    in_order = all(a <= b for a, b in zip(ends, ends[1:], strict=False))
    for i in everyone:
        lo, hi = names[i].start - _REACH, names[i].start
        near = spans[bisect_left(ends, lo):bisect_right(ends, hi)] if in_order else spans
        for c, c_start, c_end in near:
            if text.startswith("(", c_end + (text[c_end:c_end + 1] == " ")):
                aside = ASIDE.match(text, c_end, hi)
                c_end = c_end if aside is None else aside.end()
            # gaps are a few words at most: skip far chains before trying the patterns
            if lo <= c_end <= hi and GAP_CHARS.fullmatch(text, c_end, hi) and (
                    BEFORE_GAP.fullmatch(text, c_end, hi)
                    or (BEFORE_GAP_COMMA.fullmatch(text, c_end, hi)
                        and not COUNT.search(text, max(0, c_start - 8), c_start)
                        and not _follows_name(text, names, i, c_start))) \
                    and not NEW_SENTENCE.fullmatch(text, c_end, hi):
                out.append((i, c, LEFT_BEFORE.search(text, max(0, c_start - 60), c_start)
                            is not None))
                claimed.add(id(c))
    for i in everyone:
        lo = names[i].end
        for c, c_start, _ in spans[bisect_left(starts, lo):bisect_right(starts, lo + _REACH)]:
            if c_start < lo or c_start > lo + _REACH or id(c) in claimed:
                continue
            gap = AFTER_GAP.fullmatch(text, lo, c_start)
            if gap is not None:
                out.append((i, c, gap.group("then") is not None))
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
    _verbs(text, names, by_start, claimed, out, Antecedents(text, names, owner))
    _replaced(text, names, by_start, out)
    return out


def _follows_name(text: str, names: list[NameMention], i: int, c_start: int) -> bool:
    """"ông A, Bí thư Tỉnh ủy, ông B, …": a chain right after the name before B is that name's,
    though ", ông B" follows it."""
    return i > 0 and names[i - 1].end <= c_start \
        and AFTER_GAP.fullmatch(text, names[i - 1].end, c_start) is not None


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


def _verbs(text, names, chains, claimed, out, who: Antecedents) -> None:
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
        if AFTER_PRONOUN.match(text, c_end) and c_start - names[subject].end < 1500:
            # "Trong thời gian giữ cương vị A, B, bà đã …": the person last named
            claimed.add(id(c))
            found = who.resolve(subject, c_start)
            if found is not None:
                _give(text, [found], c, True, out)
            continue
        if in_order and c_start - names[subject].end >= 400:
            continue  # too far for every reading below (an agent's name only lengthens it)
        gap = text[names[subject].end:c_start]
        verb = verb_ends(gap)
        if subject > 0 and verb \
                and AGENT.search(text, names[subject - 1].end, names[subject].start) \
                and STOP.search(text, names[subject - 1].end, c_start) is None:
            subject -= 1  # the name after "được" is the agent, not the one appointed
            gap = text[names[subject].end:c_start]
            verb = verb_ends(gap)
        if len(gap) >= 400:
            continue
        free = stops_nowhere(gap)
        head = text[max(0, c_start - 140):c_start]
        said = False  # a pronoun after the name is the chain's subject
        if free and (verb or PROFILE.match(gap)):
            said = verb and pronoun(gap[-140:])
        elif verb_ends(head) and pronoun(head):
            said = True
        elif not CAREER.match(gap):
            continue
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
        if NOMINATION(gap if free else head):
            claimed.add(id(c))
            continue
        window = text[max(0, c_start - 60):c_start]
        former = (FORMER(window) and not NOW_AFTER_LEFT.search(window)) \
            or (not free and HISTORY(head))
        claimed.add(id(c))
        subjects = [subject]
        # "ông A - chain và ông B - chain được bầu giữ chức …": every name of the list
        k = subject
        while k > 0 and not lone:
            prev = names[k - 1]
            between = text[prev.end:names[k].start]
            for o_start, o_end in owned.get(k - 1, ()):
                if prev.end <= o_start < names[k].start:
                    between = between.replace(text[o_start:o_end], "")
            if not JOINED.fullmatch(BIRTH.sub("", BRACKETS.sub("", between))):
                break
            k -= 1
            subjects.insert(0, k)
        _give(text, subjects, c, former, out)
        # "giữ các chức vụ: A; B; C": the posts listed after the first one (the chains before
        # `cur_end` by bisection: they start before it)
        cur_end = c_end
        for nxt in chains[bisect_left(starts, cur_end):]:
            if nxt.start >= cur_end and id(nxt) not in claimed \
                    and SEMICOLON.fullmatch(text, cur_end, nxt.start):
                claimed.add(id(nxt))
                _give(text, subjects, nxt, former, out)
                cur_end = nxt.end


def _give(text, subjects, chain, former, out) -> None:
    """"ông A, … và ông B, … tái đắc cử Chủ tịch và Phó Chủ tịch HĐND tỉnh": respectively."""
    items = chain.items
    pairwise = len(subjects) == len(items) > 1 and all(
        VA.fullmatch(text, a.end, b.start)
        for a, b in zip(items, items[1:], strict=False))
    for n, subject in enumerate(subjects):
        if pairwise:
            out.append((subject, Chain([items[n]]), former))
        else:
            out.append((subject, chain, former))
