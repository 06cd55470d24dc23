"""`link_batch`: fill `entity` on persons, organizations and documents of a batch of records."""

from __future__ import annotations

from cadregraph.ingest.link.documents import link_documents_and_bodies
from cadregraph.ingest.link.features import mention_features
from cadregraph.ingest.link.judgements import Judgements
from cadregraph.ingest.link.linker import Linking, link_mentions
from cadregraph.ingest.records import ArticleRecord


def link_batch(records: list[ArticleRecord], judgements: Judgements | None = None) -> Linking:
    """Link every person of `records` across the batch (in place) and return the linking."""
    features = [f for record in records for f in mention_features(record)]
    linking = link_mentions(features, judgements)
    for record in records:
        for person in record.persons:
            person.entity = linking.of_mention.get((record.id, person.name))
    link_documents_and_bodies(records)
    return linking
