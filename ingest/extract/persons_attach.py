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
from cadregraph.ingest.extract.names_lexicon import honorifics

_HON = "|".join(re.escape(h) for h in sorted(honorifics(), key=len, reverse=True))
_BEFORE_GAP = re.compile(rf"\s*(?:[-–—:]\s*)?(?:(?:{_HON})\s*(?:[-–—]\s*)?)*", re.IGNORECASE)
_BEFORE_GAP_COMMA = re.compile(rf"\s*,\s*(?:(?:{_HON})\s+)+", re.IGNORECASE)
# "ông A, hiện là …", "ông A (sinh năm 1970, Trưởng ban …)"
_AFTER_GAP = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|[-–—]|\(|:)\s*(?:(?:hiện|hiện đang|"
                        r"hiện là|đương kim|khi đó là|lúc đó là|là)\s+)?"
                        r"(?:(?:sinh năm|SN)\s*\d{4}\s*[,;]\s*)?")
_VERB = re.compile(r"(?:giữ chức(?: vụ| danh)?|làm|là|đắc cử(?: chức(?: vụ| danh)?)?|"
                   r"bầu(?: làm| giữ chức(?: vụ)?| vào| bổ sung)?|chỉ định(?: làm| giữ chức"
                   r"(?: vụ)?| tham gia)?|bổ nhiệm(?: làm| giữ chức(?: vụ)?)?|"
                   r"phân công(?: làm| giữ chức)?|chuẩn y|tham gia|kiêm(?: nhiệm)?|"
                   r"thôi giữ chức(?: vụ)?|thôi tham gia|thôi làm|kinh qua(?: các chức vụ)?|"
                   r"trúng cử|tái cử|phê chuẩn|đảm nhận(?: chức vụ)?|giữ các chức vụ|"
                   r"lên|sang|rồi|đảm nhiệm(?: các chức vụ)?|giữ|trải qua|kinh qua)"
                   r"\s*(?:(?:các |nhiều )?(?:chức(?: vụ| danh)?|cương vị|vị trí)"
                   r"(?: lãnh đạo| quan trọng| chủ chốt)*\s*)?(?:như\s*)?:?\s*$", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:nguyên|từng|thôi|trước đó|trước đây|kinh qua|miễn nhiệm)\b",
                     re.IGNORECASE)
_PRONOUN = re.compile(r"(?:(?:^|[.\n]\s*)(?:Ông|Bà|Đồng chí|Sau đó|Trước đó|Từng)|"
                      r"(?<![\w])(?:ông|bà|đồng chí)(?!\s+[A-ZĐÀ-Ỹ]))\s+[^.\n]{0,120}$")
# A nomination is not a post: "giới thiệu để bầu làm Phó Chủ tịch nước", "để HĐND bầu làm".
_NOMINATION = re.compile(r"giới thiệu|đề cử|dự kiến|đề nghị|để (?:\w+\s+){0,3}bầu|sẽ",
                         re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:từng|trước đó|trước đây|sau đó|lần lượt|kinh qua|nguyên)\b",
                      re.IGNORECASE)
# "Hai Phó Bí thư Tỉnh ủy ở nhiệm kỳ mới gồm các ông: A và B", "… khóa mới là đồng chí A và B"
_LIST_HEAD = re.compile(rf"\s*(?:nhiệm kỳ [\d\s–-]+)?\s*,?\s*(?:(?:ở|trong|của|nhiệm kỳ|"
                        rf"khóa|khoá|mới|tới|này|đơn vị|số|và|[IVX]+|[\d–-]+)\s+){{0,6}}?"
                        rf"(?P<word>(?:gồm(?: có)?|đối với|cho|là)(?!\w)|:)"
                        rf"\s*(?:các\s+)?(?:(?:{_HON})\s*)*:?\s*", re.IGNORECASE)
_LIST_END = re.compile(r"\.(?=\s|$)|\n|;\s*các\b")
_STOP = re.compile(r"\.(?=\s|$)|[;\n]")
_AFTER_PRONOUN = re.compile(r"\s*,\s*(?:ông|bà|đồng chí)\b(?!\s+[A-ZĐÀ-Ỹ])")


# "bầu 15 Ủy viên Ban Thường vụ, ông A giữ chức Bí thư": a count, not A's title
_COUNT = re.compile(r"\d+\s+$")
_BIRTH = re.compile(r"(?:sinh năm|SN)\s*\d{4}\s*")
# "Ông A sinh năm 1963, quê …, đại biểu Quốc hội": a profile sentence lists the posts
_PROFILE = re.compile(r"^\s*(?:\(\s*)?(?:sinh (?:năm|ngày)|SN)\b[^.\n;]*[,;]\s*$")
_AGENT = re.compile(r"\bđược\s+[^.,;\n]{0,60}$")


