"""Why a canonical person is who they are: the merges and splits of their block, in words.

The block is decided again from the index graph's features (linking is deterministic, so
this reproduces what the store holds) and the decisions touching the person are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cadregraph.ingest.link.cluster import Decision
from cadregraph.ingest.link.judgestore import load_judgements
from cadregraph.ingest.link.linker import Entity, link_mentions
from cadregraph.ingest.link.names import block_keys, fold_name, folded_key
from cadregraph.ingest.link.storeio import features_by_keys
from cadregraph.ingest.link.update import closure
from cadregraph.ingest.rdf.iris import LINKING_GRAPH
from cadregraph.ingest.store import GraphStore
from cadregraph.ontology.terms import SCHEMA, SKOS


@dataclass
class Explanation:
    iri: str
    name: str
    mentions: list[dict[str, Any]]
    merges: list[Decision] = field(default_factory=list)
    splits: list[tuple[Decision, str]] = field(default_factory=list)  # (decision, other IRI)

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.iri, "name": self.name, "mentions": self.mentions,
            "merged": [{"mentions": [list(k) for k in d.left + d.right], "score": d.score,
                        "reasons": d.reasons} for d in self.merges],
            "kept_apart_from": [{"entity": other, "score": d.score, "reasons": d.reasons}
                                for d, other in self.splits],
        }

    def text(self) -> str:
        lines = [f"{self.name}  <{self.iri}>", f"  {len(self.mentions)} mentions:"]
        for m in self.mentions:
            posts = "; ".join(p for p in m["posts"]) or "no post stated"
            lines.append(f"    {m['article']} ({m['date'] or 'undated'}) {m['name']}: {posts}")
        if self.merges:
            lines.append("  merged because:")
            for d in self.merges:
                lines.append(f"    {_keys(d.left)} + {_keys(d.right)} (score {d.score:g}): "
                             + ("; ".join(d.reasons) or "same name, nothing against it"))
        if self.splits:
            lines.append("  kept apart from:")
            for d, other in self.splits:
                lines.append(f"    <{other}> (score {d.score:g}): "
                             + ("; ".join(d.reasons) or "not enough in common"))
        return "\n".join(lines)


def _keys(keys: list[tuple[str, str]]) -> str:
    return ", ".join(f"{a}|{n}" for a, n in keys)


def find_entities(store: GraphStore, query: str) -> list[str]:
    """Person IRIs for an IRI or a name (any spelling, with or without diacritics)."""
    if query.startswith(("http://", "https://")):
        return [query]
    folded = fold_name(query)
    rows = store.query(f"SELECT DISTINCT ?p WHERE {{ GRAPH {LINKING_GRAPH} {{ "
                       f"?p {SKOS.hiddenLabel} \"{folded}\" }} }}")
    return sorted(row["p"].value for row in rows)


def explain(store: GraphStore, iri: str) -> Explanation | None:
    rows = list(store.query(f"SELECT ?label WHERE {{ GRAPH {LINKING_GRAPH} {{ <{iri}> "
                            f"{SKOS.hiddenLabel} ?label }} }}"))
    if not rows:
        return None
    keys: set[str] = set()
    for row in rows:
        keys.add(folded_key(row["label"].value))
    judged = load_judgements(store)
    seeds, _ = features_by_keys(store, keys)
    mentions, _ = closure(store, {k for m in seeds for k in block_keys(m.name)}, judged)
    linking = link_mentions(mentions, judged)
    entity = linking.entities.get(iri)
    if entity is None:
        name = next(iter(store.query(f"SELECT ?n WHERE {{ GRAPH {LINKING_GRAPH} "
                                     f"{{ <{iri}> {SCHEMA.name} ?n }} }}")), None)
        return Explanation(iri, name["n"].value if name else iri, [], [],
                           [])  # stale: run `cadregraph link` to rebuild
    return _explanation(entity, linking.of_mention)


def _explanation(entity: Entity, owner: dict[tuple[str, str], str]) -> Explanation:
    mentions = [{"article": m.article_id, "name": m.name, "date": m.date,
                 "posts": [f"{'nguyên ' if p.former else ''}{p.role} {p.body}" for p in m.posts]}
                for m in entity.cluster.mentions]
    out = Explanation(entity.iri, entity.name, mentions)
    own = set(entity.cluster.keys)
    for d in entity.cluster.decisions:
        if d.merged:
            out.merges.append(d)
            continue
        if d.reasons == ["names too far apart"]:
            continue  # in the block only through a chain of one-letter neighbours
        other_side = d.right if set(d.left) <= own else d.left
        out.splits.append((d, owner.get(other_side[0], "?")))
    return out
