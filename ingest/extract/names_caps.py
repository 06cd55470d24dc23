"""Where a word in capitals may be part of a person's name. Capitals are a name's only on an
ALL-CAPS line (a headline, in title case once read), or right after a body's name in a caption
("… Chủ tịch UBND TP Đà Nẵng TRẦN VĂN AN"), or right after an honorific in prose that sets
the name in capitals ("Ông CHAU VĂN KEM - Bí thư Huyện ủy: …", interviews and vox pops)."""

from __future__ import annotations

from cadregraph.ingest.extract.names_filter import line_bounds
from cadregraph.ingest.extract.names_lexicon import honorific_before

# honorifics after which a word names a person (a given name alone, or capitals); ranks and
# "GS"/"TS" are capitals themselves
PERSON_CUES = ("ông", "bà", "anh", "chị", "đồng chí", "đ/c")


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
