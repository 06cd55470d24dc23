"""A letter tree matches what the longest-first alternation of the same words matches."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.regex_trie import led_trie, word_trie

WORDS = {"bà", "bầu", "bầu cử", "ban", "ban thường vụ", "tỉnh", "tỉnh ủy"}
TEXTS = ["bầu cử", "bầu", "ban thường vụ tỉnh ủy", "bà con", "tỉnh ủyx", "ban thường", "b"]


def test_same_matches_as_the_alternation() -> None:
    plain = re.compile("(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + ")")
    tree = re.compile(word_trie(WORDS))
    for text in TEXTS:
        for at in range(len(text)):
            a, b = plain.match(text, at), tree.match(text, at)
            assert (a and a.group()) == (b and b.group()), (text, at)


def test_tails_and_letters() -> None:
    tree = re.compile(word_trie({"ủy ban", "ủy"}, tails={"ủy": r"(?!\w)"},
                                char=lambda c: r"\s+" if c == " " else re.escape(c)))
    assert tree.match("ủy   ban").group() == "ủy   ban"
    assert tree.match("ủy viên").group() == "ủy"
    assert tree.match("ủyx") is None


def test_led_trie_looks_behind_only_after_the_first_letter() -> None:
    # the same words found as the plain alternation with the look-behind and tail around it
    led = re.compile(led_trie(WORDS, r"(?<!\w.)", r"(?!\w)"), re.DOTALL)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(sorted(WORDS, key=len, reverse=True))
                       + r")(?!\w)")
    for text in [*TEXTS, "xbầu cử", "tỉnh, bà"]:
        assert [m.group() for m in led.finditer(text)] == \
            [m.group() for m in plain.finditer(text)], text
