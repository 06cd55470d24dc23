"""The issuer of a cited document, as completely as the article names it.

Articles often name the issuer of a local document by its kind alone ("Quyết định số
79-QĐ/ĐU của Đảng ủy") after naming the body in full ("Đảng ủy phường Khuê Trung"). The
document's IRI carries its issuer for locally numbered documents, so a bare "Đảng ủy" would
merge every party committee's decision 79; when the article names exactly one body that is
the issuer followed by its place, that body is the issuer.
"""

from __future__ import annotations

from cadregraph.ingest.rdf.iris import document_iri
from cadregraph.ingest.rdf.levels import identity_key, level_spellings
from cadregraph.ingest.records import ArticleRecord, Document


def _names(record: ArticleRecord) -> list[str]:
    names = [o.name for o in record.organizations]
    names += [p.body for person in record.persons for p in person.positions]
    names += [body for event in record.events for body in event.organizations]
    return [" ".join(n.split()) for n in names if n and n.strip()]


def full_issuer(record: ArticleRecord, issuer: str | None) -> str | None:
    """`issuer`, or the one body of the article that is `issuer` plus its place."""
    if not issuer or not issuer.strip():
        return issuer
    key = identity_key(issuer)
    if not key:
        return issuer
    levels = {level for level, _ in level_spellings().values()}
    ends_with_level = any(key == level or key.endswith(" " + level) for level in levels)
    found: dict[str, str] = {}
    for name in _names(record):
        other = identity_key(name)
        if not other.startswith(key + " "):
            continue
        rest = other[len(key) + 1:]
        if ends_with_level or any(rest == lv or rest.startswith(lv + " ") for lv in levels):
            found.setdefault(other, name)
    if len(found) == 1:
        return next(iter(found.values()))
    return issuer


def record_document_iri(record: ArticleRecord, document: Document) -> str:
    """The IRI of a document cited in `record` (its issuer completed from the article)."""
    return document_iri(document.type, document.number, full_issuer(record, document.issuer),
                        document.title, document.date).value
