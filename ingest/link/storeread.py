"""Reading the linking graph back for an incremental update: the persons owning given
mentions, and the holdings of given posts.

On the embedded store these are direct index lookups (much cheaper than CONSTRUCT over
VALUES); the SPARQL forms serve a remote store.
"""

from __future__ import annotations

from collections.abc import Iterator

from cadregraph.ingest.link.storeio import chunks, values
from cadregraph.ingest.rdf.iris import LINKING_GRAPH
from cadregraph.ingest.store import GraphStore
from cadregraph.ontology.terms import CG, ORG
from pyoxigraph import Literal, NamedNode, Quad

G = LINKING_GRAPH
Row = tuple[str, str, str, str, str | None]  # post, holding, person, role, first attested


def triple_key(s: object, p: object, o: object) -> tuple[str, str, str]:
    return (str(s), str(p), str(o))


def entity_triples(store: GraphStore, mention_iris: list[NamedNode]) -> Iterator[Quad]:
    """Every triple (in the linking graph) of the persons owning `mention_iris` and of
    their holdings."""
    raw = store.raw
    if raw is None:
        persons: set[str] = set()
        for part in chunks(mention_iris):
            rows = store.query(f"SELECT DISTINCT ?p WHERE {{ {values('m', part)} GRAPH {G} "
                               f"{{ ?p {CG.hasMention} ?m }} }}")
            persons |= {row["p"].value for row in rows}
        for part in chunks([NamedNode(p) for p in sorted(persons)]):
            yield from store.query(
                f"CONSTRUCT {{ ?s ?q ?o }} WHERE {{ {values('p', part)} GRAPH {G} {{ "
                f"{{ ?p ?q ?o BIND(?p AS ?s) }} UNION {{ ?s {ORG.member} ?p ; ?q ?o }} }} }}")
        return
    # Embedded: direct index lookups, much cheaper than the CONSTRUCT over VALUES.
    owners = {q.subject for m in mention_iris
              for q in raw.quads_for_pattern(None, CG.hasMention, m, G)}
    for person in sorted(owners, key=str):
        yield from raw.quads_for_pattern(person, None, None, G)
        for membership in raw.quads_for_pattern(None, ORG.member, person, G):
            yield from raw.quads_for_pattern(membership.subject, None, None, G)


def post_rows(store: GraphStore, part: list[NamedNode]
               ) -> tuple[dict[tuple[str, str, str], Quad], list[Row]]:
    """The existing cg:replaces quads of the holdings of posts `part`, and those holdings'
    (current) facts `replacements` needs."""
    raw = store.raw
    if raw is None:
        existing = {triple_key(r["h"], CG.replaces, r["x"]): Quad(r["h"], CG.replaces, r["x"], G)
                    for r in store.query(
                        f"SELECT ?h ?x WHERE {{ {values('post', part)} GRAPH {G} {{ "
                        f"?h {CG.post} ?post ; {CG.replaces} ?x }} }}")}
        rows = [(r["post"].value, r["h"].value, r["p"].value, r["role"].value,
                 r["first"].value if r["first"] is not None else None)
                for r in store.query(
                    f"SELECT ?post ?h ?p ?role ?first WHERE {{ {values('post', part)} "
                    f"GRAPH {G} {{ ?h {CG.post} ?post ; {ORG.member} ?p ; {CG.roleLabel} ?role ; "
                    f"{CG.former} false . OPTIONAL {{ ?h {CG.firstAttested} ?first }} }} }}")]
        return existing, rows
    existing = {}
    rows = []
    false = Literal(False)
    for post in part:
        for hq in raw.quads_for_pattern(None, CG.post, post, G):
            h = hq.subject
            facts: dict[NamedNode, list] = {}
            for q in raw.quads_for_pattern(h, None, None, G):
                facts.setdefault(q.predicate, []).append(q.object)
            for x in facts.get(CG.replaces, []):
                existing[triple_key(h, CG.replaces, x)] = Quad(h, CG.replaces, x, G)
            if false not in facts.get(CG.former, []):
                continue
            firsts = [f.value for f in facts.get(CG.firstAttested, [])] or [None]
            rows += [(post.value, h.value, p.value, role.value, first)
                     for p in facts.get(ORG.member, []) for role in facts.get(CG.roleLabel, [])
                     for first in firsts]
    return existing, rows
