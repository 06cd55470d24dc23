"""Persons, their posts and the bodies named (placeholder)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.records import Organization, Person


def extract_people(context: Context) -> tuple[list[Person], list[Organization]]:
    return [], []
