"""Leaders whose full name is also a place ("Hồ Chí Minh"): a person only right after a cue
("Chủ tịch Hồ Chí Minh", "Bác Hồ Chí Minh"), which the place readers and the name filter would
otherwise take for the city (`leader_names.tsv`)."""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.names_lexicon import HERE


@lru_cache(maxsize=1)
def _leaders() -> tuple[tuple[str, tuple[tuple[int, re.Pattern[str]], ...]], ...]:
    """Each name with its cues, a case-insensitive pattern each, by length."""
    out = []
    for line in (HERE / "leader_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, cues = line.split("\t")
        out.append((name, tuple((len(c), re.compile("(?i:" + re.escape(c) + ")"))
                                for c in cues.split("|"))))
    return tuple(out)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `re` calls \w


@lru_cache(maxsize=1)
def leader_names() -> frozenset[str]:
    return frozenset(name for name, _ in _leaders())


def leader_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each leader named after a cue in `text`, in text order: the name
    as a whole word (not the start of "Hồ Chí Minh City" names), after spaces after a cue that
    starts a word. Read back from each place the name is written — a scan of the text with a
    pattern led by the cues costs a step at every letter, and most texts name no such leader."""
    found = []
    for name, cues in _leaders():
        size = len(name)
        at = text.find(name)
        while at >= 0:
            stop = at + size
            if stop == len(text) or not _is_word(text[stop]):
                cue_end = at
                while cue_end and text[cue_end - 1].isspace():  # (what `re` calls \s)
                    cue_end -= 1
                if cue_end < at and any(
                        0 <= cue_end - length and cue.fullmatch(text, cue_end - length, cue_end)
                        and (cue_end == length or not _is_word(text[cue_end - length - 1]))
                        for length, cue in cues):
                    found.append((at, stop, name))
            at = text.find(name, at + 1)
    return sorted(found)
