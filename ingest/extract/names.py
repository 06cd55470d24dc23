"""Finding person names in a text: full names, and later given-name mentions ("ông Hải").

A full name is a run of capitalised words that starts with a family name (`family_names.txt`)
and has at least one more word. Runs inside body names (already read by `bodies`) are skipped,
as are places, bylines and photo credits. ALL-CAPS names count only inside a headline and are
written in title case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cadregraph.ingest.extract.names_called import LEADERS as _LEADERS
from cadregraph.ingest.extract.names_called import NOT_GIVEN as _NOT_GIVEN
from cadregraph.ingest.extract.names_called import STOP as _STOP
from cadregraph.ingest.extract.names_called import called_by_two, rare_family
from cadregraph.ingest.extract.names_caps import PERSON_CUES, name_runs, word_forms
from cadregraph.ingest.extract.names_ends import (
    DATE_WORDS,
    MAY_END,
    ends_name,
    lower_given,
    opens_clause,
    starts_inside,
)
from cadregraph.ingest.extract.names_filter import (
    is_byline,
    is_place,
    place_prefix,
    runs_into_place,
)
from cadregraph.ingest.extract.names_leaders import leader_spans
from cadregraph.ingest.extract.names_lexicon import (
    family_names,
    honorific_before,
    is_family_name,
    is_female_prefixed,
)
from cadregraph.ingest.extract.names_lower import lower_middle_names
from cadregraph.ingest.extract.regex_trie import either_case
from cadregraph.ingest.normalize.tables import UPPER

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GIVEN_CUES = ("ông", "bà", "anh", "chị", "chí", "đ/c")
# Letters whose lower case ends a cue: a lone word is a name only after a cue and a space,
# so lone words after anything else need not leave the regex (most do not).
# (Outside the BMP no letter lowers to a Vietnamese one.)
_LAST_LETTERS = frozenset(cue[-1] for cue in _GIVEN_CUES)
_CUE_LAST = "".join(c for c in map(chr, range(0x10000)) if c.lower()[-1:] in _LAST_LETTERS)
# "After a cue" as look-behinds: a cue (any case), then 1-8 spaces, within the 9 characters
# before the word. (IGNORECASE and `lower` agree on the cues' letters: see the tests.)
_CUE_BEFORE = "|".join(
    rf"(?<=(?:{'|'.join(''.join(map(either_case, c)) for c in _GIVEN_CUES if len(c) == n)})"
    rf"\s{{{w}}}.)"
    for n in sorted({len(c) for c in _GIVEN_CUES}) for w in range(1, 10 - n))
_CUED = rf"(?<=\s\s.|[{re.escape(_CUE_LAST)}]\s.)(?:{_CUE_BEFORE})"  # (a quick test first)
# Runs of capitalised words: only these can hold a name, so the rest of the text is skipped.
# (The look-behind follows the first letter so that `re` can skip to capitals quickly.) A
# lone word must follow a cue; the group "cue" tells whether a longer run does (asked once
# the run is sure).
_CAP_RUN = re.compile(rf"[{UPPER}](?<![\w'’].)(?:(?=[\w'’]* [{UPPER}])(?:{_CUED}(?P<cue>))?"
                      rf"[\w'’]*(?: [{UPPER}][\w'’]*)+|{_CUED}[\w'’]*(?! [{UPPER}]))")
_MINORITY = {"Y", "Chau", "Néang", "Neang", "Điểu", "Ksor", "Siu", "Rơ", "H'"}
_CUED_NAME = re.compile(rf"[{UPPER}]\w* (?:Văn|Thị) [{UPPER}]")
_CUED_GAPS = (" Văn ", " Thị ")
_LOWER_NEXT = re.compile(rf" (?![{UPPER}])\w")


@dataclass
class NameMention:
    start: int
    end: int
    name: str
    honorific: str  # the word before the name, lower-cased ("ông", "đồng chí", ""), if any
    given_only: bool = False  # "ông Hải": a later mention by the given name


# Words that let a run hold a name: a family name (not last), or a cue anywhere. Family names
# are written in title case, so `is_family_name(w)` is `w.title() in family_names()`; and for
# the cues' plain letters, `w.lower() == cue` is `w.title() == cue.title()`.
_CUE_WORDS = frozenset(w.title() for w in ("ông", "bà", "anh", "chị", "chí", "đ/c", "văn"))
_FAMILY_OR_CUE = family_names() | _CUE_WORDS
_ODD_FAMILY = frozenset(w for w in family_names() if w != w.title())  # (none today)


# Capitalised runs recur (places, bodies, names): their answer is kept, as a word's would be.
_HOLDS: dict[str, bool] = {}


def _may_hold_name(words: str) -> bool:
    held = _HOLDS.get(words)
    if held is None:
        held = _HOLDS[words] = _holds_name(words)
        if len(_HOLDS) > 16384:  # (bounded, as the word caches are)
            _HOLDS.clear()
    return held


def _holds_name(words: str) -> bool:
    # a full name starts with a family name that is not the last word; a given name alone
    # needs "ông"/"bà"/"đồng chí" just before it. (Title-casing words apart or joined by
    # spaces is the same.)
    titled = words.title().split()
    return titled[-1] in _CUE_WORDS or not _FAMILY_OR_CUE.isdisjoint(titled[:-1]) \
        or bool(_ODD_FAMILY and not _ODD_FAMILY.isdisjoint(words.split()[:-1])) \
        or ("'" in words or "’" in words) and any(map(is_female_prefixed, words.split()[:-1]))


def find_names(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Full names and given-name mentions, in text order; `taken` are spans of bodies/places."""
    mask = bytearray(len(text) + 1)
    for a, b in taken:
        # (the regex's space is the first after `a`: a cheap look there first)
        if text.startswith(_CUED_GAPS, text.find(" ", a)) and _CUED_NAME.match(text, a) \
                and honorific_before(text, a) in ("ông", "bà"):
            continue  # "ông Báo Văn Lịch": a person, though a paper's name ("Báo …") fits
        mask[a:b] = b"\x01" * (b - a)
    out: list[NameMention] = []
    caps_cache: dict[int, bool] = {}
    tail = len(text.rstrip())  # a name ending here or later is cut with the excerpt
    for span in _CAP_RUN.finditer(text):
        words = span.group()
        # (a lone capitalised word, a name only after "ông", "bà", "đồng chí", has its cue)
        if span.start("cue") < 0 and " " in words and not _may_hold_name(words):
            continue  # no family name and no "ông" before: no name can start in it
        start, end = span.span()
        free = mask.find(1, start, end) < 0
        if words.replace(" ", "").isalpha():  # letters only: the words are the tokens
            raw = words.split(" ")
            forms = [word_forms(word) for word in raw]
            starts, ends, at = [], [], start
            for word in raw:
                starts.append(at)
                at += len(word)
                ends.append(at)
                at += 1
            if free and all(form[2] == 2 for form in forms):  # (most runs: one run of names)
                _names_in_run(text, starts, ends, raw, [form[0] for form in forms],
                              [form[1] for form in forms], tail, out)
                continue
        else:
            found = list(_TOKEN.finditer(text, start, end))
            raw, starts = [m.group() for m in found], [m.start() for m in found]
            forms = [word_forms(word) for word in raw]
        for run in name_runs(text, starts, raw, forms, None if free else mask, caps_cache):
            _names_in_run(text, *run, tail, out)
    lowered = lower_middle_names(text, mask)
    if lowered:  # "ông Nguyễn văn Quyết": the whole name, not "ông Nguyễn" called by one word
        out = [m for m in out if not any(m.start < b and a < m.end for a, b, _, _ in lowered)]
        out += [NameMention(*found) for found in lowered]
        out.sort(key=lambda m: m.start)
    leaders = leader_spans(text)
    if leaders:  # "Chủ tịch Hồ Chí Minh": the person, where the readers above saw the city
        out += [NameMention(a, b, name, "") for a, b, name in leaders
                if not any(m.start < b and a < m.end for m in out)]
        out.sort(key=lambda m: m.start)
    return out


