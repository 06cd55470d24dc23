"""Which title chain belongs to which name (domain §2.3 patterns).

- chain then name, nothing or a dash between: "Bí thư Tỉnh ủy Nguyễn Văn An",
  "… - Đặng Thị Hoa Rây";
- name then chain after ", ", " - ", " (": "ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh";
- name … appointment verb + chain: "ông An được bầu giữ chức Bí thư Tỉnh ủy" (also for a list of
  names before the verb: "các ông A, B giữ chức Phó Chủ tịch UBND tỉnh"; and for "Ông" opening
  the next sentence: the person last named);
- chain + "gồm"/":"/"đối với" + list of names: the chain is shared by every name in the list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.names_lexicon import FoldedSearch, honorifics, trie_pattern

_HON = trie_pattern(honorifics())
_BEFORE_GAP = re.compile(rf"\s*(?:[-–—:]\s*)?(?:(?:{_HON})\s*(?:[-–—]\s*)?)*", re.IGNORECASE)
_BEFORE_GAP_COMMA = re.compile(rf"\s*,\s*(?:(?:{_HON})\s+)+", re.IGNORECASE)
# Only these characters can make up the two gaps above: most gaps are turned away by them,
# before the slow honorific alternatives are tried.
_GAP_CHARS = re.compile(r"[\s\-–—:," + re.escape("".join(sorted(set("".join(honorifics())))))
                        + "]*", re.IGNORECASE)
# "ông A, hiện là …", "ông A (sinh năm 1970, Trưởng ban …)"
_AFTER_GAP = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|[-–—]|\(|:)\s*(?:(?:hiện|hiện đang|"
                        r"hiện là|đương kim|khi đó là|lúc đó là|là)\s+)?"
                        r"(?:(?:sinh năm|SN)\s*\d{4}\s*[,;]\s*)?")
# Appointment verbs (their optional words spelled out) and the post words that may follow one
# before the chain. `_verb_ends` asks whether a gap ends in them; it reads the gap backwards,
# so that one match at its start replaces a search over every position of the gap.
_VERBS = ("giữ chức", "giữ chức vụ", "giữ chức danh", "làm", "là", "đắc cử", "đắc cử chức",
          "đắc cử chức vụ", "đắc cử chức danh", "bầu", "bầu làm", "bầu giữ chức",
          "bầu giữ chức vụ", "bầu vào", "bầu bổ sung", "chỉ định", "chỉ định làm",
          "chỉ định giữ chức", "chỉ định giữ chức vụ", "chỉ định tham gia", "bổ nhiệm",
          "bổ nhiệm làm", "bổ nhiệm giữ chức", "bổ nhiệm giữ chức vụ", "phân công",
          "phân công làm", "phân công giữ chức", "chuẩn y", "tham gia", "kiêm", "kiêm nhiệm",
          "thôi giữ chức", "thôi giữ chức vụ", "thôi tham gia", "thôi làm", "kinh qua",
          "kinh qua các chức vụ", "trúng cử", "tái cử", "phê chuẩn", "đảm nhận",
          "đảm nhận chức vụ", "giữ các chức vụ", "lên", "sang", "rồi", "đảm nhiệm",
          "đảm nhiệm các chức vụ", "giữ", "trải qua")
_POSTS = ("chức", "chức vụ", "chức danh", "cương vị", "vị trí")


def _back(*words: str) -> str:
    return trie_pattern(w[::-1] for w in words)


# reversed: verb, \s*, ((các |nhiều )? post( lãnh đạo| quan trọng| chủ chốt)* \s*)?, (như\s*)?,
# ":"?, \s*, end of the gap
_VERB_BACK = re.compile(r"\s*:?(?:\s*" + _back("như") + r")?(?:\s*"
                        + _back(" lãnh đạo", " quan trọng", " chủ chốt") + "*" + _back(*_POSTS)
                        + _back("các ", "nhiều ") + r"?)?\s*" + _back(*_VERBS), re.IGNORECASE)


def _verb_ends(gap: str) -> bool:
    return _VERB_BACK.match(gap[::-1]) is not None




def _words(*words: str) -> str:
    """`\b(?:words)\b`, with each word's first letter first so that `re` can skip to it."""
    return "(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words) \
        + r")\b"


