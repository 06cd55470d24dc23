"""Sentence splitting: abbreviations, numbers, document codes, lines, offsets."""

from __future__ import annotations

from cadregraph.ingest.extract.sentences import abbreviations, split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_numbers_do_not_split() -> None:
    text = ("Sáng 3/4, PGS.TS. Nguyễn Văn An dự họp tại TP. Long Xuyên. Có 1.500 người dự. "
            "Theo Chỉ thị 05-CT/TW, đ/c Bí thư phát biểu tại Q.1 TP.HCM. Hết.")
    assert _texts(text) == [
        "Sáng 3/4, PGS.TS. Nguyễn Văn An dự họp tại TP. Long Xuyên.",
        "Có 1.500 người dự.",
        "Theo Chỉ thị 05-CT/TW, đ/c Bí thư phát biểu tại Q.1 TP.HCM.",
        "Hết.",
    ]


def test_initials_end_mark_questions_and_lines() -> None:
    text = "TIÊU ĐỀ\nBà N.H. Mai đến! Kết thúc./. Vì sao? ông nói\n- ý một\n- ý hai"
    assert _texts(text) == ["TIÊU ĐỀ", "Bà N.H. Mai đến!", "Kết thúc./.", "Vì sao? ông nói",
                            "- ý một", "- ý hai"]


def test_offsets_point_into_the_text() -> None:
    text = "  Câu một.  Câu hai!\n\nCâu ba"
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_abbreviation_file_holds_real_entries() -> None:
    assert {"TP", "PGS.TS", "ThS", "đ/c"} <= abbreviations()
