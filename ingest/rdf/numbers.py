"""One form per document number, however articles write it: the basis of document IRIs.

"05-CT/TW", "5-CT/TW", "số 05-CT/TW", "05/CT-TW" and a bare "05" for a Chỉ thị of the Bộ
Chính trị are one directive: `canonical_number` gives them one form ("05-CT/TW"). State
documents keep their "35/2024/NQ-HĐND" form with spacing and case normalised; what cannot
be completed (a bare number of a local document) is left as written, leading zeros dropped.
Both the mapping (`iris.document_iri`) and linking use this one function.
"""

from __future__ import annotations

import re
import unicodedata

from cadregraph.ingest.rdf.keys import body_key
from cadregraph.ingest.rdf.vocab import document_type_key

# Central party documents are numbered "{n}-{code}/TW"; only the types whose central code is
# unambiguous are completed from a bare number (a Quy định is "…-QĐ/TW" or "…-QĐi/TW").
CENTRAL_TYPE_CODES = {"resolution": "NQ", "directive": "CT", "conclusion": "KL"}
CENTRAL_ISSUERS = frozenset({"bo chinh tri", "ban bi thu", "bchtw", "trung uong"})
_ISSUER_CODES = {"TW", "TU", "HU", "ĐU", "QU", "THU", "TƯ", "BCT", "BBT"}
_PARTY = re.compile(r"^(\d+)\s*[-/]\s*([A-ZĐa-zđ]{1,4})\s*[-/]\s*([A-ZĐƯa-zđư]{2,4})$")
_STATE = re.compile(r"^(\d+)\s*/\s*(\d{4})\s*/\s*([A-ZĐa-zđ]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)$")
_DASH = re.compile(r"\s*-\s*")
_PREFIX = re.compile(r"^(?:số|so|no\.?|n°)\s*", re.IGNORECASE)


def central_issuer(issuer: str | None) -> bool:
    return bool(issuer) and body_key(issuer) in CENTRAL_ISSUERS


def canonical_number(doc_type: str | None, number: str | None, issuer: str | None = None
                     ) -> str | None:
    """'số 05/CT-TW' → '05-CT/TW'; None when the text holds no digit."""
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
        code = CENTRAL_TYPE_CODES.get(document_type_key(doc_type or "") or "")
        if code and central_issuer(issuer):
            return f"{int(text):02d}-{code}/TW"
        return str(int(text))
    return text