_FORMER = FoldedSearch(_words("nguyên", "từng", "thôi", "trước đó", "trước đây", "kinh qua",
                              "miễn nhiệm"))
# "… Ông/Sau đó/… (at the start or after a full stop) or ông/bà/đồng chí (not before a name),
# then the rest of the sentence": three patterns, each starting with a letter or a stop that
# `re` skips to quickly (a lower-case pronoun is tested for a word start after its letter).
_PRONOUN_OPEN = "(?:Ông|Bà|Đồng chí|Sau đó|Trước đó|Từng)"
_PRONOUN_REST = r"\s+[^.\n]{0,120}$"
_PRONOUN_FIRST = re.compile(_PRONOUN_OPEN + _PRONOUN_REST)
_PRONOUN_AFTER_STOP = re.compile(r"[.\n]\s*" + _PRONOUN_OPEN + _PRONOUN_REST)
_PRONOUN_LOWER = re.compile(r"[ôbđ](?<!\w.)(?:(?<=ô)ng|(?<=b)à|(?<=đ)ồng chí)(?!\s+[A-ZĐÀ-Ỹ])"
                            + _PRONOUN_REST)
# A nomination is not a post: "giới thiệu để bầu làm Phó Chủ tịch nước", "để HĐND bầu làm".
_NOMINATION = FoldedSearch(r"giới thiệu|đề cử|dự kiến|đề nghị|để (?:\w+\s+){0,3}bầu|sẽ")
_HISTORY = FoldedSearch(_words("từng", "trước đó", "trước đây", "sau đó", "lần lượt", "kinh qua",
                               "nguyên"))
# "Hai Phó Bí thư Tỉnh ủy ở nhiệm kỳ mới gồm các ông: A và B", "… khóa mới là đồng chí A và B"
_FILLERS = trie_pattern(("ở", "trong", "của", "nhiệm kỳ", "khóa", "khoá", "mới", "tới", "này",
                         "đơn vị", "số", "và"))
_LIST_HEAD = re.compile(rf"\s*(?:nhiệm kỳ [\d\s–-]+)?\s*,?\s*(?:(?:{_FILLERS}|"
                        rf"[IVX]+|[\d–-]+)\s+){{0,6}}?"
                        rf"(?P<word>(?:gồm(?: có)?|đối với|cho|là)(?!\w)|:)"
                        rf"\s*(?:các\s+)?(?:(?:{_HON})\s*)*:?\s*", re.IGNORECASE)
# What `_LIST_HEAD` must start with (most chains are followed by a name): tested first.
_LIST_OPEN = re.compile(r"\s*+,?+\s*+(?:" + trie_pattern(("ở", "trong", "của", "nhiệm kỳ", "khóa",
                        "khoá", "mới", "tới", "này", "đơn vị", "số", "và", "gồm", "đối với",
                        "cho", "là")) + r"|[IVX\d–\-:])", re.IGNORECASE)
_LIST_END = re.compile(r"\.(?=\s|$)|\n|;\s*các\b")
_STOP = re.compile(r"[.;\n](?:(?<=\.)(?=\s|$)|(?<=[;\n]))")  # ". " or ";" or a line end
_AFTER_PRONOUN = re.compile(r"\s*,\s*(?:ông|bà|đồng chí)\b(?!\s+[A-ZĐÀ-Ỹ])")


# "bầu 15 Ủy viên Ban Thường vụ, ông A giữ chức Bí thư": a count, not A's title
_COUNT = re.compile(r"\d+\s+$")
_BIRTH = re.compile(r"(?:sinh năm|SN)\s*\d{4}\s*")
# "Ông A sinh năm 1963, quê …, đại biểu Quốc hội": a profile sentence lists the posts
_PROFILE = re.compile(r"^\s*(?:\(\s*)?(?:sinh (?:năm|ngày)|SN)\b[^.\n;]*[,;]\s*$")
_SPACES = re.compile(r"\s+")
_AND = re.compile(r"\s*(?:,|và)\s*")
_VA = re.compile(r"\s*và\s*")
_CLOSED = re.compile(r"[^(]*\)")  # a bracket closed before any opens
_BRACKETS = re.compile(r"\([^()]*\)")
_JOINED = re.compile(r"\s*(?:[-–,(]\s*)*\)?\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s*)?",
                     re.IGNORECASE)
