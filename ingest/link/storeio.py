"""Reading and writing what linking keeps in the store (SPARQL at the edge).

- the index graph: per person mention, its blocking keys (`cg:blockKey`), its features as
  JSON (`cg:linkFeatures`) and its article (`prov:wasQuotedFrom`); lookups by key are what
  make incremental linking touch only the blocks new mentions fall into;
- article graphs: when an article has no index entry yet (ingested before linking ran), its
  mention features are rebuilt from the mention, holding and sentence nodes there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from cadregraph.ingest.link.features import MentionFeatures, mention_features
from cadregraph.ingest.link.names import block_keys
from cadregraph.ingest.link.vocab import BLOCK_KEY, INDEX_GRAPH, LINK_FEATURES
from cadregraph.ingest.rdf.iris import article_graph_iri, article_iri, person_mention_iri
from cadregraph.ingest.records import (
    Article,
    ArticleRecord,
    Event,
    Evidence,
    Person,
    Position,
)
from cadregraph.ingest.store import GraphStore
from cadregraph.ontology.terms import CG, ORG, PREFIXES, PROV, SCHEMA, SKOS
from pyoxigraph import Literal, NamedNode, Quad, Store

CHUNK = 400  # IRIs per VALUES clause: keeps each request small


def chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def writable_raw(store: GraphStore) -> Store | None:
    """The pyoxigraph `Store` of a writable embedded store, else None (SPARQL only)."""
    return None if getattr(store, "read_only", False) else store.raw


def values(var: str, terms: Iterable[NamedNode | Literal]) -> str:
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"


def all_article_ids(store: GraphStore) -> list[str]:
    rows = store.query(f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?a {CG.articleId} ?id }} }}")
    return sorted(row["id"].value for row in rows)


def _shallow(item: object) -> dict[str, Any]:
    return {field.name: getattr(item, field.name) for field in fields(item)}  # type: ignore[arg-type]


def features_json(f: MentionFeatures) -> str:
    """The JSON text of `f.to_json()`, built without `dataclasses.asdict`'s deep copies (the
    costliest step of indexing a batch); falls back to `to_json` for any field that is not
    plain JSON data."""
    data = _shallow(f)
    data["posts"] = [_shallow(p) for p in f.posts]
    try:
        return json.dumps(data, ensure_ascii=False, sort_keys=True)
    except TypeError:
        return json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True)


def index_quads(features: Iterable[MentionFeatures]) -> list[Quad]:
    quads = []
    for f in features:
        mention = person_mention_iri(f.article_id, f.name)
        quads.append(Quad(mention, PROV.wasQuotedFrom, article_iri(f.article_id), INDEX_GRAPH))
        quads.append(Quad(mention, LINK_FEATURES, Literal(features_json(f)), INDEX_GRAPH))
        for key in sorted(block_keys(f.name)):
            quads.append(Quad(mention, BLOCK_KEY, Literal(key), INDEX_GRAPH))
    return quads


def indexed_features(store: GraphStore, article_ids: list[str]) -> dict[str, list[MentionFeatures]]:
    """Stored features of the given articles' mentions, by article id."""
    out: dict[str, list[MentionFeatures]] = {}
    for part in chunks(article_ids):
        query = (f"SELECT ?f WHERE {{ {values('a', map(article_iri, part))} GRAPH {INDEX_GRAPH} "
                 f"{{ ?m {PROV.wasQuotedFrom} ?a ; {LINK_FEATURES} ?f }} }}")
        for row in store.query(query):
            f = MentionFeatures.from_json(json.loads(row["f"].value))
            out.setdefault(f.article_id, []).append(f)
    return out


def features_by_keys(store: GraphStore, keys: set[str]) -> tuple[list[MentionFeatures], set[str]]:
    """Indexed mentions sharing any of `keys`, and all the keys those mentions have."""
    found: dict[str, MentionFeatures] = {}
    more: set[str] = set()

    def add(mention: str, text: str) -> None:
        if mention not in found:
            f = MentionFeatures.from_json(json.loads(text))
            found[mention] = f
            more.update(block_keys(f.name))

    raw = store.raw
    if raw is not None:
        # Index lookups straight on the quad indexes: the SPARQL join over VALUES was the
        # slowest part of an incremental update once blocks grew.
        for key in sorted(keys):
            for q in raw.quads_for_pattern(None, BLOCK_KEY, Literal(key), INDEX_GRAPH):
                if q.subject.value in found:
                    continue
                for fq in raw.quads_for_pattern(q.subject, LINK_FEATURES, None, INDEX_GRAPH):
                    add(q.subject.value, fq.object.value)
                    break
        return list(found.values()), more
    for part in chunks(sorted(keys)):
        query = (f"SELECT ?m ?f WHERE {{ {values('k', map(Literal, part))} GRAPH {INDEX_GRAPH} "
                 f"{{ ?m {BLOCK_KEY} ?k ; {LINK_FEATURES} ?f }} }}")
        for row in store.query(query):
            add(row["m"].value, row["f"].value)
    return list(found.values()), more


def delete_index_of(store: GraphStore, article_ids: list[str]) -> None:
    for part in chunks(article_ids):
        store.update(f"DELETE {{ GRAPH {INDEX_GRAPH} {{ ?m ?p ?o }} }} WHERE {{ "
                     f"{values('a', map(article_iri, part))} GRAPH {INDEX_GRAPH} "
                     f"{{ ?m {PROV.wasQuotedFrom} ?a ; ?p ?o }} }}")


