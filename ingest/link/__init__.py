"""Linking: the same person, body or document across articles and years."""

from __future__ import annotations

from cadregraph.ingest.records import ArticleRecord


def link_batch(records: list[ArticleRecord]) -> None:
    """Placeholder: fills `entity` on persons across a batch of records (in place)."""
