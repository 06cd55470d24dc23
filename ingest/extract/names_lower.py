"""Full names that typos hide from the run of capitalised words `names` reads (domain reference
§4.4): a middle word in lower case ("ông Nguyễn văn Quyết", "bà Lê thị Hoa"), or "Nguyễn"
written "Nguyên" ("ông Nguyên Văn Hùng"), a word `names` takes for "nguyên" (former). The
name is given its normal capitalisation; the scorer folds "Nguyên" and "Nguyễn" alike."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.names_lexicon import honorific_before, is_family_name
from cadregraph.ingest.normalize.tables import UPPER

# family name, "văn"/"thị" in lower case, one or two capitalised given words; the literal
# middle word lets `re` skip most of the text
_LOWER_MIDDLE = re.compile(rf"(?<!\w)([{UPPER}]\w+) (?:văn|thị|(?<=Nguyên )(?:Văn|Thị)) "
                           rf"[{UPPER}]\w*(?: [{UPPER}]\w*)?(?![\w'’])")


def lower_middle_names(text: str, mask: bytearray) -> list[tuple[int, int, str, str]]:
    """(start, end, name, honorific) of each such name outside `mask` (bodies and places).
    The family name must be known and an honorific must stand before it: "Hội văn nghệ",
    "Nhà văn Lê …" or "Thành thị Việt" never pass both."""
    out = []
    if " văn " not in text and " thị " not in text and "Nguyên " not in text:
        return out
    for match in _LOWER_MIDDLE.finditer(text):
        start, end = match.span()
        if not (is_family_name(match.group(1)) or match.group(1) == "Nguyên") \
                or mask.find(1, start, end) >= 0:
            continue
        hon = honorific_before(text, start)
        if hon:
            out.append((start, end, " ".join(w[:1].upper() + w[1:] for w in match.group().split()),
                        hon))
    return out
