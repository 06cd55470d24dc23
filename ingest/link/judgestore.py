"""Judgements kept in the store, so incremental updates keep applying them.

`cadregraph link --judgements FILE` resolves each line's references to mentions (a mention
IRI, or a person IRI standing for the mention it was minted from) against the store and
saves the lines as JSON in the index graph; every later linking run reads them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from cadregraph.ingest.link.judgements import Judgement, Judgements, parse_ref
from cadregraph.ingest.link.linker import mention_discriminator
from cadregraph.ingest.link.vocab import INDEX_GRAPH, LINK_FEATURES
from cadregraph.ingest.rdf.iris import LINKING_GRAPH, person_iri
from cadregraph.ingest.rdf.keys import short_hash
from cadregraph.ingest.store import GraphStore
from cadregraph.ontology.terms import CG, RESOURCE_BASE
from pyoxigraph import Literal, NamedNode, Quad

JUDGEMENT_BASE = RESOURCE_BASE + "judgement/"


def _lookup(store: GraphStore, ref: str) -> tuple[str, str] | None:
    node = NamedNode(ref)
    rows = list(store.query(f"SELECT ?f WHERE {{ GRAPH {INDEX_GRAPH} "
                            f"{{ {node} {LINK_FEATURES} ?f }} }}"))
    if rows:
        data = json.loads(rows[0]["f"].value)
        return (data["article_id"], data["name"])
    rows = list(store.query(f"SELECT ?f WHERE {{ GRAPH {LINKING_GRAPH} {{ {node} "
                            f"{CG.hasMention} ?m }} "
                            f"GRAPH {INDEX_GRAPH} {{ ?m {LINK_FEATURES} ?f }} }}"))
    keys = sorted((d["article_id"], d["name"]) for d in (json.loads(r["f"].value) for r in rows))
    for key in keys:  # the mention the person IRI was minted from
        if person_iri(key[1], mention_discriminator(key)).value == ref:
            return key
    return keys[0] if keys else None


def save_judgements(store: GraphStore, entries: Iterable[Judgement]) -> Judgements:
    """Resolve and store `entries` (replacing those stored before); returns them resolved."""
    lines = []
    for e in entries:
        refs = []
        for ref in (e.a, e.b):
            parsed = parse_ref(ref)
            key = parsed if isinstance(parsed, tuple) else _lookup(store, parsed)
            refs.append(f"{key[0]}|{key[1]}" if key else ref)
        lines.append({"a": refs[0], "b": refs[1], "judgement": e.judgement,
                      "author": e.author, "at": e.at})
    store.update(f"DELETE {{ GRAPH {INDEX_GRAPH} {{ ?j ?p ?o }} }} WHERE {{ GRAPH {INDEX_GRAPH} "
                 f"{{ ?j ?p ?o FILTER(STRSTARTS(STR(?j), \"{JUDGEMENT_BASE}\")) }} }}")
    quads = [_quad(i, line) for i, line in enumerate(lines)]
    if quads:
        body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        store.update(f"INSERT DATA {{ GRAPH {INDEX_GRAPH} {{ {body} }} }}")
    return _resolved(lines)


def _quad(order: int, line: dict) -> Quad:
    text = json.dumps({**line, "order": order}, ensure_ascii=False, sort_keys=True)
    return Quad(NamedNode(JUDGEMENT_BASE + short_hash(text, length=16)), LINK_FEATURES,
                Literal(text), INDEX_GRAPH)


def judgement_quads(store: GraphStore) -> list[Quad]:
    """The stored judgement quads (kept when the index graph is rebuilt)."""
    rows = store.query(f"SELECT ?j ?f WHERE {{ GRAPH {INDEX_GRAPH} {{ ?j {LINK_FEATURES} ?f "
                       f"FILTER(STRSTARTS(STR(?j), \"{JUDGEMENT_BASE}\")) }} }}")
    return [Quad(row["j"], LINK_FEATURES, row["f"], INDEX_GRAPH) for row in rows]


def load_judgements(store: GraphStore) -> Judgements:
    lines = [json.loads(q.object.value) for q in judgement_quads(store)]
    return _resolved(sorted(lines, key=lambda line: line["order"]))


def _resolved(lines: list[dict]) -> Judgements:
    return Judgements.resolve(Judgement(x["a"], x["b"], x["judgement"], x["author"], x["at"])
                              for x in lines)
