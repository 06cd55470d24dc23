"""Documents cited (placeholder)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.records import Document, Organization


def extract_documents(context: Context, organizations: list[Organization]) -> list[Document]:
    return []
