"""The patterns that decide which title chain belongs to which name (`persons_attach`):
gaps between a name and its chain, appointment verbs, pronouns, list heads. Each is written
so that `re` can skip to its first letter, or is read backwards from the gap's end, because
attachment tries them at hundreds of gaps per article.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.names_lexicon import FoldedSearch, honorifics, trie_pattern
from cadregraph.ingest.extract.sentences import abbreviations
from cadregraph.ingest.normalize.tables import UPPER

_HON = trie_pattern(honorifics())
BEFORE_GAP = re.compile(rf"\s*(?:[-–—:]\s*)?(?:(?:{_HON})\s*(?:[-–—]\s*)?)*", re.IGNORECASE)
BEFORE_GAP_COMMA = re.compile(rf"\s*,\s*(?:(?:{_HON})\s+)+", re.IGNORECASE)
# Only these characters can make up the two gaps above: most gaps are turned away by them,
# before the slow honorific alternatives are tried.
GAP_CHARS = re.compile(r"[\s\-–—:," + re.escape("".join(sorted(set("".join(honorifics())))))
                       + "]*", re.IGNORECASE)
# "… làm Phó trưởng Ban Kinh tế Trung ương Ông B sau đó …": a capital "Ông" starts a sentence
# whose stop the caption lost; the chain before it is not B's
NEW_SENTENCE = re.compile(r"\s+(?:Ông|Bà)\s+")
# "ông A, hiện là …", "ông A (sinh năm 1970, Trưởng ban …)"
# (a civil-service grade or a party cell may come first: "ông A - Thanh tra viên cao cấp - Phó
# Cục trưởng …");
# the words of group "then" say the post was held before ("bà A - khi đó là Chủ tịch …").
# A photo caption's place may stand between name and post, and may be longer than other
# asides: "ông A (ngoài cùng bên phải, hàng đầu), Bí thư …".
AFTER_GAP = re.compile(r"\s*(?:\((?:[^()]{0,30}|(?i:thứ|ngoài cùng|bìa|hàng|(?:người )?"
                       r"(?:đứng|ngồi))[^()]{0,50})\))?\s*(?:,|[-–—]|\(|:)\s*(?:(?:hiện|hiện đang|"
                       r"hiện là|đương kim|(?P<then>(?:khi|lúc|vào lúc) (?:đó|ấy|còn)(?: là)?|"
                       r"thời điểm đó là|nguyên là|từng là|trước đây là|trước đó là)|là)\s+)?"
                       r"(?:(?:(?:sinh năm|SN)\s*|sinh ngày\s*\d{1,2}[/.-]\d{1,2}[/.-])\d{4}"
                       r"\s*[,;]\s*)?"
                       r"(?:(?i:thanh tra viên|kiểm sát viên|điều tra viên|chấp hành viên|"
                       r"thẩm phán|kiểm toán viên|chuyên viên)(?:\s+(?i:cao cấp|chính|trung cấp))?"
                       r"\s*[-–—,]\s*)?"
                       # a party cell, not read as a body: "ông A, Bí thư Chi bộ 4, Chi cục
                       # trưởng …", "ông A, đảng viên Chi bộ thôn X (Đảng ủy xã Y), nguyên …"
                       r"(?:(?i:đảng viên|(?:phó )?bí thư)\s+(?i:chi bộ)\s+[^,;()\n]{1,40}?"
                       r"(?:\s*\([^()\n]{0,40}\))?\s*,\s*)?")
# Appointment verbs (their optional words spelled out) and the post words that may follow one
# before the chain. `verb_ends` asks whether a gap ends in them; it reads the gap backwards,
# so that one match at its start replaces a search over every position of the gap.
_VERBS = ("giữ chức", "giữ chức vụ", "giữ chức danh", "làm", "là", "đắc cử", "đắc cử chức",
          "đắc cử chức vụ", "đắc cử chức danh", "bầu", "bầu làm", "bầu giữ chức",
          "bầu giữ chức vụ", "bầu vào", "bầu bổ sung", "chỉ định", "chỉ định làm",
          "chỉ định giữ chức", "chỉ định giữ chức vụ", "chỉ định tham gia", "bổ nhiệm",
          "bổ nhiệm làm", "bổ nhiệm giữ chức", "bổ nhiệm giữ chức vụ", "phân công",
          "phân công làm", "phân công giữ chức", "chuẩn y", "tham gia", "kiêm", "kiêm nhiệm",
          "thôi", "thôi giữ chức", "thôi giữ chức vụ", "thôi tham gia", "thôi làm", "kinh qua",
          "kinh qua các chức vụ", "trúng cử", "tái cử", "phê chuẩn", "đảm nhận",
          "đảm nhận chức vụ", "giữ các chức vụ", "lên", "sang", "rồi", "đảm nhiệm",
          "đảm nhiệm các chức vụ", "giữ", "trải qua", "cách chức", "cách chức cả", "bãi nhiệm",
          "miễn nhiệm", "miễn nhiệm chức vụ", "miễn nhiệm chức danh", "nhận nhiệm vụ",
          "nhận nhiệm vụ mới", "nhận chức", "nhậm chức", "trở thành", "bầu lại vào",
          "bầu bổ sung vào", "chỉ định vào", "chỉ định bổ sung vào")
_POSTS = ("chức", "chức vụ", "chức danh", "cương vị", "vị trí")


def _back(*words: str) -> str:
    return trie_pattern(w[::-1] for w in words)


# reversed: verb, \s*, ((các |nhiều )? post( lãnh đạo| quan trọng| chủ chốt)* \s*)?, (như\s*)?,
# ":"?, \s*, end of the gap
_VERB_BACK = re.compile(r"\s*:?(?:\s*" + _back("như") + r")?(?:\s*"
                        + _back(" lãnh đạo", " quan trọng", " chủ chốt") + "*" + _back(*_POSTS)
                        + _back("các ", "nhiều ") + r"?)?\s*" + _back(*_VERBS), re.IGNORECASE)


# "bầu (bổ sung) ông A vào Ban Thường vụ", "ông A được bầu lại vào Ban Chấp hành": "vào" is
# the verb only right after the name (it is everywhere else: "vào ngày", "15 đồng chí vào …")
_INTO = re.compile(r"\s*(?:được\s+)?(?:(?:bầu|chỉ định)\s+)?(?:(?:bổ sung|lại)\s+)?vào\s*",
                   re.IGNORECASE)


def into_gap(gap: str) -> bool:
    return len(gap) < 40 and _INTO.fullmatch(gap) is not None


def verb_ends(gap: str) -> bool:
    return _VERB_BACK.match(gap[::-1]) is not None or into_gap(gap)


def verb_ends_within(backwards: str, size: int) -> bool:
    """`verb_ends` of the last `size` characters of a text whose end is `backwards` reversed:
    one reversal serves gaps of several lengths (`_VERB_BACK` looks neither behind nor ahead,
    so its bound is that of the slice)."""
    return _VERB_BACK.match(backwards, 0, size) is not None \
        or size < 40 and into_gap(backwards[:size][::-1])




def _words(*words: str) -> str:
    """`\b(?:words)\b`, with each word's first letter first so that `re` can skip to it."""
    return "(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words) \
        + r")\b"