_REACH = 300


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
            if lo <= c_end <= hi and (
                    _BEFORE_GAP.fullmatch(text, c.end, names[i].start)
                    or (_BEFORE_GAP_COMMA.fullmatch(text, c.end, names[i].start)
                        and not _COUNT.search(text, max(0, c_start - 8), c_start))):
                out.append((i, c, False))
                claimed.add(id(c))
    for i in everyone:
        lo = names[i].end
        for c, c_start, _ in spans[bisect_left(starts, lo):bisect_right(starts, lo + _REACH)]:
            if c_start < lo or c_start > lo + _REACH or id(c) in claimed:
                continue
            if _AFTER_GAP.fullmatch(text, names[i].end, c.start):
                out.append((i, c, False))
                claimed.add(id(c))
            elif c.items[0].former and re.fullmatch(r"\s+", text[names[i].end:c.start]):
                # "Lê Văn A và Trần Văn B nguyên Phó Chủ tịch …": shared by the list
                claimed.add(id(c))
                k = i
                out.append((k, c, False))
                while k > 0 and re.fullmatch(r"\s*(?:,|và)\s*", text[names[k - 1].end:
                                                                     names[k].start]):
                    k -= 1
                    out.append((k, c, False))
    _lists(text, names, by_start + list(heads), claimed, out)
    _verbs(text, names, by_start, claimed, out)
    return out


def _verbs(text, names, chains, claimed, out) -> None:
    own = {id(c): i for i, c, _ in out}
    name_ends = [n.end for n in names]  # in text order: the names before a chain by bisection
    in_order = all(a <= b for a, b in zip(name_ends, name_ends[1:], strict=False))
    for c in chains:
        if id(c) in claimed:
            continue
        before = list(range(bisect_right(name_ends, c.start))) if in_order \
            else [i for i in range(len(names)) if names[i].end <= c.start]
        if not before:
            continue
        # a name inside a parenthesis ("bà A (chị ruột ông B) từng giữ …") is not the subject
        while len(before) > 1 and re.search(r"^[^(]*\)", text[names[before[-1]].end:c.start]):
            before.pop()
        subject = before[-1]
        if _AFTER_PRONOUN.match(text, c.end) and c.start - names[subject].end < 1500:
            # "Trong thời gian giữ cương vị A, B, bà đã …": the person last named
            claimed.add(id(c))
            _give(text, [subject], c, True, out)
            continue
        gap = text[names[subject].end:c.start]
        head = text[max(0, c.start - 140):c.start]
        if subject > 0 and _AGENT.search(text, names[subject - 1].end, names[subject].start) \
                and _free(text[names[subject - 1].end:c.start]) and _VERB.search(gap):
            subject -= 1  # the name after "được" is the agent, not the one appointed
            gap = text[names[subject].end:c.start]
        if len(gap) < 400 and _free(gap) and (_VERB.search(gap) or _PROFILE.match(gap)):
            pass
        elif _PRONOUN.search(head) and _VERB.search(head) and len(gap) < 400:
            pass
        else:
            continue
        if _NOMINATION.search(gap if _free(gap) else head):
            claimed.add(id(c))
            continue
        former = bool(_FORMER.search(text[max(0, c.start - 60):c.start])) \
            or (not _free(gap) and bool(_HISTORY.search(head)))
        claimed.add(id(c))
        subjects = [subject]
        # "ông A - chain và ông B - chain được bầu giữ chức …": every name of the list
        k = subject
        while k > 0:
            prev = names[k - 1]
            between = text[prev.end:names[k].start]
            for other in chains:
                if own.get(id(other)) == k - 1 and prev.end <= other.start < names[k].start:
                    between = between.replace(text[other.start:other.end], "")
            between = _BIRTH.sub("", re.sub(r"\([^()]*\)", "", between))
            if not re.fullmatch(r"\s*(?:[-–,(]\s*)*\)?\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s*)?",
                                between, re.IGNORECASE):
                break
            k -= 1
            subjects.insert(0, k)
        _give(text, subjects, c, former, out)
        # "giữ các chức vụ: A; B; C": the posts listed after the first one
        cur = c
        for nxt in chains:
            if nxt.start >= cur.end and id(nxt) not in claimed \
                    and re.fullmatch(r"\s*;\s*(?:và\s+)?(?:là\s+)?", text[cur.end:nxt.start]):
                claimed.add(id(nxt))
                _give(text, subjects, nxt, former, out)
                cur = nxt


def _give(text, subjects, chain, former, out) -> None:
    """"ông A, … và ông B, … tái đắc cử Chủ tịch và Phó Chủ tịch HĐND tỉnh": respectively."""
    items = chain.items
    pairwise = len(subjects) == len(items) > 1 and all(
        re.fullmatch(r"\s*và\s*", text[a.end:b.start])
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
        head = _LIST_HEAD.match(text, c.end)
        if head is None and _PLURAL.search(text, max(0, c.start - 8), c.start):
            # "các Phó Chủ tịch A, B, C": a plural title shared by the names after it
            firsts = [i for i in range(len(names)) if names[i].start >= c.end
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
        former = bool(re.search(r"miễn nhiệm|thôi", text[max(0, c.start - 40):c.start]))
        claimed.add(id(c))
        out.extend((i, c, former) for i in members)
