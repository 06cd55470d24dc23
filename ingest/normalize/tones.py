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
def _patterns() -> tuple[re.Pattern[str], ...]:
    pairs = tone_pairs()
    firsts = sorted({p[0] for p in pairs})
    seconds = "".join(sorted({p[1] for p in pairs}))
    # Not after q/Q (quý), and not followed by another letter (the syllable must be open).
    # One pattern per first letter, opening with that letter: `re` finds a literal fast but
    # tests a class at every character. A match and its replacement stay letters, never
    # "q" and never a first letter followed by a second one, so the passes do not interact.
    # The second letter is tested before the one before the first: most "o" and "u" fail
    # there, at once.
    return tuple(re.compile(rf"{re.escape(first)}[{seconds}](?<![qQ]..)(?![^\W\d_])")
                 for first in firsts)


def fix_tone_placement(text: str) -> str:
    pairs = tone_pairs()
    for pattern in _patterns():
        text = pattern.sub(lambda m: pairs.get(m.group(), m.group()), text)
    return text
