"""Leaders whose full name is also a place ("Hồ Chí Minh"): a person only right after a cue
("Chủ tịch Hồ Chí Minh", "Bác Hồ Chí Minh"), which the place readers and the name filter would
otherwise take for the city (`leader_names.tsv`)."""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.names_lexicon import HERE


@lru_cache(maxsize=1)
def _leaders() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for line in (HERE / "leader_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, cues = line.split("\t")
        # the cue, then the name as a whole word, not the start of "Hồ Chí Minh City" names
        pattern = (r"(?<![\w])(?i:" + "|".join(re.escape(c) for c in cues.split("|"))
                   + r")\s+(" + re.escape(name) + r")(?![\w])")
        out.append((name, re.compile(pattern)))
    return tuple(out)


@lru_cache(maxsize=1)
def leader_names() -> frozenset[str]:
    return frozenset(name for name, _ in _leaders())


def leader_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each leader named after a cue in `text`, in text order."""
    found = []
    for name, pattern in _leaders():
        if name not in text:  # (a plain look first: most texts name no such leader)
            continue
        found += [(m.start(1), m.end(1), name) for m in pattern.finditer(text)]
    return sorted(found)