_SEMICOLON = re.compile(r"\s*;\s*(?:và\s+)?(?:là\s+)?")
_DISMISSED = re.compile(r"miễn nhiệm|thôi")
_AGENT = re.compile(r"đ(?<!\wđ)ược\s+[^.,;\n]{0,60}$")  # "được" starting a word


_REACH = 300


def _pronoun(head: str) -> bool:
    return bool(_PRONOUN_FIRST.match(head) or _PRONOUN_AFTER_STOP.search(head)
                or _PRONOUN_LOWER.search(head))


def _free(gap: str) -> bool:
    return _STOP.search(gap) is None


def attach(text: str, names: list[NameMention], chains: list[Chain],
           heads: tuple[Chain, ...] = ()) -> list[tuple[int, Chain, bool]]:
    """(index into `names`, chain, former) for every attachment found; `heads` are chains that
    only ever introduce a list ("Đoàn ĐBQH tỉnh, gồm: …" → each member a deputy)."""
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
            # gaps are a few words at most: skip far chains before trying the patterns
            if lo <= c_end <= hi and _GAP_CHARS.fullmatch(text, c_end, hi) and (
                    _BEFORE_GAP.fullmatch(text, c_end, hi)
                    or (_BEFORE_GAP_COMMA.fullmatch(text, c_end, hi)
                        and not _COUNT.search(text, max(0, c_start - 8), c_start))):
                out.append((i, c, False))
                claimed.add(id(c))
    for i in everyone:
        lo = names[i].end
        for c, c_start, _ in spans[bisect_left(starts, lo):bisect_right(starts, lo + _REACH)]:
            if c_start < lo or c_start > lo + _REACH or id(c) in claimed:
                continue
            if _AFTER_GAP.fullmatch(text, lo, c_start):
                out.append((i, c, False))
                claimed.add(id(c))
            elif c.items[0].former and _SPACES.fullmatch(text, lo, c_start):
                # "Lê Văn A và Trần Văn B nguyên Phó Chủ tịch …": shared by the list
                claimed.add(id(c))
                k = i
                out.append((k, c, False))
                while k > 0 and _AND.fullmatch(text, names[k - 1].end, names[k].start):
                    k -= 1
                    out.append((k, c, False))
    _lists(text, names, by_start + list(heads), claimed, out)
    _verbs(text, names, by_start, claimed, out)
    return out


def _verbs(text, names, chains, claimed, out) -> None:
    own = {id(c): i for i, c, _ in out}
    name_ends = [n.end for n in names]  # in text order: the names before a chain by bisection
    in_order = all(a <= b for a, b in zip(name_ends, name_ends[1:], strict=False))
    bounds = [(c.start, c.end) for c in chains]
    owned: dict[int, list[tuple[int, int]]] = {}  # name → the spans of the chains it owns
    for c, span in zip(chains, bounds, strict=True):
        if id(c) in own:
            owned.setdefault(own[id(c)], []).append(span)
    for n, c in enumerate(chains):
        if id(c) in claimed:
            continue
        c_start, c_end = bounds[n]
        before = list(range(bisect_right(name_ends, c_start))) if in_order \
            else [i for i in range(len(names)) if names[i].end <= c_start]
        if not before:
            continue
        # a name inside a parenthesis ("bà A (chị ruột ông B) từng giữ …") is not the subject
        while len(before) > 1 and _CLOSED.match(text, names[before[-1]].end, c_start):
            before.pop()
        subject = before[-1]
        if _AFTER_PRONOUN.match(text, c_end) and c_start - names[subject].end < 1500:
            # "Trong thời gian giữ cương vị A, B, bà đã …": the person last named
            claimed.add(id(c))
            _give(text, [subject], c, True, out)
            continue
        gap = text[names[subject].end:c_start]
        head = text[max(0, c_start - 140):c_start]
        if subject > 0 and _verb_ends(gap) \
                and _AGENT.search(text, names[subject - 1].end, names[subject].start) \
                and _STOP.search(text, names[subject - 1].end, c_start) is None:
            subject -= 1  # the name after "được" is the agent, not the one appointed
            gap = text[names[subject].end:c_start]
        free = _free(gap)
        if len(gap) < 400 and free and (_verb_ends(gap) or _PROFILE.match(gap)):
            pass
        elif len(gap) < 400 and _verb_ends(head) and _pronoun(head):
            pass
        else:
            continue
        if _NOMINATION(gap if free else head):
            claimed.add(id(c))
            continue
        former = _FORMER(text[max(0, c_start - 60):c_start]) or (not free and _HISTORY(head))
        claimed.add(id(c))
        subjects = [subject]
        # "ông A - chain và ông B - chain được bầu giữ chức …": every name of the list
        k = subject
        while k > 0:
            prev = names[k - 1]
            between = text[prev.end:names[k].start]
            for o_start, o_end in owned.get(k - 1, ()):
                if prev.end <= o_start < names[k].start:
                    between = between.replace(text[o_start:o_end], "")
            if not _JOINED.fullmatch(_BIRTH.sub("", _BRACKETS.sub("", between))):
                break
            k -= 1
            subjects.insert(0, k)
        _give(text, subjects, c, former, out)
        # "giữ các chức vụ: A; B; C": the posts listed after the first one
        cur_end = c_end
        for m, nxt in enumerate(chains):
            if bounds[m][0] >= cur_end and id(nxt) not in claimed \
                    and _SEMICOLON.fullmatch(text, cur_end, bounds[m][0]):
                claimed.add(id(nxt))
                _give(text, subjects, nxt, former, out)
                cur_end = bounds[m][1]


