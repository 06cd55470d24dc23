"""Linking person mentions into canonical persons: blocks → clusters → entity IRIs.

Pure: mention features (and judgements) in, a `Linking` out. The entity IRI of a cluster is
derived from its earliest-sorted mention (article id, name), so the same mentions always give
the same IRIs, whether linked in one go or block by block as articles arrive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cadregraph.ingest.link.cluster import Cluster, blocks, cluster_block
from cadregraph.ingest.link.features import MentionFeatures
from cadregraph.ingest.link.judgements import Judgements
from cadregraph.ingest.rdf.iris import person_iri

MentionKey = tuple[str, str]


def mention_discriminator(key: MentionKey) -> str:
    return f"{key[0]}\x1f{key[1]}"


def entity_iri(cluster: Cluster) -> str:
    anchor = min(cluster.keys)
    return person_iri(anchor[1], mention_discriminator(anchor)).value


def display_name(cluster: Cluster) -> str:
    """The most attested spelling; on a tie the one keeping most diacritics, then sorted."""
    counts = Counter(m.name for m in cluster.mentions)
    return min(counts, key=lambda n: (-counts[n], -sum(ord(c) > 127 for c in n), n))


@dataclass
class Entity:
    iri: str
    name: str
    block: str
    cluster: Cluster


@dataclass
class Linking:
    entities: dict[str, Entity] = field(default_factory=dict)  # IRI → entity
    of_mention: dict[MentionKey, str] = field(default_factory=dict)  # mention → entity IRI

    def add(self, block: str, clusters: list[Cluster]) -> None:
        for cluster in clusters:
            iri = entity_iri(cluster)
            self.entities[iri] = Entity(iri, display_name(cluster), block, cluster)
            for key in cluster.keys:
                self.of_mention[key] = iri


def block_of(mentions: Iterable[MentionFeatures], judgements: Judgements | None = None
             ) -> dict[str, list[MentionFeatures]]:
    """Group mentions by block id (see `cluster.blocks`)."""
    mentions = list(mentions)
    links = [(a[1], b[1]) for a, b in (judgements.same_pairs() if judgements else [])]
    block_id = blocks((m.name for m in mentions), links)
    grouped: dict[str, list[MentionFeatures]] = {}
    for m in mentions:
        grouped.setdefault(block_id[m.name], []).append(m)
    return grouped


def link_mentions(mentions: Iterable[MentionFeatures], judgements: Judgements | None = None,
                  progress: bool = False) -> Linking:
    linking = Linking()
    grouped = block_of(mentions, judgements)
    items = sorted(grouped.items())
    if progress:
        from tqdm import tqdm
        items = tqdm(items, desc="linking", unit="block")
    for block, members in items:
        linking.add(block, cluster_block(members, judgements))
    return linking
