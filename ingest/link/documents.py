"""One node per document however articles write its number; bodies by their identity key.

The canonical number and the document IRI are the mapping's own (`rdf.numbers`,
`rdf.iris.document_iri`, `rdf.issuers`): linking records them in `entity` so that what
`cadregraph extract` prints and what the store holds agree.
"""

from __future__ import annotations

from cadregraph.ingest.rdf.iris import body_iri, document_iri
from cadregraph.ingest.rdf.issuers import record_document_iri
from cadregraph.ingest.rdf.numbers import canonical_number
from cadregraph.ingest.records import ArticleRecord

__all__ = ["canonical_number", "document_entity", "link_documents_and_bodies"]


def document_entity(doc_type: str, number: str | None, issuer: str | None,
                    title: str | None = None, date: str | None = None) -> str:
    return document_iri(doc_type, number, issuer, title, date).value


def link_documents_and_bodies(records: list[ArticleRecord]) -> None:
    """Fill `entity` on documents and organizations (in place)."""
    for record in records:
        for document in record.documents:
            if document.type and document.type.strip():
                document.entity = record_document_iri(record, document)
        for organization in record.organizations:
            if organization.name and organization.name.strip():
                organization.entity = body_iri(organization.name).value