FORMER = FoldedSearch(_words("nguyên", "từng", "thôi", "trước đó", "trước đây", "kinh qua",
                             "miễn nhiệm", "cách chức", "bãi nhiệm"))
# "thôi chức A, đồng thời giữ chức B", "nguyên A, nay là B" (or "hiện là B"), "thôi giữ chức A,
# về làm B", "thôi chức A để về nhận nhiệm vụ B": B is held now
NOW_AFTER_LEFT = re.compile(r"(?<!\w)(?:thôi|miễn nhiệm|cách chức|bãi nhiệm|nguyên|từng)(?!\w)"
                            r".*(?<!\w)(?:(?:đồng thời|nay|hiện nay|hiện(?:\s+đang)?)\s+"
                            r"(?:được\s+)?(?:giữ|làm|là|phân công|bổ nhiệm|điều động|chuyển)"
                            r"|(?:về|để|sang)\s+(?:\w+\s+){0,4}?(?:làm|nhận|giữ)(?!\w))",
                            re.IGNORECASE | re.DOTALL)
# "… Ông/Sau đó/… (at the start or after a full stop) or ông/bà/đồng chí (not before a name),
# then the rest of the sentence": three patterns, each starting with a letter or a stop that
# `re` skips to quickly (a lower-case pronoun is tested for a word start after its letter).
_PRONOUN_OPEN = "(?:Ông|Bà|Đồng chí|Sau đó|Trước đó|Từng)"
_PRONOUN_REST = r"\s+(?:[^.\n]|\.(?!\s)){0,120}$"  # "TP.HCM" does not end the sentence
_PRONOUN_FIRST = re.compile(_PRONOUN_OPEN + _PRONOUN_REST)
_PRONOUN_AFTER_STOP = re.compile(r"[.\n]\s*" + _PRONOUN_OPEN + _PRONOUN_REST)
# (not plural: "các đồng chí nguyên là Chủ tịch …" are people not named)
_PRONOUN_LOWER = re.compile(rf"[ôbđ](?<!\w.)(?<!các .)(?<!Các .)(?<!những .)(?<!Những .)"
                            rf"(?:(?<=ô)ng|(?<=b)à|(?<=đ)ồng chí)(?!\s+[{UPPER}])"
                            + _PRONOUN_REST)
