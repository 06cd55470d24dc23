"""PhraseSet: the `str.find` phrase finder gives exactly what the regex alternation gives."""

from __future__ import annotations

import pytest
from cadregraph.ingest.extract.dates import _CANDIDATE, _FULL_NUMERIC, _FULL_WORDS
from cadregraph.ingest.extract.dates_scan import scan_digit_led
from cadregraph.ingest.extract.documents_codes import PARTY, party_codes
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.extract.phrases import PhraseSet
from cadregraph.ingest.normalize.residue import _IMAGE_FILE, _drop_image_files

SENTENCES = [
    "Sáng 3/4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết; kỳ họp HĐND (họp báo).",
    "HỘI NGHỊ TIẾP XÚC CỬ TRI tại xã, lễ hội đầu năm và buổi lễ trao quyết định.",
    "Đại hội_ không phải hội nghị1, nhưng đại hội là; hội-nghị và (lễ) thì có.",
    "İstanbul: hội nghị quốc tế",  # lower() lengthens "İ": the regex is used instead
]


@pytest.mark.parametrize("text", SENTENCES)
def test_event_cues_match_the_regex_alternation(text: str) -> None:
    phrases = vocabulary().cue_pattern
    expected = [m.span() for m in phrases.pattern.finditer(text)]
    assert [m.span() for m in phrases.finditer(text)] == expected
    assert expected  # every sentence holds at least one cue
    for pos, endpos in ((5, None), (0, 30), (10, 40)):
        limited = [m.span() for m in phrases.pattern.finditer(text, pos, endpos or len(text))]
        assert [m.span() for m in phrases.finditer(text, pos, endpos)] == limited


def test_longest_phrase_first_and_no_overlap() -> None:
    phrases = PhraseSet(["hội", "hội nghị", "nghị"])
    found = phrases.finditer("Hội nghị, hội và nghị")
    assert [m.group() for m in found] == ["Hội nghị", "hội", "nghị"]
    assert phrases.search("nghịhội") is None and phrases.search("xhội") is None


@pytest.mark.parametrize("text", [
    "Ngày 3/4/2024 và 12 tháng 5 năm 2023; 123/4, 5 - 6 ; 1.500 người; 07-8-2017.",
    "Số 445-KL/TU, 12345-NQ/TW, 05 - CT/TW và 123456-QĐ/TU.",
])
def test_fast_scans_equal_plain_finditer(text: str) -> None:
    for pattern in (_CANDIDATE, _FULL_NUMERIC):
        assert ([m.span() for m in scan_digit_led(pattern, text)]
                == [m.span() for m in pattern.finditer(text)])
    assert ([m.span() for m in scan_digit_led(_FULL_WORDS, text, words=True)]
            == [m.span() for m in _FULL_WORDS.finditer(text)])
    assert ([m.span() for m in party_codes(text)]
            == [m.span() for m in PARTY.finditer(text)])


def test_image_files_are_dropped_run_by_run() -> None:
    text = "Ảnh anh-1.JPG chụp tại hội trường; http://x.vn/a/b.png?x=1 và abc.jpg/def"
    cleaned = _drop_image_files(text)
    assert cleaned == _IMAGE_FILE.sub("", text)
    assert "JPG" not in cleaned and "png" not in cleaned and "hội trường" in cleaned


@pytest.mark.parametrize("text", SENTENCES)
def test_letter_tree_reads_as_the_find_scan(text: str) -> None:
    """`finditer`/`search` (a letter tree over the lowered text) keep what the `str.find`
    scan of every phrase (`hits`) gives: leftmost, then longest, never overlapping."""
    vocab = vocabulary()
    for phrases in (vocab.cue_pattern, vocab.future, vocab.not_event, vocab.elected,
                    vocab.dismissal, vocab.other_time, PhraseSet(["hội", "hội nghị", "nghị"])):
        for pos, endpos in ((0, None), (5, None), (0, 30), (10, 40), (12, 12)):
            spans, last = [], -1
            for start, end in phrases.hits(text, pos, endpos):
                if start >= last:
                    spans.append((start, end))
                    last = end
            assert [m.span() for m in phrases.finditer(text, pos, endpos)] == spans
            first = phrases.search(text, pos, endpos)
            assert (first.span() if first else None) == (spans[0] if spans else None)
