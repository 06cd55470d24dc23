"""Document types, type codes and issuer codes (document_types.tsv, document_issuers.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cadregraph.ingest.extract.context import Context

_HERE = Path(__file__).resolve().parent
# Centrally-run cities: their party committee is a Thành ủy and their level word "thành phố".
_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")


@dataclass(frozen=True)
class DocumentVocabulary:
    types: dict[str, str]  # lower-case name → name as written in the record
    code_types: dict[str, str]  # type code ("NQ") → type name
    issuers: dict[tuple[str, str], str]  # (issuer code, type code or "*") → template
    implied: dict[str, str]  # type name → issuer template
    of_phrases: list[tuple[str, str]]  # ("bộ chính trị", "Bộ Chính trị"), longest first
    needs_so: frozenset[str] = frozenset()  # type names that a bare number does not follow

    def issuer_for_code(self, issuer_code: str, type_code: str | None) -> str | None:
        code = re.sub(r"\d+$", "", issuer_code)  # QH15, UBTVQH15 carry the term
        return self.issuers.get((code, type_code or "*")) or self.issuers.get((code, "*"))


def _rows(name: str) -> list[list[str]]:
    text = (_HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def document_vocabulary() -> DocumentVocabulary:
    types, code_types, needs_so = {}, {}, set()
    for name, codes, *flags in _rows("document_types.tsv"):
        types[name.lower()] = name
        if "số" in flags:
            needs_so.add(name)
        for code in filter(None, codes.split(",")):
            code_types[code] = name
    issuers, implied, of_phrases = {}, {}, []
    for row in _rows("document_issuers.tsv"):
        if row[0] == "@của":
            of_phrases.append((row[1], row[2]))
        elif row[0].startswith("="):
            implied[row[0][1:]] = row[2]
        else:
            issuers[(row[0], row[1])] = row[2]
    of_phrases.sort(key=lambda p: len(p[0]), reverse=True)
    return DocumentVocabulary(types, code_types, issuers, implied, of_phrases,
                              frozenset(needs_so))


def fill(template: str, context: Context) -> str:
    """Put the article's place into an issuer template; drop what is unknown."""
    province = context.province or ""
    city = province.lower() in _CITIES or province.lower().startswith("thành phố")
    committee = ("Thành ủy " if city else "Tỉnh ủy ") + province
    level = ("thành phố" if city else "tỉnh") if province else ""
    text = template.replace("{party_committee}", committee)
    text = text.replace("{province}", province).replace("{level}", level)
    text = text.replace("{locality}", context.locality or "")
    if not context.locality:
        text = re.sub(r"\s(?:thành phố|huyện|quận|thị xã)$", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()
