"""Tone-mark placement: fold the old style (hoà, thuỷ, Uỷ) to the new one (hòa, thủy, Ủy).

NFC does not unify the two (domain §9.2); dictionaries, the scorer's users and the graph all
expect one spelling. Only open syllables change: the oa/oe/uy cluster must end the syllable
("hoàng" is left alone) and uy after q keeps its mark on y ("quý").
"""

from __future__ import annotations

import re
from functools import cache

from cadregraph.ingest.normalize.tables import tone_pairs


@cache
def _pattern() -> re.Pattern[str]:
    pairs = tone_pairs()
    firsts = "".join(sorted({p[0] for p in pairs}))
    seconds = "".join(sorted({p[1] for p in pairs}))
    # Not after q/Q (quý), and not followed by another letter (the syllable must be open).
    # Character classes rather than an alternation of pairs: one pass, no backtracking; the
    # class comes first (the q test after it) so that `re` can skip ahead to candidates.
    return re.compile(rf"[{firsts}](?<![qQ].)[{seconds}](?![^\W\d_])")


def fix_tone_placement(text: str) -> str:
    pairs = tone_pairs()
    return _pattern().sub(lambda m: pairs.get(m.group(), m.group()), text)