# "Khi còn làm Giám đốc Sở Y tế, ông A …", "thôi chức Bí thư Tỉnh ủy, ông A": a chain before
# its holder, told in its own clause as left or as past
LEFT_BEFORE = re.compile(r"(?<!\w)(?i:thôi|khi còn|từng (?:là|làm|giữ)|kinh qua|miễn nhiệm"
                         r"|cách chức|bãi nhiệm)(?!\w)[^,.;:()\n]*$")
# A nomination is not a post: "giới thiệu để bầu làm Phó Chủ tịch nước", "để HĐND bầu làm".
# A post not yet filled is no one's: "HĐND chưa bầu bổ sung vị trí Phó Chủ tịch"; "sẽ thôi giữ
# chức A" tells a post held until now.
NOMINATION = FoldedSearch(r"giới thiệu|đề cử|dự kiến|đề nghị|để (?:\w+\s+){0,3}bầu|sẽ(?! thôi)"
                          r"|(?<!\w)chưa(?!\w)")
# a name put to a vote not yet held, before the name: "đề cử để Quốc hội bầu bà A, …, làm …"
PENDING_VOTE = re.compile(r"(?i:đề cử|để (?:\w+\s+){0,3}bầu|dự kiến)[^.;\n]*$")
HISTORY = FoldedSearch(_words("từng", "trước đó", "trước đây", "sau đó", "lần lượt", "kinh qua",
                              "trải qua", "nguyên"))
# "Trước khi được bầu làm Chủ tịch UBND tỉnh, ông A giữ các chức vụ …": a sentence that opens
# with what came after tells of posts held before, past the comma that closes that clause
BEFORE_THEN = re.compile(r"(?:(?<=[.!?] )|(?<=\n)|\A)(?i:trước khi)\s[^.;\n]{3,150}?,\s[^.;\n]*$")
# "Hai Phó Bí thư Tỉnh ủy ở nhiệm kỳ mới gồm các ông: A và B", "… khóa mới là đồng chí A và B"
# (and "Các Phó ban Kinh tế Trung ương chuyên trách, gồm: …", "… kiêm nhiệm gồm")
_FILLER_WORDS = ("ở", "trong", "của", "nhiệm kỳ", "khóa", "khoá", "mới", "tới", "này", "đơn vị",
                 "số", "và", "chuyên trách", "kiêm nhiệm", "khác")
_FILLERS = trie_pattern(_FILLER_WORDS)
# (a term in brackets may come first: "… khóa XV (nhiệm kỳ 2016 - 2021) đối với ông A")
LIST_HEAD = re.compile(rf"\s*(?:nhiệm kỳ [\d\s–-]+|\((?i:nhiệm kỳ|khóa)[^()]{{1,30}}\))?"
                       rf"\s*,?\s*(?:(?:{_FILLERS}|"
                       rf"[IVX]+|[\d–-]+)\s*,?\s+){{0,6}}?"
                       rf"(?P<word>(?:(?:bao\s+)?gồm(?: có)?|đối với|cho|là)(?!\w)|:)"
                       rf"\s*(?:các\s+)?(?:(?:{_HON})\s*)*:?\s*", re.IGNORECASE)
