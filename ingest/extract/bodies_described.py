"""Bodies named by what they do: "Ban Chỉ đạo công tác bầu cử tỉnh An Giang", "Tổ công tác
giúp việc thực hiện Quyết định số 284 của Bộ Chính trị", "Tiểu ban Văn kiện Đại hội Đảng lần
thứ XIV", "Ban Tổ chức Đại hội … tỉnh An Giang lần thứ XIX".

The words after the head ("Ban Chỉ đạo", rows of slot `described` in `bodies.tsv`) are free,
in any case, so their end is only known from what closes them: a place, "của" and a body, a
congress's ordinal or term, or punctuation after capitalised words ("Tiểu ban Văn kiện,"). A
description that runs into a verb or a function word (`described_stops.txt`) before any of
these is not read (its end is unknown).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from cadregraph.ingest.extract.bodies_lexicon import place_at, skip_suffix
from cadregraph.ingest.normalize.tables import UPPER

if TYPE_CHECKING:  # bodies reads these names through `described`
    from cadregraph.ingest.extract.bodies import Body

_MAX_WORDS = 16
# "sản xuất - kinh doanh", "số 284", "Quyết định số 284"
_WORD = re.compile(r"\s*(?:[-–]\s*)?[\w/.&]+(?<!\.)")
# "phòng, chống": one phrase whose comma names no end ("Ban Chỉ đạo phòng, chống thiên tai")
_AGAINST = re.compile(r",\s*chống(?!\w)")
_CLOSED = re.compile(r"\s*(?:[,.;:()\"“”\n]|$)")
_OF = re.compile(r"\s+của\s+")
_ORDINAL = re.compile(r"\s+lần thứ\s+(?:[IVXLC]+|\d+)(?!\w)", re.IGNORECASE)
# the words a hamlet is named with ("Chi bộ ấp Trung Thạnh", "Chi bộ thôn 3")
HAMLET_WORDS = "ấp|thôn|khu phố|khóm|bản|tổ dân phố|khối phố"
_HAMLET_HEAD = re.compile(rf" (?:{HAMLET_WORDS})$")
# a cell of a hospital ward or an office is named by its speciality, in lower case up to
# punctuation ("Chi bộ Khoa Hồi sức cấp cứu,", "Chi bộ Phòng Cảnh sát truy nã tội phạm (PC52)")
_FREE_HEAD = re.compile(r"^Chi bộ (?:Khoa|Phòng)$")
# ... and ends before "và" and a title ("Bí thư Chi bộ khoa Sản và Phó Bí thư Đảng bộ …")
_AND_TITLE = re.compile(
    r"\s+và\s+(?:[Pp]hó|[Bb]í thư|[Tt]rưởng|[Cc]hủ tịch|[Gg]iám đốc|[Ủu]y viên)\b")
_PARTS = frozenset(("Điều", "Khoản", "Chương", "Mục"))  # "… Điều 6": a law's text
# a zone named after a place: "Ban Quản lý Khu kinh tế cửa khẩu Nam Giang" (the district's
# name, no level word) is the zone's name, not the board's place
_CAPITAL_NEXT = re.compile(rf" [{UPPER}]")
_ZONE = re.compile(r"(?:cửa khẩu|khu kinh tế|khu công nghiệp|khu chế xuất|khu du lịch)\s+$",
                   re.IGNORECASE)
# the same words before a capitalised name are part of a name ("Đồn Biên phòng cửa khẩu Cha
# Lo,", "… Cửa khẩu quốc tế Cầu Treo"): the name still ends at punctuation
_ZONE_NAMED = re.compile(r"\s*(?:cửa khẩu|khu kinh tế|khu công nghiệp|khu chế xuất|khu du lịch)"
                         r"(?:\s+(?:quốc tế|chính|phụ))?(?=\s+[A-ZĐ])", re.IGNORECASE)


@lru_cache(maxsize=1)
def description_stops() -> frozenset[str]:
    lines = Path(__file__).with_name("described_stops.txt").read_text(encoding="utf-8")
    return frozenset(w for line in lines.splitlines() if not line.startswith("#")
                     for w in line.split())


def described(text: str, tv: str, body: Body, read_body: Callable[[int], Body | None]
              ) -> Body | None:
    """`body`, a head just read, with its description, or None when none can be read: complete,
    with the place that closes it (which the article may have to give: "của tỉnh"), or part of
    the body named after "của" (its parent: "Đoàn Kiểm tra số 471 của" + Bộ Chính trị)."""
    head_end = body.end
    # a hamlet's cell or Front work committee is named by the hamlet's capitalised name alone:
    # a verb after it ends it
    found = described_end(text, tv, head_end, read_body, _HAMLET_HEAD.search(body.core) is not None,
                          _FREE_HEAD.search(body.core) is not None)
    if found is None:
        return None
    words, body.end, body.level, body.place, body.parent = found
    body.core = " ".join(f"{body.core} {text[head_end:words]}".split())
    if body.core.startswith(_TEAMS) and not body.level:
        _team(text, body, head_end, read_body)
    body.slot = "sub" if body.parent else "place" if body.level else "national"
    return body


# Teams named by their number: "Đoàn kiểm tra 469 của Bộ Chính trị", later "Đoàn kiểm tra số
# 469)" and "Đoàn kiểm tra của Bộ Chính trị" are the one team, "Đoàn Kiểm tra số 469 của Bộ
# Chính trị", when the article numbers one team of that body.
_TEAMS = ("Đoàn Kiểm tra", "Tổ công tác", "Đoàn công tác")
_NUMBER = re.compile(r"(?:số\s+)?(\d+)")


def _team(text: str, body: Body, head_end: int, read_body: Callable[[int], Body | None]
          ) -> None:
    head = body.core[:next(len(t) for t in _TEAMS if body.core.startswith(t))]
    rest = body.core[len(head):].removesuffix(" của").strip()  # "… 469 của" + its parent
    number = _NUMBER.fullmatch(rest)
    if rest and number is None:
        return  # "Tổ công tác giúp việc …": named by what it does
    named = re.compile(re.escape(head) + r"\s+(?:số\s+)?(\d+)\s+của\s+", re.IGNORECASE)
    teams: dict[str, tuple[int, str]] = {}  # number → where the body after "của" is, its core
    for match in named.finditer(text):
        parent = read_body(match.end())
        if parent is not None and parent.slot != "sub":
            teams.setdefault(match.group(1), (match.end(), parent.core))
    if number is not None and body.parent is None and number.group(1) in teams:
        # "Đoàn kiểm tra số 469)": of the body named with it (read again: bodies are not shared)
        body.parent = read_body(teams[number.group(1)][0])
    elif number is None and body.parent is not None:
        same = [n for n, (_, core) in teams.items() if core == body.parent.core]
        if len(same) != 1:
            return
        number = _NUMBER.fullmatch(same[0])  # "Đoàn kiểm tra của Bộ Chính trị": its number
    if number is not None:
        body.core = f"{head} số {number.group(1)}" + (" của" if body.parent else "")


# the words' end, the body's end, the level and name of its place, the body it belongs to
Found = tuple[int, int, str | None, str | None, "Body | None"]


def described_end(text: str, tv: str, pos: int, read_body: Callable[[int], Body | None],
                  named_only: bool = False, free: bool = False) -> Found | None:
    """Where the description after a head ending at `pos` ends, and what closes it, or None.
    `read_body(at)` is the body named at `at`, if any; with `named_only`, the capitalised
    words (or numbers) before the first word in lower case are the whole name ("Chi bộ ấp Tây
    Bình đã họp", "Chi bộ thôn 3 tổ chức đại hội")."""
    at, words, named = pos, 0, True
    while True:
        place = place_at(tv, at, None)
        if place is not None and place.level is not None and words \
                and text[at + 1:at + 2].isupper() and _ZONE.search(text, max(pos, at - 20), at + 1):
            after = place_at(tv, place.end, None)  # "… Mộc Bài tỉnh Tây Ninh": the board's
            if after is not None and after.level is not None \
                    and tv[place.end + 1:place.end + 2].islower():
                return place.end, skip_suffix(tv, after.end), after.level, after.name, None
            return place.end, place.end, None, None, None
        if place is not None and place.level is not None and _CAPITAL_NEXT.match(text, place.end) \
                and text[at:place.end].strip() == place.name:
            place = None  # "Chi bộ thôn Phú Vinh Trung": "Vinh" inside a longer name
        if place is not None and named_only and not words and text[at + 1:at + 2].isupper():
            place = None  # "Chi bộ ấp Phú Hòa": a hamlet named like a district, no level word
        if place is not None and place.level is not None:
            end = skip_suffix(tv, place.end)
            ordinal = _ORDINAL.match(tv, end)
            if ordinal is None:  # "… tỉnh An Giang": the body's place
                return at, end, place.level, place.name, None
            end = skip_suffix(tv, ordinal.end())  # "… tỉnh An Giang lần thứ XIX": one name
            return end, end, None, None, None
        of = _OF.match(text, at)
        if of is not None:
            body = read_body(of.end())
            if body is not None and body.slot != "sub":  # "… của Bộ Chính trị"
                return of.start() + len(of.group().rstrip()), body.end, None, None, body
            place = place_at(tv, of.end(), None)
            if place is not None and place.level is not None:  # "Ban Tiếp công dân của tỉnh"
                return at, place.end, place.level, place.name, None
        ordinal = _ORDINAL.match(tv, at)
        if ordinal is not None and words:
            end = skip_suffix(tv, ordinal.end())
            return end, end, None, None, None
        if words and (named and _CLOSED.match(text, at) or free and (
                _CLOSED.match(text, at) or _AND_TITLE.match(text, at))):
            return at, at, None, None, None
        zone = _ZONE_NAMED.match(text, at) if named and words < _MAX_WORDS else None
        if zone is not None:
            at, words = zone.end(), words + 1
            continue
        word = _WORD.match(text, at)
        if word is None and text[max(pos, at - 5):at].lower() == "phòng":
            word = _AGAINST.match(text, at)
        if word is None or words == _MAX_WORDS:
            return None
        token = word.group().strip(" -–")
        if named_only and named and words and not (token[0].isupper() or token[0].isdigit()):
            return at, at, None, None, None  # "Chi bộ thôn 3 tổ chức …": the name ends
        if token.lower() in description_stops() or token in _PARTS:
            return None
        # before a stop, only a name is known to have ended ("Tổ công tác số 12", "Tiểu ban
        # Văn kiện"); small words there are as likely a verb phrase ("Đoàn giám sát kết luận,")
        named = named and (token[0].isupper() or token[0].isdigit() or token == "số")
        at, words = word.end(), words + 1
