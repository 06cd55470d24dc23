"""`link_batch`: fill `entity` on persons, organizations and documents of a batch of records."""

from __future__ import annotations

from cadregraph.ingest.link.documents import link_documents_and_bodies
from cadregraph.ingest.link.features import MentionFeatures, mention_features
from cadregraph.ingest.link.judgements import Judgements
from cadregraph.ingest.link.linker import Linking, link_mentions
from cadregraph.ingest.records import ArticleRecord

# The last batch's features by record identity: the ingest pipeline links a batch here and
# then updates the store's linking graph from the same records, and computing features is
# the costly part of both. Features read nothing `link_batch` fills in (`entity`), so they
# are the same before and after. Holding the records keeps ids from being reused.
_LAST_BATCH: dict[int, tuple[ArticleRecord, list[MentionFeatures]]] = {}


def record_features(record: ArticleRecord) -> list[MentionFeatures]:
    """`mention_features(record)`, reusing what the last `link_batch` computed for it."""
    cached = _LAST_BATCH.get(id(record))
    if cached is not None and cached[0] is record:
        return cached[1]
    return mention_features(record)


def link_batch(records: list[ArticleRecord], judgements: Judgements | None = None) -> Linking:
    """Link every person of `records` across the batch (in place) and return the linking."""
    _LAST_BATCH.clear()
    for record in records:
        _LAST_BATCH[id(record)] = (record, mention_features(record))
    features = [f for record in records for f in _LAST_BATCH[id(record)][1]]
    linking = link_mentions(features, judgements)
    for record in records:
        for person in record.persons:
            person.entity = linking.of_mention.get((record.id, person.name))
    link_documents_and_bodies(records)
    return linking