def insert(store: GraphStore, quads: list[Quad]) -> None:
    raw = writable_raw(store)
    if raw is not None:
        raw.extend(quads)  # one transaction, and no SPARQL text to build and parse
        return
    for part in chunks(quads, 5000):
        body = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                        for q in part)
        store.update(f"INSERT DATA {{ {body} }}")


def delete(store: GraphStore, quads: list[Quad]) -> None:
    for part in chunks(quads, 5000):
        body = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                        for q in part)
        store.update(f"DELETE DATA {{ {body} }}")


def records_from_store(store: GraphStore, article_ids: list[str]) -> list[ArticleRecord]:
    """Minimal records (persons, posts, date, province, evidence text) from article graphs."""
    records = []
    for article_id in article_ids:
        g = article_graph_iri(article_id)
        head = list(store.query(
            f"{PREFIXES} SELECT ?date ?site ?prov WHERE {{ GRAPH {g} {{ ?a {CG.articleId} ?id . "
            f"OPTIONAL {{ ?a {SCHEMA.datePublished} ?date }} "
            f"OPTIONAL {{ ?a {SCHEMA.publisher} ?site }} OPTIONAL {{ ?a {CG.province} ?prov }} "
            f"}} }} LIMIT 1"))
        if not head:
            continue
        row = head[0]
        sentences = store.query(f"SELECT ?t ?s WHERE {{ GRAPH {g} {{ ?n {CG.text} ?t ; "
                                f"{CG.start} ?s }} }} ORDER BY ?s")
        text = "\n".join(s["t"].value for s in sentences)
        persons: dict[str, Person] = {}
        rows = store.query(
            f"SELECT ?name ?gender ?role ?body ?former ?acting WHERE {{ GRAPH {g} {{ "
            f"?m a {CG.PersonMention} ; {SCHEMA.name} ?name . "
            f"OPTIONAL {{ ?m {CG.gender} ?gender }} "
            f"OPTIONAL {{ ?h {ORG.member} ?m ; {CG.roleLabel} ?role ; {ORG.organization} ?b . "
            f"?b {SKOS.prefLabel} ?body . OPTIONAL {{ ?h {CG.former} ?former }} "
            f"OPTIONAL {{ ?h {CG.acting} ?acting }} }} }} }}")
        for r in rows:
            name = r["name"].value
            person = persons.setdefault(name, Person(name=name))
            if r["gender"] is not None:
                person.gender = r["gender"].value
            if r["role"] is not None:
                position = Position(role=r["role"].value, body=r["body"].value,
                                    former=_true(r["former"]), acting=_true(r["acting"]))
                if position.key() not in {p.key() for p in person.positions}:
                    person.positions.append(position)
        value = {k: (row[k].value if row[k] is not None else None)
                 for k in ("date", "site", "prov")}
        article = Article(id=article_id, text=text, published=value["date"],
                          site=value["site"], province=value["prov"])
        sentences = _mention_sentences(store, g)
        for person in persons.values():
            person.positions.sort(key=lambda p: p.key())
            person.mentions = sentences.get(person.name, [])
        records.append(ArticleRecord(article=article, text=text,
                                     persons=sorted(persons.values(), key=lambda p: p.name),
                                     events=_events(store, g), province=value["prov"]))
    return records


def _sentence(term: NamedNode | None) -> int | None:
    """Index of a sentence node (`…/s{n}`), None for the whole-text span or no node."""
    tail = term.value.rsplit("/", 1)[-1] if term is not None else ""
    return int(tail[1:]) if tail[:1] == "s" and tail[1:].isdigit() else None


def _events(store: GraphStore, g: NamedNode) -> list[Event]:
    """Dated events with their participants' names and sentence: what dates an undated
    article's posts (`attest.attested`), as the records did when the article was ingested."""
    by_event: dict[str, Event] = {}
    for r in store.query(f"SELECT ?e ?date ?name ?s WHERE {{ GRAPH {g} {{ ?e {SCHEMA.startDate} "
                         f"?date . OPTIONAL {{ ?e {CG.participant}/{SCHEMA.name} ?name }} "
                         f"OPTIONAL {{ ?e {CG.evidence} ?s }} }} }} ORDER BY ?e ?name ?s"):
        event = by_event.get(r["e"].value)
        if event is None:
            index = _sentence(r["s"])
            event = by_event[r["e"].value] = Event(
                type="other", date=r["date"].value,
                evidence=Evidence(index, 0, 0) if index is not None else None)
        if r["name"] is not None and r["name"].value not in event.participants:
            event.participants.append(r["name"].value)
    return list(by_event.values())


def _mention_sentences(store: GraphStore, g: NamedNode) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = {}
    for r in store.query(f"SELECT ?name ?s WHERE {{ GRAPH {g} {{ ?m a {CG.PersonMention} ; "
                         f"{SCHEMA.name} ?name ; {CG.evidence} ?s }} }} ORDER BY ?name ?s"):
        index = _sentence(r["s"])
        if index is not None:
            out.setdefault(r["name"].value, []).append(Evidence(index, 0, 0))
    return out


def features_from_store(store: GraphStore, article_ids: list[str]) -> list[MentionFeatures]:
    return [f for r in records_from_store(store, article_ids) for f in mention_features(r)]


def _true(term: Literal | None) -> bool:
    return term is not None and term.value in ("true", "1")
