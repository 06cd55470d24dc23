"""Posts listed in a career (part of `persons_attach`).

- A biography's periods: "5/1997-12/1999: Thành ủy viên, Giám đốc Sở …; Đại biểu Quốc hội
  khóa X.", "+ Từ 15.4.2011 – 9.2015: Ủy viên Ban chấp hành Trung ương Đảng khóa XI, Bí thư
  Thành ủy …". A chain right after a period and its colon is a post of the person the
  biography is about: the person last named before it, unless met in passing
  (`persons_antecedent`). Held before, unless the period runs "đến nay".
- The items of a career list after semicolons, once its first post is someone's: "đã trải qua
  nhiều cương vị, tiêu biểu là: Ủy viên Trung ương Đảng các khóa III, IV; đại biểu Quốc hội từ
  khóa II đến khóa VI; Thứ trưởng Bộ Công an". An item's term ("các khóa III, IV") or a part
  the reader does not know does not end the list; the sentence's end or a name does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.names_lexicon import FoldedSearch
from cadregraph.ingest.extract.persons_antecedent import Antecedents
from cadregraph.ingest.extract.persons_attach_patterns import SEMICOLON, STOP

Give = Callable[[list[int], Chain, bool], None]

# "6/1970", "7.1994", "14.4.2011", "tháng 9.2016", "1985"
_DATE = r"(?:(?i:tháng|năm)\s+)?(?:\d{1,2}\s*[./]\s*){0,2}\d{4}"
# a period, its colon, then perhaps one item that is no title ("Cán bộ Huyện đoàn, "), at the
# end of the text before a chain
PERIOD = re.compile(rf"(?<![\w/.])(?:(?i:từ)\s+)?{_DATE}\s*(?:[-–—]|(?i:đến|tới))\s*"
                    rf"(?P<to>{_DATE}|(?i:nay))\s*:\s*(?:[^\W\d][^.;:\n,()]{{0,40}},\s*)?$")
# A career told in durations: "ông A có 20 năm công tác tại Tổng công ty X; 3 năm làm Phó Bí
# thư Tỉnh ủy Y": the item after the semicolon opens with its own duration and verb, the chain
# after it is A's (the gap from A's name to that chain, within its sentence)
_SPAN = (r"(?:(?:gần|hơn|trên|khoảng)\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
         r"\s+(?:tháng|năm)")
DURATIONS = re.compile(rf"(?:(?!\.\s)[^\n])*?(?<!\w)(?i:có|đã có)\s+{_SPAN}\s+(?:công tác|làm"
                       rf"|giữ)(?!\w)(?:(?!\.\s)[^\n])*;\s*(?:và\s+)?{_SPAN}\s+(?:làm|là|giữ chức"
                       rf"(?:\s+vụ)?|giữ cương vị)\s*$")
_POST_ENDS = re.compile(r"\s*(?:[.;,(\n–-]|$|(?i:rồi|kiêm|khóa|khoá|nhiệm kỳ|đơn vị)(?!\w))")
_HEAD = 110  # how far before a chain its period may start
_BIOGRAPHY = 4000  # how far after the last name a period may still be that person's
# words that make a sentence a career list (its semicolons part posts, not clauses)
CAREER_CUE = FoldedSearch(r"(?<!\w)(?:từng|trước đó|trước đây|lần lượt|kinh qua|trải qua"
                          r"|tiêu biểu là|cương vị|các chức vụ|quá trình công tác)(?!\w)")
# the fields of a profile ("Quê quán: …", "Trình độ lý luận chính trị: Cử nhân"), a line of
# them opening where the chain does, and a line that ends with the chain and its terms
_FIELD = re.compile(r"(?i:dân tộc|quê quán|ngày vào đảng|ngày chính thức|sinh ngày|nơi ở"
                    r"|trình độ[^:.;\n]{0,30}|học hàm[^:.;\n]{0,20})\s*:")
_POSTS_FIELD = re.compile(r"(?:(?<=[.;\n:] )|(?<=\n)|(?<=[-–+] ))(?i:chức vụ|chức danh)"
                          r"[^:.;\n]{0,25}:\s*$")
_LINE_OPEN = re.compile(r"(?:\.|\n|\s[-–])\s*$")
_LINE_END = re.compile(r"(?:\s*,?\s*(?i:khóa|khoá|nhiệm kỳ)\s+[IVXLC\d]+)?"
                       r"(?:\s*[,;–-]\s*[IVXLC\d]+(?!\w))*"
                       r"\s*(?:\.(?=\s|$)|\n|\s[-–]\s|$|(?=[A-ZĐ]))")
_ITEMS = 250  # how far apart two items of one career list may stand
_CLAUSE = re.compile(r"(?<!\w)(?:đã|đang|sẽ|không|chưa|bị|được)(?!\w)")
_TAIL = re.compile(r";\s*(?:và\s+)?(?:là\s+)?$")


def by_period(text: str, names: list[NameMention], chains: list[Chain], claimed: set[int],
              who: Antecedents, give: Give) -> None:
    """Attach the chains a biography's period opens (see module doc); `chains` are sorted by
    start, `claimed` holds the ids of those taken."""
    if ":" not in text:
        return
    name_ends = sorted(n.end for n in names)
    by_end = sorted(range(len(names)), key=lambda i: names[i].end)
    starts = [c.start for c in chains]
    for c in chains:
        if id(c) in claimed or ":" not in text[max(0, c.start - _HEAD):c.start]:
            continue
        period = PERIOD.search(text, max(0, c.start - _HEAD), c.start)
        if period is None and not _field_line(text, c) \
                or period is not None and _POST_ENDS.match(text, c.end) is None:
            continue  # (a period whose chain goes on with a verb heads a plan, not a career)
        k = bisect_left(name_ends, c.start + 1) - 1  # the last name ending before the chain
        if k < 0 or c.start - name_ends[k] > _BIOGRAPHY:
            continue
        found = who.resolve(by_end[k], c.start)
        if found is None:
            continue
        # (a profile's field line tells of the posts held through the terms it lists)
        former = period is not None and period.group("to").lower() != "nay"
        claimed.add(id(c))
        give([found], c, former)
        listed_after(text, names, chains, starts, claimed, c.end, [found], former, give, True)


def _field_line(text: str, c: Chain) -> bool:
    """Whether `c` opens a line of a profile's fields, after "Dân tộc: Kinh. Ngày vào Đảng:
    25-8-1982." and the like, with nothing but its terms after it: "Ủy viên Ban Chấp hành
    Trung ương Đảng khóa X; XI; XII.", "- Đại biểu Quốc hội khóa XIII; XIV"; or is the value
    of the field of posts ("Chức vụ hiện nay: Bí thư Tỉnh ủy, …")."""
    lead = text[max(0, c.start - _HEAD * 2):c.start]
    if _POSTS_FIELD.search(lead):  # "Chức vụ: Bí thư Tỉnh ủy, …": the field names the posts
        return True
    return _LINE_OPEN.search(lead) is not None and _FIELD.search(lead) is not None \
        and _LINE_END.match(text, c.end) is not None


def listed_after(text: str, names: list[NameMention], chains: list[Chain], starts: list[int],
                 claimed: set[int], end: int, subjects: list[int], former: bool, give: Give,
                 career: bool) -> None:
    """"giữ các chức vụ: A; B; C": the chains listed after one that ends at `end`, each opening
    an item after a semicolon, go to `subjects` too. In a career list (`career`) an item may go
    on past its chain ("… các khóa III, IV; …") and an item with no chain is passed over."""
    name_starts = sorted(n.start for n in names) if career else []
    for nxt in chains[bisect_left(starts, end):]:
        if nxt.start < end or id(nxt) in claimed:
            continue
        if SEMICOLON.fullmatch(text, end, nxt.start) is None:
            if not career:
                continue
            gap = text[end:nxt.start]
            if len(gap) > _ITEMS or ":" in gap or STOP.search(gap.replace(";", ",")) \
                    or bisect_left(name_starts, end) != bisect_left(name_starts, nxt.start):
                # the sentence ends, a period or field opens ("+ Tháng 7.1994 – 12.2005:"),
                # or someone else is named, before this chain
                return
            if _CLAUSE.search(gap):
                return  # an item that tells what was done ("…; đã vi phạm …"): no more posts
            if ";" not in gap or _TAIL.search(gap) is None:
                continue  # a chain inside an item, not one opening it
        claimed.add(id(nxt))
        give(subjects, nxt, former)
        end = nxt.end