def _names_in_run(text: str, starts: list[int], ends: list[int], raw: list[str],
                  shown: list[str], titled: list[str], tail: int,
                  out: list[NameMention]) -> None:
    size = len(starts)
    lead = 0  # the names that may start after the first word: those after leaders only
    if len(raw[0]) == 1 and text[starts[0] - 1:starts[0]] == "." and size > 2:
        lead = 1  # "Th.S Lê Văn A": the title's last letter, glued by its dot, leads the run
    while lead < size and titled[lead] in _LEADERS:
        lead += 1
    if size - lead > 3:  # "… nước CHXHCN Việt Nam Võ Thị Ánh Xuân": a country or province first
        skip = place_prefix(tuple(titled[lead:lead + 3]))
        if skip and size - lead - skip >= 2 and is_family_name(raw[lead + skip]):
            lead += skip
    if size - lead == 2:
        called = called_by_two(text, starts[lead:], ends[lead:], raw[lead:], shown[lead:], tail)
        if called is not None:
            out.append(NameMention(*called, True))
            return
    # no name starts inside that place: "Đài PT-TH An Giang Lê Văn An" is not "Giang Lê Văn An"
    k = lead if lead and size - lead > 1 and titled[lead - 1] not in _LEADERS else 0
    while k < size:
        first = shown[k]
        if k == size - 1:
            hon = "" if first in _NOT_GIVEN else honorific_before(text, starts[k])
            if hon in PERSON_CUES:
                out.append(NameMention(starts[k], ends[k], first, hon, True))
            break
        if lead < k and not starts_inside(raw, titled, k):
            # no full name can start here: only the last word is left to try, or a name
            # that shows itself inside the run (`starts_inside`)
            k = next((i for i in range(k + 1, size - 1) if starts_inside(raw, titled, i)),
                     size - 1)
            continue
        rare = not is_family_name(first)
        if first in _STOP or (rare and not rare_family(text, starts, raw, k)):
            k += 1
            continue
        # "Lê Nguyễn Thị Ái Trâm": a mother's family name before "Thị"/"Văn" makes five words
        limit = 5 if first in _MINORITY or is_female_prefixed(first) or (
            size - k > 4 and titled[k + 2] in ("Thị", "Văn") and is_family_name(raw[k + 1])) else 4
        j = k + 1
        # (only a few words may end a name: the rest need not ask `ends_name`)
        while j < size and j - k < limit and not (
                (titled[j] in MAY_END or raw[j] in DATE_WORDS)
                and ends_name(text, starts, ends, raw, titled, j)):
            j += 1
        if j - k > 2 and titled[j - 2] not in ("Thị", "Văn") \
                and (j == size and opens_clause(text, ends[j - 1], titled[j - 1])
                          or j < size and runs_into_place(titled[j - 1], titled[j])):
            j -= 1  # "… Lê Văn An Cùng dự", "… Lê Văn Hà Tĩnh": the next clause or a place
        # "Nguyễn Văn A" (a name withheld or a placeholder): a lone letter after "Văn"/"Thị"
        # ends a name unless it is an initial ("Nguyễn Văn A.")
        if j - k < (3 if rare else 2) or titled[j - 1] in ("Thị", "Văn") or len(raw[j - 1]) < 2 \
                and (titled[j - 2] not in ("Thị", "Văn") or text.startswith(".", ends[j - 1])):
            k += 1
            continue
        start, end = starts[k], ends[j - 1]
        if end >= tail:  # the excerpt is cut inside this name
            break
        if first == "Đoàn" and j - k == 2 and _LOWER_NEXT.match(text, end):
            k = j  # "Đoàn Đại biểu", "Đoàn Kiểm tra": a delegation, not Mr Đoàn
            continue
        words = shown[k:j]
        if j - k == 2 and j == size:  # "Đinh Văn thắng" where "Đinh Văn Thắng" is written too
            end, words = lower_given(text, end, words)
        if len(words) > 2 and words[-1] == words[-2]:  # "Trần Thế Thuận Thuận": a typo
            words.pop()
            end = ends[j - 2]
        name = " ".join(words)
        hon = honorific_before(text, start)
        if not hon and (is_byline(text, start, end) or is_place(text, start, name)):
            k = j
            continue
        out.append(NameMention(start, end, name, hon))
        k = j
