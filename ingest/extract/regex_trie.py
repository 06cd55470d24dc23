"""Alternations of many words written as letter trees: "b(?:à|ầu)" for "bà|bầu".

`re` tries an alternation branch by branch at every position; the tree checks each letter
once. Deeper branches come before a word's end, so where one word begins another the longer
is tried first, as in a longest-first alternation. Followed by a boundary such as `(?!\\w)`,
the tree matches what the plain alternation matches, provided each word is one run of the
boundary's class: then one word at most fits at each position. `case_trie` writes a tree that
matches as under IGNORECASE without the flag, so that `re` can still skip by first letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping


def word_trie(words: Iterable[str], tails: dict[str, str] | None = None,
              char: Callable[[str], str] = re.escape) -> str:
    """The tree of `words`; `tails` puts a boundary (or a look-ahead that implies it) after
    each word instead, and `char` writes each letter (as `\\s+` for a space, say)."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = (tails or {}).get(word, "")

    def branch(node: dict) -> str:
        alts = [char(c) + branch(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            alts.append(node[""])  # the word ends here
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(trie)


def led_trie(words: Iterable[str], behind: str, tail: str = "") -> str:
    """The tree of `words` as one branch per first letter, `behind` (a look-behind) tested
    right after that letter: `re` skips ahead to the letters a word can start with, and looks
    behind only there. `tail` ends every word."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(first) + behind + word_trie(after, dict.fromkeys(after, tail))
                    for first, after in sorted(rests.items()))


def next_words(phrases: Iterable[list[str]]) -> dict[str, set[str] | None]:
    """Each first word of the `phrases` (as lists of words) and the second words it takes;
    None where a phrase is that word alone (any word may follow). A look-ahead on the next
    word turns most spots away before a costly pattern is tried."""
    table: dict[str, set[str] | None] = {}
    for first, *rest in phrases:
        known = table.get(first, set())
        table[first] = None if not rest or known is None else known | {rest[0]}
    return table


def merge_next_words(*tables: Mapping[str, Collection[str] | None]
                     ) -> dict[str, set[str] | None]:
    """The `next_words` tables of several kinds of phrase as one (None wins: any word)."""
    merged: dict[str, set[str] | None] = {}
    for table in tables:
        for word, after in table.items():
            known = merged.get(word, set())
            merged[word] = None if after is None or known is None else known | set(after)
    return merged


# (outside the BMP no letter case-maps to a Latin one)
BMP_CHARS = "".join(map(chr, range(0x10000)))


def either_case(letter: str) -> str:
    """`letter` as the class of what IGNORECASE matches it with: a case-sensitive regex of
    such classes matches as the IGNORECASE one does, and `re` can then skip an alternation's
    branches by their first letter, which it cannot under IGNORECASE."""
    if not letter.isalpha():
        return re.escape(letter)
    return "[" + "".join(map(re.escape, re.findall("(?i)" + re.escape(letter), BMP_CHARS))) + "]"


def case_trie(words: Iterable[str]) -> str:
    """`word_trie` of `words` under IGNORECASE, written case-sensitive (see `either_case`)."""
    return "(?:" + word_trie(words, char=either_case) + ")"
