"""One node per document however articles write its number; bodies by their folded key.

"05-CT/TW", "5-CT/TW", "số 05-CT/TW", "05/CT-TW" and a bare "05" for a Chỉ thị of the Bộ Chính
trị are one directive: `canonical_number` gives them one form ("05-CT/TW"), which
`document_entity` feeds to the shared `document_iri`. State documents keep their
"35/2024/NQ-HĐND" form with spacing and case normalised; what cannot be completed (a bare
number of a local document with no year) is left as written.
"""

from __future__ import annotations

import re
import unicodedata

from cadregraph.ingest.link.names import fold_name
from cadregraph.ingest.rdf.iris import body_iri, document_iri
from cadregraph.ingest.records import ArticleRecord

# Party document codes by type (domain README §6.2).
TYPE_CODES = {"nghi quyet": "NQ", "chi thi": "CT", "ket luan": "KL", "quy dinh": "QĐ",
              "quyet dinh": "QĐ", "huong dan": "HD", "ke hoach": "KH", "thong bao": "TB",
              "cong van": "CV", "to trinh": "TTr", "bao cao": "BC"}
_CENTRAL_ISSUERS = ("bo chinh tri", "ban bi thu", "ban chap hanh trung uong", "trung uong dang",
                    "bchtw")
_ISSUER_CODES = {"TW", "TU", "HU", "ĐU", "QU", "THU", "TƯ", "BCT", "BBT"}
_PARTY = re.compile(r"^(\d+)\s*[-/]\s*([A-ZĐa-zđ]{1,4})\s*[-/]\s*([A-ZĐƯa-zđư]{2,4})$")
_STATE = re.compile(r"^(\d+)\s*/\s*(\d{4})\s*/\s*([A-ZĐa-zđ]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)$")
_DASH = re.compile(r"\s*-\s*")
_PREFIX = re.compile(r"^(?:số|so|no\.?|n°)\s*", re.IGNORECASE)


def _issuer_is_central(issuer: str | None) -> bool:
    folded = fold_name(issuer)
    return any(name in folded for name in _CENTRAL_ISSUERS)


def canonical_number(doc_type: str | None, number: str | None, issuer: str | None = None
                     ) -> str | None:
    if not number or not re.search(r"\d", number):
        return None
    text = unicodedata.normalize("NFC", " ".join(number.split())).strip(" .,;:")
    text = _PREFIX.sub("", text)
    if match := _PARTY.match(text):
        digits, code, owner = match.groups()
        owner = owner.upper()
        if owner in _ISSUER_CODES:  # "05/CT-TW" and "05-CT/TW" are one
            code = "QĐ" if code.upper() in ("QD", "QĐ") else code.upper()
            return f"{int(digits):02d}-{code}/{'TW' if owner == 'TƯ' else owner}"
    if match := _STATE.match(text):
        digits, year, code = match.groups()
        code = _DASH.sub("-", code).upper()
        return f"{int(digits)}/{year}/{code}"
    if text.isdigit():
        code = TYPE_CODES.get(fold_name(doc_type))
        if code and _issuer_is_central(issuer):
            return f"{int(text):02d}-{code}/TW"
        return str(int(text))
    return text


def document_entity(doc_type: str, number: str | None, issuer: str | None,
                    title: str | None = None, date: str | None = None) -> str:
    canonical = canonical_number(doc_type, number, issuer)
    return document_iri(doc_type, canonical, issuer, title, date).value


def link_documents_and_bodies(records: list[ArticleRecord]) -> None:
    """Fill `entity` on documents and organizations (in place)."""
    for record in records:
        for document in record.documents:
            if document.type and document.type.strip():
                document.entity = document_entity(document.type, document.number,
                                                  document.issuer, document.title,
                                                  document.date)
        for organization in record.organizations:
            if organization.name and organization.name.strip():
                organization.entity = body_iri(organization.name).value
