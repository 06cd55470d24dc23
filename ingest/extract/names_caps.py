"""Where a word in capitals may be part of a person's name. Capitals are a name's only on an
ALL-CAPS line (a headline, in title case once read), or right after a body's name in a caption
("… Chủ tịch UBND TP Đà Nẵng TRẦN VĂN AN"), or right after an honorific in prose that sets
the name in capitals ("Ông CHAU VĂN KEM - Bí thư Huyện ủy: …", interviews and vox pops).
A capitalised run thus splits into runs of words that may make names (`name_runs`)."""

from __future__ import annotations

from functools import lru_cache

from cadregraph.ingest.extract.names_filter import line_bounds
from cadregraph.ingest.extract.names_lexicon import honorific_before

# honorifics after which a word names a person (a given name alone, or capitals); ranks and
# "GS"/"TS" are capitals themselves
PERSON_CUES = ("ông", "bà", "anh", "chị", "đồng chí", "đ/c")
# a run of words that may make names: starts, ends, words, as a name shows them, title case
Run = tuple[list[int], list[int], list[str], list[str], list[str]]


def is_caps_line(text: str, start: int) -> bool:
    lo, hi = line_bounds(text, start)
    if hi - lo > 300:  # headlines are short
        return False
    letters = [c for c in text[lo:hi] if c.isalpha()]
    return len(text[lo:hi].split()) >= 5 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def caps_may_name(text: str, start: int, mask: bytearray | None,
                  caps_cache: dict[int, bool]) -> tuple[bool, bool]:
    """(capitals at `start` may be part of a name, the name then holds capitals only) for a
    word in capitals; `mask` marks bodies (None: none in this run of words)."""
    lo = text.rfind("\n", 0, start) + 1
    if lo not in caps_cache:
        caps_cache[lo] = is_caps_line(text, start)
    if caps_cache[lo]:
        return True, False
    after_body = mask is not None and start > 1 and mask[start - 2] == 1 \
        and text[start - 1] == " "
    # (most capitals are abbreviations after no cue: a cheap look at the word before first)
    only = after_body or (text[max(0, start - 12):start].lower().rstrip(" :,").endswith(
        PERSON_CUES) and honorific_before(text, start) in PERSON_CUES)
    return only, only


@lru_cache(maxsize=16384)  # asked for every word of every capitalised run
def word_forms(word: str) -> tuple[str, str, int]:
    """(the word as a name shows it, its title case, whether it may be part of a name: 2 yes,
    1 only on an ALL-CAPS line, 0 no)."""
    if not word[0].isupper():
        ok = 0
    elif word.isupper() and len(word) > 1:
        ok = 1
    else:
        ok = 2 if word[1:].islower() or len(word) == 1 or "'" in word or "’" in word else 0
    return word.title() if word.isupper() else word, word.title(), ok


def name_runs(text: str, starts: list[int], raw: list[str], forms: list[tuple[str, str, int]],
              mask: bytearray | None, caps_cache: dict[int, bool]) -> list[Run]:
    """The runs of name-like words among the `raw` words of a capitalised run (at `starts`,
    `forms` by `word_forms`), free of `mask` (None: all free): starts, ends, words, words
    as a name shows them, title case."""
    runs: list[Run] = []
    i, size = 0, len(raw)
    while i < size:
        start, word, form = starts[i], raw[i], forms[i]
        end = start + len(word)
        caps = only_caps = False
        if form[2] == 1:  # only ALL-CAPS words need it
            caps, only_caps = caps_may_name(text, start, mask, caps_cache)
        if not (form[2] == 2 or caps) or (mask is not None and mask.find(1, start, end) >= 0):
            i += 1
            continue
        run_starts, ends, run_raw, shown, titled = [start], [end], [word], [form[0]], [form[1]]
        j = i + 1
        while j < size:
            start, word, form = starts[j], raw[j], forms[j]
            end = start + len(word)
            if start != ends[-1] + 1 or text[ends[-1]] != " " \
                    or not (form[2] == 2 and not only_caps or (caps and form[2] == 1)) \
                    or (mask is not None and mask.find(1, start, end) >= 0):
                break
            run_starts.append(start)
            ends.append(end)
            run_raw.append(word)
            shown.append(form[0])
            titled.append(form[1])
            j += 1
        i = j
        runs.append((run_starts, ends, run_raw, shown, titled))
    return runs
