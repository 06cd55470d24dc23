"""Linking: the same person, body and document across articles and years.

- `link_batch(records)` fills `entity` on every person (and organization, document) of a
  batch in place — what `cadregraph extract` prints;
- `update_linking(store, article_ids)` keeps the store's linking graph up to date
  (None = full rebuild); `update_linking_graph(store, records)` is the ingest pipeline's hook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cadregraph.ingest.link.batch import link_batch

if TYPE_CHECKING:
    from cadregraph.ingest.link.update import LinkSummary
    from cadregraph.ingest.records import ArticleRecord
    from cadregraph.ingest.store import GraphStore

__all__ = ["link_batch", "update_linking", "update_linking_graph"]


def update_linking(store: GraphStore, article_ids: list[str] | None = None,
                   **options: object) -> LinkSummary:
    from cadregraph.ingest.link.update import update_linking as run

    return run(store, article_ids, **options)  # type: ignore[arg-type]


def update_linking_graph(store: GraphStore, records: list[ArticleRecord]) -> LinkSummary:
    """After an ingested batch is written: link its mentions into the store's persons."""
    return update_linking(store, [r.id for r in records], records=records)
