"""Which "năm YYYY" of a text is its working year: the year of the work or meeting it reports
(contract §events: "công tác … năm 2024" in the lead, a review "năm 2017" held early the next
year). `dates_year` falls back on it when an article has no publication date.

A "năm YYYY" shortly after a word of work ("công tác", "nhiệm vụ", "6 tháng đầu", "trong" …),
or in a sentence that names a gathering, is a working year — except:
- a target, a term or a start ("đến năm 2030", "nhiệm kỳ", "từ năm 2013");
- the later year of a pair in a plan ("cuối năm 2017 đạt kết quả gì và năm 2018 làm gì");
and a plan "trong năm YYYY" after a word of will ("phải", "sẽ", "chủ trương", "tham mưu" …) is
the year of a meeting of January to June only: said from July on, it may be the next year's
(not a deadline: "phải xong trong năm 2021" is this year's);
and some working years are the year before the text's own:
- an emulation award of a year is conferred the year after ("Cờ thi đua năm 2016");
- a whole year told as done ("trong năm 2016 đã có …", "tình hình … năm 2016") in a meeting of
  January or February is reviewed early the next year.
The lunar new year named with its year ("Xuân Đinh Dậu 2017") is the year of the meetings
that greet it, from January to March (December's prepare it: the year before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from cadregraph.ingest.extract.dates_scan import by_first_letter
from cadregraph.ingest.extract.event_vocabulary import NOUN
from cadregraph.ingest.extract.phrases import lower_text

if TYPE_CHECKING:
    from cadregraph.ingest.extract.dates_year import YearClues

# "năm 2024" shortly after a word that makes it the working year of a report or meeting.
_WORK_WORD = re.compile(
    r"(?i)(?=[cnktsphđd])"  # the words' first letters: other positions are left at once
    r"(?<!\w)(?:"
    + by_first_letter("công tác|nhiệm vụ|kết quả|tổng kết|sơ kết|phương hướng|kế hoạch|"
                      "chỉ tiêu|hoạt động|thi đua|trong|đầu|cuối|trọng tâm|dân vận|chương trình|"
                      "của|hội nghị|đại hội")
    + r")"
    r"(?:,?\s+[\w.]+){0,6},?\s*$"
)
_NOT_WORK_YEAR = re.compile(
    r"(?i)(?=[đtmgsvnk])"  # the words' first letters
    r"(?:"
    + by_first_letter("đến|tới|tầm nhìn|định hướng|mục tiêu|giai đoạn|từ|sinh|vào đảng|"
                      "nhiệm kỳ|khóa|trước|sau|kể từ|vào")
    + r")\s*$"
)
# An emulation award names the year it rewards: "Cờ thi đua năm 2016", "Đơn vị xuất sắc trong
# phong trào thi đua năm 2016" — conferred the year after.
_AWARD_BEFORE = re.compile(
    r"(?i)(?:cờ|bằng khen|xuất sắc|danh hiệu|khen thưởng)[^.;:\n]{0,40}thi đua\s*$")
# A whole year told as done: results or the state of it before (in its clause), "đã" just after.
_REVIEW_WORD = re.compile(r"(?i)(?<!\w)(?:kết quả|tổng kết|tình hình|thành tích|so với|cùng kỳ)"
                          r"(?!\w)")
_CLAUSE_BREAK = re.compile(r"[.;:,\n]")
_DONE_AFTER = re.compile(r"\s*,?\s*(?:đã|vừa qua)(?!\w)")
# … unless the year is that of a plan, which is the current one: "Kế hoạch năm 2017 đã được
# ban hành", "nhiệm vụ năm 2017".
_PLAN_WORD = re.compile(r"(?i)(?<!\w)(?:nhiệm vụ|kế hoạch|phương hướng|chỉ tiêu|chương trình|"
                        r"mục tiêu|dự toán|chủ đề)(?!\w)")
# "6 tháng đầu năm 2017", "quý I năm 2017", "cuối năm 2017": part of a year, the current one.
_PART_BEFORE = re.compile(r"(?i)(?:tháng|quý\s+[IV\d]+|đầu|cuối|giữa)\s*$")
# A year paired after the one before it in a clause ("cuối năm 2017 đạt kết quả gì và năm
# 2018 làm gì"; "năm 2016 và kế hoạch năm 2017") is the plan beyond the current year … when the
# current one is still to be done: the pair's first year is its working year.
_PLAN_PAIR = re.compile(r"(?i)(?:cuối|trong|hết)\s+năm\s+(?:19|20)\d\d[^.;:,\n]{0,40}\svà\s+$")
REVIEW_MONTHS = 2  # a meeting in January or February reviews the year before
# "trong năm 2018" after a word of will in its clause ("ủng hộ chủ trương trong năm 2018 có
# giám sát chuyên đề", "tham mưu … ra những quyết sách đúng đắn trong năm 2018"): what is to be
# done within a year. Said in the first half of a year it is that year's ("Trong năm 2017 phải
# giảm phạm pháp hình sự" in February); said in the second half it may be this year's rest or
# the next year's, so it dates no meeting of July to December — unless it is a deadline, to
# finish within the year ("phải xong trong năm 2021"): that is this year's.
_WILL = re.compile(r"(?i)(?<!\w)(?:phải|sẽ|cần|chủ trương|đề nghị|phấn đấu|dự kiến|tham mưu|"
                   r"quyết tâm|yêu cầu)(?!\w)[^.;:!?\n]*\btrong\s*$")
_FINISH = re.compile(r"(?i)(?<!\w)(?:xong|hoàn thành|hoàn tất|kết thúc)(?!\w)")
PLAN_MONTHS = 6  # a plan "trong năm X" said in these first months of a year is of year X
# The lunar new year by its name and year, "Xuân Đinh Dậu 2017", "Tết Nguyên đán Đinh Dậu –
# 2017": the year of meetings around it (the name must be that year's, a check on the digits).
_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")  # year % 10
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ",
             "mùi")  # year % 12
# (searched in the lower-cased text: `re` skips to "x" and "t" there, not under IGNORECASE)
_LUNAR = re.compile(r"(?:xuân|tết(?:\s+nguyên\s+đán)?)\s+(\w+)\s+(\w+)\s*[-–]?\s*"
                    r"((?:19|20)\d\d)(?!\d)")
_BRANCH_ALIASES = {"mẹo": "mão", "tị": "tỵ"}
TET_MONTHS = (1, 2, 3)  # meetings of these months greet the new year; December's, the coming one


class WorkYear(NamedTuple):
    year: int
    # "plain"; "award" (of the year before the text's); "review" (of a done year); "tet" (a
    # lunar new year's: of the meetings around it); "plan" (to be done within the year)
    kind: str

    def of_month(self, month: int) -> int | None:
        """The year of a meeting in `month` that names this working year (None: no clue)."""
        if self.kind == "award" or (self.kind == "review" and month <= REVIEW_MONTHS):
            return self.year + 1
        if self.kind == "plan":
            return self.year if month <= PLAN_MONTHS else None
        if self.kind == "tet":
            return self.year if month in TET_MONTHS else self.year - 1 if month == 12 else None
        return self.year


def lunar_years(text: str) -> list[WorkYear]:
    """The lunar new years named with their year ("Xuân Đinh Dậu 2017")."""
    if "ết" not in text and "uân" not in text and "ẾT" not in text and "UÂN" not in text:
        return []
    out = []
    for match in _lunar_matches(lower_text(text)):
        stem, branch, year = match.group(1), match.group(2), int(match.group(3))
        if (_STEMS[year % 10] == stem
                and _BRANCHES[year % 12] == _BRANCH_ALIASES.get(branch, branch)):
            out.append(WorkYear(year, "tet"))
    return out


def _lunar_matches(lower: str) -> list[re.Match[str]]:
    """`_LUNAR.finditer(lower)`, tried only where "xuân" or "tết" starts (`str.find`): `re`
    would try it at every "t" of the text."""
    starts = []
    for word in ("xuân", "tết"):
        at = lower.find(word) if word in lower else -1
        while at >= 0:
            starts.append(at)
            at = lower.find(word, at + 1)
    out: list[re.Match[str]] = []
    last = 0
    for at in sorted(starts):
        if at >= last and (match := _LUNAR.match(lower, at)):
            out.append(match)
            last = match.end()
    return out


def work_years(clues: YearClues, mentions: tuple[re.Match[str], ...]) -> list[WorkYear]:
    """The working years among `mentions` ("năm YYYY" matches, group 1 the year)."""
    out = []
    for match in mentions:
        kind = _kind(clues, match)
        if kind:
            out.append(WorkYear(int(match.group(1)), kind))
    return out


def _kind(clues: YearClues, match: re.Match[str]) -> str | None:
    """The `WorkYear` kind of a "năm YYYY" that is a working year ("plain", "award" or
    "review"), else None."""
    context = clues.context
    text = context.text
    start = match.start()
    if _NOT_WORK_YEAR.search(text, max(0, start - 20), start):
        return None
    sentence = context.sentence_at(start)
    begin = sentence.start if sentence else max(0, start - 80)
    window = max(begin, start - 80)
    if not _WORK_WORD.search(text, window, start) and (
            sentence is None or sentence.index not in clues.dating_sentences
            or (cue := clues.best_cue(sentence)) is None or cue.priority < NOUN):
        # Without a word of work, only a gathering the sentence dates makes it the working
        # year: named beside a year in a sentence that dates none, a gathering is another, of
        # that year ("đăng cai Diễn đàn du lịch ASEAN năm 2019").
        return None
    if _PLAN_PAIR.search(text, window, start):
        return None
    if _AWARD_BEFORE.search(text, max(begin, start - 60), start):
        return "award"
    if (will := _WILL.search(text, window, start)) and not _FINISH.search(will.group()):
        return "plan"
    if _PART_BEFORE.search(text, max(begin, start - 12), start):
        return "plain"
    # The nearest word before governs — the "kế hoạch năm 2017" of "kết quả năm 2016 và kế hoạch
    # năm 2017" is planned — but a review governs the plan it is of.
    review = _last(_REVIEW_WORD, text, window, start)
    plan = _last(_PLAN_WORD, text, window, start)
    if review >= 0 and _CLAUSE_BREAK.search(text, review, start):
        review = -1  # in another clause
    if plan >= 0 and _CLAUSE_BREAK.search(text, plan, start):
        plan = -1
    if plan > review >= 0 and " và " not in text[review:plan]:
        plan = -1  # the plan is what the review is of: "kết quả thực hiện nhiệm vụ năm 2016"
    if review > plan or (plan < 0 and _DONE_AFTER.match(text, match.end())):
        return "review"
    return "plain"


def _last(pattern: re.Pattern[str], text: str, begin: int, end: int) -> int:
    """Where the last match of `pattern` in text[begin:end] starts, or -1."""
    return max((m.start() for m in pattern.finditer(text, begin, end)), default=-1)
