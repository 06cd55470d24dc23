"""Events (placeholder)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.records import Event, Organization, Person


def extract_events(
    context: Context, persons: list[Person], organizations: list[Organization]
) -> list[Event]:
    return []