# What `LIST_HEAD` must start with (most chains are followed by a name): tested first.
LIST_OPEN = re.compile(r"\s*+,?+\s*+(?:" + trie_pattern((*_FILLER_WORDS, "gồm", "bao gồm",
                       "đối với", "cho", "là")) + r"|[IVX\d–\-:(])", re.IGNORECASE)
LIST_END = re.compile(r"\.(?=\s|$)|\n|;\s*các\b")
# ". " or ";" or a line end; not the dot of "TP. Cần Thơ", "H. Nghĩa Hành" (abbreviations.txt)
_ABBREVIATED = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in sorted(abbreviations())
                       if "." not in a)
STOP = re.compile(rf"[.;\n](?:(?<=\.){_ABBREVIATED}(?<!\b[{UPPER}]\.)(?=\s|$)|(?<=[;\n]))")
# "Trong thời gian giữ chức A (2004 - 2010), ông đã …", "… giai đoạn 2009-2011, ông đã"
AFTER_PRONOUN = re.compile(r"\s*(?:\([^()]{0,40}\)|(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|năm)"
                           r"\s+[\d\s/–-]+(?:đến(?: năm)?\s+[\d/]+)?)?"
                           rf"\s*,\s*(?:ông|bà|đồng chí)\b(?!\s+[{UPPER}])")


# "bầu 15 Ủy viên Ban Thường vụ, ông A giữ chức Bí thư": a count, not A's title
COUNT = re.compile(r"\d+\s+$")
BIRTH = re.compile(r"(?:(?:sinh năm|SN)\s*|sinh ngày\s*\d{1,2}[/.-]\d{1,2}[/.-])\d{4}\s*")
# "Ông A sinh năm 1963, quê …, đại biểu Quốc hội": a profile sentence lists the posts
PROFILE = re.compile(r"^\s*(?:\(\s*)?(?:sinh (?:năm|ngày)|SN)\b[^.\n;]*[,;]\s*$")
# "ông A từng kinh qua nhiều vị trí như giảng viên Trường X; Phó Bí thư Thành đoàn; …": the
# posts listed after a career verb, within the sentence
CAREER = re.compile(r"(?:(?!\.\s)[^;\n])*?\b(?:kinh qua|trải qua|từng (?:làm|là|giữ)"
                    r"|đảm nhiệm (?:các|nhiều)|giữ (?:các|nhiều))\b"
                    r"(?:(?!\.\s)[^\n])*;\s*(?:và\s+)?$", re.IGNORECASE)
REPLACED = re.compile(r"\s*(?:(?:khóa|nhiệm kỳ)\s+[\w\s–-]{1,12}?)?\s*,?\s*thay\s+(?:cho\s+)?"
                      r"(?:(?:ông|bà|đồng chí)\s+)?", re.IGNORECASE)
# a person introduced without a name between a name and a verb's chain
UNNAMED = re.compile(r"(?i:\b(?:một|hai|ba|bốn|năm|các|những|nhiều|\d+)\s+"
                     r"(?:đảng viên|cán bộ|công chức|người)\b)"
                     # … or by a plural pronoun: "…, các đồng chí nguyên là Chủ tịch Hội" (not
                     # "các đồng chí: A, B")
                     rf"|(?<!\w)(?:các|những)\s+(?:đồng chí|ông|bà)(?!\w|\s*[{UPPER}:])")
SPACES = re.compile(r"\s+")
VA = re.compile(r"\s*và\s*")
CLOSED = re.compile(r"[^(]*\)")  # a bracket closed before any opens
BRACKETS = re.compile(r"\([^()]*\)")
# Brackets between a post and its holder: the years it was held ("Giám đốc Sở Y tế (2010 -
# 2015), ông A đã …") or the address of its place ("Trưởng công an xã X (huyện Y, tỉnh Z) A")
ASIDE = re.compile(r"\s*\((?:(?=[^()]{0,40}\d{4})|(?:huyện|quận|thị xã|thành phố|tỉnh|xã|"
                   r"phường|thị trấn|TP)[\s.])[^()\n]{1,60}\)")
JOINED = re.compile(r"\s*(?:[-–,(]\s*)*\)?\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s*)?",
                    re.IGNORECASE)
