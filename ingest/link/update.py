"""Keeping the store's linking graph up to date: full rebuild or incremental update.

`update_linking(store, article_ids)` after each ingested batch re-links only the blocks the
batch's mentions fall into (found through the index graph's blocking keys); with
`article_ids=None` it rebuilds everything. Both produce the same graph: blocks are decided
from their own mentions only, entity IRIs come from content, and `cg:replaces` is computed
per post from all that post's holdings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from cadregraph.ingest.link.batch import record_features
from cadregraph.ingest.link.features import MentionFeatures
from cadregraph.ingest.link.graph import (
    entity_quads,
    linking_quads,
    replacements,
    replaces_quads,
)
from cadregraph.ingest.link.judgements import Judgements
from cadregraph.ingest.link.judgestore import judgement_quads, load_judgements
from cadregraph.ingest.link.linker import Linking, link_mentions
from cadregraph.ingest.link.names import block_keys
from cadregraph.ingest.link.storeio import (
    all_article_ids,
    chunks,
    delete,
    delete_index_of,
    features_by_keys,
    features_from_store,
    index_quads,
    indexed_features,
    insert,
)
from cadregraph.ingest.link.storeread import entity_triples, post_rows, triple_key
from cadregraph.ingest.link.vocab import INDEX_GRAPH
from cadregraph.ingest.rdf.iris import LINKING_GRAPH, person_mention_iri
from cadregraph.ingest.records import ArticleRecord
from cadregraph.ingest.store import GraphStore
from cadregraph.ontology.terms import CG
from pyoxigraph import NamedNode, Quad

G = LINKING_GRAPH


@dataclass
class LinkSummary:
    articles: int
    mentions: int  # mentions of these articles
    relinked: int  # mentions whose blocks were decided again (all of them on a rebuild)
    entities: int  # persons those blocks hold
    merged: int  # of the relinked mentions, those that joined another mention's person
    seconds: float
    unresolved_judgements: int = 0

    def __str__(self) -> str:
        text = (f"{self.articles} articles, {self.mentions} person mentions; "
                f"{self.relinked} mentions decided into {self.entities} persons "
                f"({self.merged} merged with another mention) in {self.seconds:.1f}s")
        if self.unresolved_judgements:
            text += (f"; {self.unresolved_judgements} judgements name mentions not in the store "
                     "(kept, applied once those articles are ingested)")
        return text


def _features(store: GraphStore, article_ids: list[str],
              records: list[ArticleRecord] | None) -> list[MentionFeatures]:
    given = {r.id: r for r in records or []}
    stored = indexed_features(store, [a for a in article_ids if a not in given])
    missing = [a for a in article_ids if a not in given and a not in stored]
    out = [f for a in article_ids if a in given for f in record_features(given[a])]
    out += [f for a in article_ids if a in stored for f in stored[a]]
    return out + features_from_store(store, missing)


def update_linking(store: GraphStore, article_ids: list[str] | None = None, *,
                   records: list[ArticleRecord] | None = None,
                   judgements: Judgements | None = None, progress: bool = False) -> LinkSummary:
    """Link the given articles' person mentions into the store's canonical persons.

    `article_ids=None` rebuilds the linking graph from every article in the store. `records`
    (optional) are the batch's records, whose features are richer than what can be read
    back from the article graphs. `judgements` default to those saved in the store.
    """
    start = time.perf_counter()
    judged = judgements if judgements is not None else load_judgements(store)
    if article_ids is None:
        ids = all_article_ids(store)
        features = _features(store, ids, records)
        linking = link_mentions(features, judged, progress=progress)
        _write_graph(store, INDEX_GRAPH, index_quads(features) + judgement_quads(store))
        _write_graph(store, G, linking_quads(linking))
        return _summary(ids, features, linking, judged, start)
    ids = sorted(set(article_ids))
    new = _features(store, ids, records)
    touched = set().union(*(block_keys(f.name) for f in new)) if new else set()
    old_keys, old_mentions = _indexed_of_articles(store, ids)
    touched |= old_keys
    delete_index_of(store, ids)
    insert(store, index_quads(new))
    mentions, _ = closure(store, touched, judged)
    linking = link_mentions(mentions, judged)
    _replace_entities(store, [m.key for m in mentions] + old_mentions, linking)
    return _summary(ids, new, linking, judged, start)


BULK_MIN = 50_000  # quads above which a rebuilt graph is bulk-loaded rather than inserted


def _write_graph(store: GraphStore, graph: NamedNode, quads: list[Quad]) -> None:
    """Replace a derived graph: one transaction when small; when large, drop and bulk-load
    (not atomic, but the graph is derived and `cadregraph link` rebuilds it)."""
    if len(quads) < BULK_MIN or store.raw is None:
        store.replace_graph(graph, quads)
    else:
        store.remove_graph(graph)
        store.bulk_load(quads)


def _indexed_of_articles(store: GraphStore, ids: list[str]
                         ) -> tuple[set[str], list[tuple[str, str]]]:
    """Blocking keys and mentions the index holds for these articles (before re-indexing)."""
    keys: set[str] = set()
    mentions = []
    for article_features in indexed_features(store, ids).values():
        for f in article_features:
            keys |= block_keys(f.name)
            mentions.append(f.key)
    return keys, mentions


def closure(store: GraphStore, keys: set[str], judged: Judgements
             ) -> tuple[list[MentionFeatures], set[str]]:
    """Every indexed mention in the blocks `keys` reach (blocks chain through one-edit
    neighbours and through 'same' judgements)."""
    seen: set[str] = set()
    found: dict[tuple[str, str], MentionFeatures] = {}
    partners = judged.same_pairs()
    frontier = set(keys)
    while frontier:
        seen |= frontier
        mentions, more = features_by_keys(store, frontier)
        for m in mentions:
            found[m.key] = m
        for a, b in partners:
            for x, y in ((a, b), (b, a)):
                if x in found:
                    more |= block_keys(y[1])
        frontier = more - seen
    return sorted(found.values(), key=lambda m: m.key), seen


def _replace_entities(store: GraphStore, mentions: list[tuple[str, str]],
                      linking: Linking) -> None:
    """Replace the persons owning any of `mentions` by `linking`'s, then refresh cg:replaces.

    Written as a difference: most of a re-decided block is unchanged, and deleting quads is
    the slow part of an Oxigraph update.
    """
    mention_iris = sorted({person_mention_iri(*key) for key in mentions}, key=str)
    old: dict[tuple[str, str, str], Quad] = {}
    for t in entity_triples(store, mention_iris):
        if t.predicate != CG.replaces:
            old[triple_key(t.subject, t.predicate, t.object)] = Quad(t.subject, t.predicate,
                                                               t.object, G)
    new: dict[tuple[str, str, str], Quad] = {}
    for iri in sorted(linking.entities):
        for q in entity_quads(linking.entities[iri]):
            new[triple_key(q.subject, q.predicate, q.object)] = q
    delete(store, [old[k] for k in sorted(old.keys() - new.keys())])
    insert(store, [new[k] for k in sorted(new.keys() - old.keys())])
    posts = {q.object.value for q in (*old.values(), *new.values()) if q.predicate == CG.post}
    _recompute_replaces(store, sorted(posts))


def _recompute_replaces(store: GraphStore, posts: list[str]) -> None:
    for part in chunks([NamedNode(p) for p in posts]):
        existing, rows = post_rows(store, part)
        by_post: dict[str, list[tuple[str, str, str | None]]] = {}
        roles: dict[str, str] = {}
        for post, h, p, role, first in rows:
            by_post.setdefault(post, []).append((h, p, first))
            roles[post] = role
        wanted = {}
        for post, rows_ in sorted(by_post.items()):
            for q in replaces_quads(replacements(roles[post], post, rows_)):
                wanted[triple_key(q.subject, q.predicate, q.object)] = q
        delete(store, [existing[k] for k in sorted(existing.keys() - wanted.keys())])
        insert(store, [wanted[k] for k in sorted(wanted.keys() - existing.keys())])


def _summary(ids: list[str], features: list[MentionFeatures], linking: Linking,
             judged: Judgements, start: float) -> LinkSummary:
    relinked = len(linking.of_mention)
    return LinkSummary(articles=len(ids), mentions=len(features), relinked=relinked,
                       entities=len(linking.entities), merged=relinked - len(linking.entities),
                       seconds=time.perf_counter() - start,
                       unresolved_judgements=len(judged.unresolved))
