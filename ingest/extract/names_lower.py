"""Full names that typos hide from the run of capitalised words `names` reads (domain reference
§4.4): a middle word in lower case ("ông Nguyễn văn Quyết", "bà Lê thị Hoa"), or "Nguyễn"
written "Nguyên" ("ông Nguyên Văn Hùng"), a word `names` takes for "nguyên" (former). The
name is given its normal capitalisation; the scorer folds "Nguyên" and "Nguyễn" alike."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.names_lexicon import honorific_before, is_family_name
from cadregraph.ingest.normalize.tables import UPPER

# "văn"/"thị" in lower case after a word ("Nguyên Văn"/"Thị" too), found first by `str.find`
# (most text has no such name, and a pattern led by the family name is tried at every capital)
_MIDDLES = (" văn ", " thị ", "n Văn ", "n Thị ")  # (the last two after "Nguyên" only)
# then the family name before it, capitalised, and one or two capitalised given words after
_FAMILY = re.compile(rf"(?<!\w)[{UPPER}]\w+\Z")
_GIVEN = re.compile(rf"[{UPPER}]\w*(?: [{UPPER}]\w*)?(?![\w'’])")
_LONGEST_FAMILY = 12


def lower_middle_names(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """(start, end, name, honorific) of each such name outside `mask` (bodies and places).
    The family name must be known and an honorific must stand before it: "Hội văn nghệ",
    "Nhà văn Lê …" or "Thành thị Việt" never pass both."""
    out = []
    if " văn " not in text and " thị " not in text and "Nguyên " not in text:
        return out
    last_end = 0
    for at, middle_end in _middles(text):
        if at < last_end:
            continue
        family = _FAMILY.search(text, max(last_end, at - _LONGEST_FAMILY), at)
        given = _GIVEN.match(text, middle_end)
        if family is None or given is None:
            continue
        start, end = family.start(), given.end()
        last_end = end  # (names do not overlap)
        if not (is_family_name(family.group()) or family.group() == "Nguyên") \
                or mask.find(1, start, end) >= 0:
            continue
        hon = honorific_before(text, start)
        if hon:
            name = " ".join(w[:1].upper() + w[1:] for w in text[start:end].split())
            out.append((start, end, name, hon))
    return out


def _middles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each middle word with its spaces, a capital after it, in text order."""
    found = []
    for middle in _MIDDLES:
        at = text.find(middle)
        while at >= 0:
            end = at + len(middle)
            if end < len(text) and text[end].isupper():
                if middle[0] != "n":
                    found.append((at, end))  # (the family name before it is read after)
                elif text.startswith("Nguyên", at - 5):
                    found.append((at + 1, end))
            at = text.find(middle, at + 1)
    return sorted(found)