# "Các ông: A, Phạm S, B được bầu …": a listed name the name finder did not read (a family
# name, then capitalised words) still joins the list
UNREAD_NAME = re.compile(rf"\s*,\s*(?P<family>[{UPPER}][\w'’]*)(?:\s+[{UPPER}][\w'’]*){{1,3}}"
                         r"(?=\s*(?:,|và\s))")
SEMICOLON = re.compile(r"\s*;\s*(?:và\s+)?(?:là\s+)?")
# (a post taken away, as discipline does too: "cách chức Bí thư Huyện ủy … đối với ông A")
DISMISSED = re.compile(r"miễn nhiệm|thôi|bãi nhiệm|cách (?:tất cả )?(?:các )?chức", re.IGNORECASE)
# the name is the object of the removal: "phê chuẩn kết quả miễn nhiệm ông A, Chủ tịch UBND tỉnh"
# (the apposed post is the one taken away)
DISMISSED_NAME = re.compile(r"(?<!\w)(?i:miễn nhiệm|bãi nhiệm|cách chức)\s+"
                            r"(?:(?i:ông|bà|đồng chí)\s+)?$")
# Someone else between the last name and a verb's chain: a relative ("bổ nhiệm em trai mình
# làm …", "có người thân làm …") or an unknown holder ("cho đến khi có nhân sự giữ chức …")
KIN = re.compile(r"(?<!\w)(?:vợ|chồng|người nhà|người thân|nhân sự|(?:em|con|cháu|anh|chị)\s+"
                 r"(?:trai|gái|ruột|rể|dâu|họ))(?!\w)", re.IGNORECASE)
# "ông A - chồng của bà B … làm Chủ tịch HĐTV": the name after a relative word is whose
# relative A is, not the subject
KIN_OF = re.compile(r"\s*[-–,(]\s*(?:là\s+)?(?:vợ|chồng|em|con|cháu|anh|chị|bố|mẹ)"
                    r"(?:\s+(?:trai|gái|ruột|rể|dâu|họ))?(?:\s+(?:của|mình))?\s*"
                    r"(?:(?:ông|bà|anh|chị)\s+)?", re.IGNORECASE)
# "đã tiếp ông Mahn Win Khaing Than, Chủ tịch …": a person whose name was not read (the
# capital after the honorific starts no name found) stands between the last name and a chain
STRANGER = re.compile(rf"(?<!\w)(?:ông|bà)\s+(?!(?:Chủ|Phó|Bí|Trưởng|Giám|Tổng|Thứ|Bộ|Ủy|Uỷ|"
                      rf"Đại|Chánh|Viện|Cục|Vụ)(?!\w))[{UPPER}]")
# "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A trao …", "thay mặt Tổng Bí thư, …": the
# first title after these words is the principal's, someone other than the name that follows
PRINCIPAL = re.compile(r"(?<!\w)(?i:thừa\s+(?:ủy|uỷ)\s+quyền|thừa\s+lệnh|thay\s+mặt)"
                       r"(?:\s+(?i:của|cho))?\s*$")
# "Theo (ông|đại biểu) A, X phải …": the source of a report (a word or two may name what the
# source is), then the subject of its clause
SOURCE = re.compile(r"(?<!\w)(?i:theo)\s+(?:[^\W\d]+\s+){0,2}$")
SUBJECT_VERB = re.compile(r"\s+(?:phải|cần|nên|đã|sẽ|cũng|vẫn|đang|không|chưa|hãy)(?!\w)")
# "A, B lần lượt giữ chức X, Y": the posts go to the names in order
RESPECTIVELY = re.compile(r"(?<!\w)(?i:lần lượt)(?!\w)[^.;:\n]{0,40}$")
AGENT = re.compile(r"đ(?<!\wđ)ược\s+[^.,;\n]{0,60}$")  # "được" starting a word



def pronoun(head: str) -> bool:
    return bool(_PRONOUN_FIRST.match(head) or _PRONOUN_AFTER_STOP.search(head)
                or _PRONOUN_LOWER.search(head))


def stops_nowhere(gap: str) -> bool:
    return STOP.search(gap) is None


def pronoun_start(head: str) -> int:
    """Where the pronoun that `pronoun` finds in `head` starts (the one nearest the end)."""
    found = 0
    for m in (_PRONOUN_AFTER_STOP.search(head), _PRONOUN_LOWER.search(head)):
        if m is not None:
            found = max(found, m.start())
    return found