def _give(text, subjects, chain, former, out) -> None:
    """"ông A, … và ông B, … tái đắc cử Chủ tịch và Phó Chủ tịch HĐND tỉnh": respectively."""
    items = chain.items
    pairwise = len(subjects) == len(items) > 1 and all(
        _VA.fullmatch(text, a.end, b.start)
        for a, b in zip(items, items[1:], strict=False))
    for n, subject in enumerate(subjects):
        if pairwise:
            out.append((subject, Chain([items[n]]), former))
        else:
            out.append((subject, chain, former))


_MORE = re.compile(r";\s*(?:và\s+)?(?:\w+\s+)?(?:ông|bà|đồng chí)\s*:", re.IGNORECASE)
_PLURAL = re.compile(r"(?:các|\d+)\s+$")
_NAME_LIST = re.compile(r"\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?")


def _lists(text, names, chains, claimed, out) -> None:
    for c in chains:
        head = _LIST_HEAD.match(text, c.end) if _LIST_OPEN.match(text, c.end) else None
        if head is None and _PLURAL.search(text, max(0, c.start - 8), c.start):
            # "các Phó Chủ tịch A, B, C": a plural title shared by the names after it
            firsts = [i for i in range(len(names)) if names[i].start >= c.end
                      and _GAP_CHARS.fullmatch(text, c.end, names[i].start)
                      and _BEFORE_GAP.fullmatch(text, c.end, names[i].start)]
            if firsts:
                members = [firsts[0]]
                for j in range(firsts[0] + 1, len(names)):
                    if not _NAME_LIST.fullmatch(text, names[j - 1].end, names[j].start):
                        break
                    members.append(j)
                out.extend((i, c, False) for i in members[1:])
            continue
        if head is None:
            continue
        end = _LIST_END.search(text, head.end())
        stop = end.start() if end else len(text)
        members = [i for i in range(len(names))
                   if head.end() <= names[i].start < stop and not names[i].given_only]
        if len(members) > 1 and ";" not in text[names[members[0]].end:names[members[1]].start]:
            semi = text.find(";", head.end(), stop)
            while semi >= 0 and _MORE.match(text, semi):  # "…; và hai bà: C, D"
                semi = text.find(";", semi + 1, stop)
            stop = semi if semi >= 0 else stop
            members = [i for i in members if names[i].start < stop]
        if not members or (head.group("word").lower() in ("đối với", "cho")
                           and names[members[0]].start - head.end() > 0):
            continue
        former = bool(_DISMISSED.search(text, max(0, c.start - 40), c.start))
        claimed.add(id(c))
        out.extend((i, c, former) for i in members)
