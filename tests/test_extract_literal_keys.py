"""The literal pre-tests that spare case-insensitive patterns (`literal_keys`): where they say
"no key here", the pattern they stand for must find nothing — on sentences we write, in every
case and with the look-alike letters `re` matches case-insensitively (ı, ſ)."""

from __future__ import annotations

import random
import re

import pytest
from cadregraph.ingest.extract.literal_keys import any_key, key_starts, keys_of, lower_forms

WORDS = ["vắng mặt", "không dự", "theo chỉ đạo của", "họp", "ủy quyền", "dự buổi sáng"]


def test_keys_stop_before_letters_re_matches_beyond_two_cases() -> None:
    # cut before "i" ("ı" matches it too); "ỉ" is another letter, with no look-alike
    assert set(keys_of(WORDS)) == {*WORDS[:5], "dự buổ"}
    assert set(keys_of(WORDS, first_word=True)) == {"vắng", "không", "theo", "họp", "ủy", "dự"}
    assert keys_of(["họp", "họp báo"]) == ("họp",)  # a key that starts another suffices
    with pytest.raises(ValueError, match="unsafe"):
        keys_of(["sinh hoạt"])  # "s" also matches "ſ": no safe key


def test_lower_forms_cover_what_re_matches() -> None:
    assert set(lower_forms(["sĩ"])) == {"sĩ", "ſĩ"}
    pattern = re.compile("(?i:sĩ)$")
    for text in ("Bác SĨ", "bác sĩ", "bác ſĩ"):
        assert pattern.search(text) and text.lower().endswith(lower_forms(["sĩ"]))


def test_no_key_means_no_match() -> None:
    pattern = re.compile("(?i:" + "|".join(map(re.escape, WORDS)) + ")")
    keys = keys_of(WORDS)
    rng = random.Random(7)
    pieces = [*WORDS, "Vắng Mặt", "KHÔNG DỰ", "THEO CHỈ ĐẠO CỦA", "theo chı đạo của", "HỌP",
              "DỰ BUỔI ſÁNG", "dự buổi Sáng", "ĐANG", "ông", " ", "tı", "ch"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        lower = text.lower()
        if len(lower) != len(text):
            continue  # callers fall back to the pattern there
        found = pattern.search(text) is not None
        assert found <= any_key(lower, keys, 0, len(lower)), text
        starts = key_starts(lower, keys)
        assert all(m.start() in starts for m in pattern.finditer(text)), text
