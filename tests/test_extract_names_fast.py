"""The fast paths of the name finder and of `attach` give what the plain regexes they replace
give, on texts written to hit their edges (letters that IGNORECASE and `lower` treat apart,
windows cut at the text start, words inside words)."""

from __future__ import annotations

import itertools
import re

from cadregraph.ingest.extract import names, names_filter, persons_attach_patterns
from cadregraph.ingest.extract.names_lexicon import (
    FoldedSearch,
    case_exotic,
    honorific_before,
    honorifics,
    is_family_name,
    trie_pattern,
)

SAMPLES = [
    "Theo ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, bà Lê Thị Hoa (PGS.TS: Trần Minh) và "
    "đồng chí Võ Văn Thưởng; Đại tá  Hồ Sĩ Bình - GS,TS Lê Văn Tám, THIẾU TƯỚNG Phạm Hùng.",
    "Ông Hải, bà  Lan, anh\tBa, chị\n\nTư, chí Minh, đ/c Hùng, xông Hà, bà        Mai, ÔNG Tâm",
    "đường Nguyễn Huệ, phố Lê Lợi, thành phố Hồ Chí Minh, số 12 Trần Phú, (5 Lý Thường Kiệt, "
    "qua các giao lộ: Nguyễn Thông, Nguyễn Thái Bình, sân bay Tân Sơn Nhất, Di Tích Kim Liên",
    "THİẾU TƯỚNG Lê An, thıếu tướng Hà Bình, haJİ Omar, ſố 5 Lê Lai, các đườnG Lê Duẩn, "
    "ngã tư Hàng Xanh, kİnh qua Lê Văn, nguyên_ Hà, GS. , Phan Văn Khải",
    "các phố Lê Lợi,\nHàng Bài\n Lý Thái Tổ: ngã ba  Huế ,  Đà Nẵng\nGiao Lộ:\nLê Lai",
]


def _given_cue(text: str, start: int) -> bool:
    """The rule the scan's look-behinds implement: a cue, then spaces, in 9 characters."""
    window = text[max(0, start - 9):start]
    stripped = window.rstrip()
    return len(stripped) < len(window) and stripped.lower().endswith(names._GIVEN_CUES)


def test_cue_letters_lower_as_ignorecase_matches() -> None:
    assert case_exotic(names._GIVEN_CUES) == ""
    assert case_exotic(["si"]) == "İıſ"


def test_honorific_before_is_the_regex_search() -> None:
    regex = re.compile(r"(?:^|(?<=[\s(:,;\-–]))(" + "|".join(
        re.escape(w) for w in sorted(honorifics(), key=len, reverse=True))
        + r")\s*[:,]?\s*$", re.IGNORECASE)
    # (long gaps: the window starts inside an honorific, which the backward match must see)
    for text in SAMPLES + ["Gặp các đồng chí             Hải", "x GS.TS.:          ,  Lan"]:
        for start in range(len(text) + 1):
            match = regex.search(text, max(0, start - 24), start)
            assert honorific_before(text, start) == (match.group(1).lower() if match else "")


def test_scan_marks_cued_runs_and_keeps_cued_lone_words() -> None:
    upper, cue_last = names.UPPER, re.escape(names._CUE_LAST)
    plain = re.compile(rf"[{upper}](?<![\w'’].)(?:[\w'’]*(?: [{upper}][\w'’]*)+"
                       rf"|(?<=\s\s.|[{cue_last}]\s.)[\w'’]*(?! [{upper}]))")
    for text in SAMPLES:
        spans = list(names._CAP_RUN.finditer(text))
        assert [m.span() for m in spans] == [
            m.span() for m in plain.finditer(text)
            if " " in m.group() or _given_cue(text, m.start())]
        for span in spans:
            cued = _given_cue(text, span.start())
            assert cued == (" " not in span.group() or span.start("cue") >= 0)


def test_may_hold_name_is_family_name_or_cue() -> None:
    words = ["Nguyễn", "NGUYỄN", "Văn", "Ông", "ÔNG", "Hà", "Nội", "H'", "Việt", "Nam", "Bà"]
    for run in itertools.permutations(words, 3):
        expected = any(map(is_family_name, run[:-1])) or any(
            w.lower() in ("ông", "bà", "anh", "chị", "chí", "đ/c", "văn") for w in run)
        assert names._may_hold_name(" ".join(run)) == expected


def test_place_before_is_the_two_regexes() -> None:
    for text in SAMPLES:
        for start in range(len(text) + 1):
            expected = bool(
                names_filter._PLACE_BEFORE.search(text, max(0, start - 20), start)
                or names_filter._STREETS.search(text, max(0, start - 80), start))
            assert names_filter._place_before(text, start) == expected


def test_verb_ends_is_the_forward_regex() -> None:
    forward = re.compile(
        r"(?:" + "|".join(map(re.escape, persons_attach_patterns._VERBS))
        + r")\s*(?:(?:các |nhiều )?"
        r"(?:chức(?: vụ| danh)?|cương vị|vị trí)(?: lãnh đạo| quan trọng| chủ chốt)*\s*)?"
        r"(?:như\s*)?:?\s*$", re.IGNORECASE)
    gaps = ["", " được bầu giữ chức ", " GIỮ CHỨC VỤ:\n", " làm ", " là", " xlà ",
            " được bầu giữ các chức vụ quan trọng lãnh đạo như: ", " kinh qua nhiều cương vị ",
            " rồi sang ", " giữ chức danh", " tái cử chức vụ", " bầu bổ sung vào "]
    for gap in gaps + [g + "x" for g in gaps] + [g.upper() for g in gaps]:
        assert persons_attach_patterns.verb_ends(gap) == bool(forward.search(gap)), gap


def test_folded_search_is_the_ignorecase_search() -> None:
    pattern = r"(?:n(?<!\w.)guyên|t(?<!\w.)ừng|s(?<!\w.)ẽ|để (?:\w+\s+){0,3}bầu)\b"
    folded, flagged = FoldedSearch(pattern), re.compile(pattern, re.IGNORECASE)
    for text in ["NGUYÊN", "xnguyên", "Từng.", "ſẽ", "SẼ", "Để HĐND bầu", "để a b c d bầu",
                 "İ nguyên", "nguyên_", "a TỪNG b"]:
        assert folded(text) == bool(flagged.search(text)), text


def test_trie_pattern_matches_as_longest_first() -> None:
    words = ["bà", "bầu", "b", "ông", "các ông", "các", "gs.", "gs.ts.", "gs", "pgs, ts"]
    trie = re.compile(trie_pattern(words) + r"\s*$", re.IGNORECASE)
    plain = re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                       + r")\s*$", re.IGNORECASE)
    for text in ["các ông ", "CÁC", "gs.ts. ", "GS. ", "pgs, ts", "bầu", "b ", "x bà"]:
        for pos in range(len(text)):
            a, b = trie.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span()), text
