"""Canonical persons and their holdings as quads of the linking graph (pure).

Per entity: a `cg:Person` with `schema:name`, `cg:hasMention` each mention and `org:holds`
each post; per (person, post) a `cg:Holding` with first/last attested dates, the attesting
articles and the former/acting flags. `cg:replaces` is computed per post from all its
holdings (`replacements`), so it can be recomputed for just the posts a change touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cadregraph.ingest.link.attest import iso_date
from cadregraph.ingest.link.linker import Entity, Linking
from cadregraph.ingest.link.names import fold_name
from cadregraph.ingest.rdf.iris import (
    LINKING_GRAPH,
    article_iri,
    body_iri,
    person_mention_iri,
    post_iri,
    role_iri,
)
from cadregraph.ingest.rdf.keys import short_hash
from cadregraph.ontology.terms import CG, FOAF, ORG, RDF, SCHEMA, SKOS, XSD
from pyoxigraph import Literal, NamedNode, Quad

G = LINKING_GRAPH
# Posts one person holds at a time: a new holder replaces the previous one.
SINGLE_HOLDER_ROLES = frozenset(
    fold_name(line.strip()) for line in
    (Path(__file__).with_name("single_holder_roles.txt").read_text(encoding="utf-8")
     .splitlines()) if line.strip() and not line.startswith("#"))


@dataclass
class HoldingFacts:
    iri: NamedNode
    person: NamedNode
    post: NamedNode
    role: str
    body: str
    dates: list[str] = field(default_factory=list)  # dates of articles saying it is current
    sources: set[str] = field(default_factory=set)  # where those dates come from
    articles: set[str] = field(default_factory=set)
    former_only: bool = True
    acting: bool = False


def holding_iri(person: str, post: NamedNode) -> NamedNode:
    return NamedNode(f"{person}/holding/{short_hash(post.value, length=12)}")


def holdings(entity: Entity) -> list[HoldingFacts]:
    out: dict[str, HoldingFacts] = {}
    for m in entity.cluster.mentions:
        for p in m.posts:
            if not p.role.strip() or not p.body.strip():
                continue
            post = post_iri(p.role, p.body)
            h = out.get(post.value)
            if h is None:
                h = out[post.value] = HoldingFacts(holding_iri(entity.iri, post),
                                                   NamedNode(entity.iri), post, p.role, p.body)
            h.articles.add(m.article_id)
            h.acting |= p.acting
            if not p.former:
                h.former_only = False
                # Features indexed before posts carried a date fall back to the article's.
                when, source = (p.attested, p.attested_source) if p.attested else (
                    iso_date(m.date), "published")
                if when:
                    h.dates.append(when)
                    h.sources.add(source or "published")
    return sorted(out.values(), key=lambda h: h.iri.value)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def entity_quads(entity: Entity) -> list[Quad]:
    person = NamedNode(entity.iri)
    quads = [Quad(person, RDF.type, t, G) for t in (CG.Person, FOAF.Person, SCHEMA.Person)]
    quads.append(Quad(person, SCHEMA.name, Literal(entity.name), G))
    for folded in sorted({fold_name(m.name) for m in entity.cluster.mentions}):
        quads.append(Quad(person, SKOS.hiddenLabel, Literal(folded), G))
    for key in sorted(entity.cluster.keys):
        quads.append(Quad(person, CG.hasMention, person_mention_iri(*key), G))
    for h in holdings(entity):
        quads += [Quad(person, ORG.holds, h.post, G),
                  Quad(h.iri, RDF.type, CG.Holding, G), Quad(h.iri, RDF.type, ORG.Membership, G),
                  Quad(h.iri, ORG.member, person, G), Quad(h.iri, CG.post, h.post, G),
                  Quad(h.iri, ORG.organization, body_iri(h.body), G),
                  Quad(h.iri, ORG.role, role_iri(h.role), G),
                  Quad(h.iri, CG.roleLabel, Literal(" ".join(h.role.split())), G),
                  Quad(h.iri, CG.former, Literal(h.former_only), G),
                  Quad(h.iri, CG.acting, Literal(h.acting), G)]
        if h.dates:
            quads += [Quad(h.iri, CG.firstAttested, _date(min(h.dates)), G),
                      Quad(h.iri, CG.lastAttested, _date(max(h.dates)), G)]
            quads += [Quad(h.iri, CG.attestedDateSource, Literal(s), G) for s in sorted(h.sources)]
        quads += [Quad(h.iri, CG.attestedBy, article_iri(a), G) for a in sorted(h.articles)]
    return quads


def replacements(role: str, post: str, rows: Iterable[tuple[str, str, str | None]]
                 ) -> list[tuple[str, str]]:
    """(holding, previous holding) pairs of one post from (holding, person, first attested).

    Only for single-holder roles; holdings with no dated current attestation are left out
    (when they began is unknown). Each holding replaces the one first attested just before
    it; two first attested on the same day are not ordered.
    """
    if fold_name(role) not in SINGLE_HOLDER_ROLES or (
            fold_name(role) == "bi thu" and post.rstrip("/").endswith("/bchtw")):
        return []  # "Bí thư Trung ương Đảng" is one of a dozen secretaries
    dated = sorted((first, holding) for holding, _person, first in rows if first)
    return [(holding, dated[i - 1][1]) for i, (first, holding) in enumerate(dated)
            if i and dated[i - 1][0] < first]


def replaces_quads(pairs: Iterable[tuple[str, str]]) -> list[Quad]:
    return [Quad(NamedNode(a), CG.replaces, NamedNode(b), G) for a, b in sorted(pairs)]


def linking_quads(linking: Linking) -> list[Quad]:
    """Every quad of the linking graph for a whole linking (the full rebuild)."""
    quads: list[Quad] = []
    by_post: dict[str, list[tuple[str, str, str | None]]] = {}
    roles: dict[str, str] = {}
    for iri in sorted(linking.entities):
        entity = linking.entities[iri]
        quads += entity_quads(entity)
        for h in holdings(entity):
            if not h.former_only:
                by_post.setdefault(h.post.value, []).append(
                    (h.iri.value, iri, min(h.dates) if h.dates else None))
                roles[h.post.value] = " ".join(h.role.split())
    for post, rows in sorted(by_post.items()):
        quads += replaces_quads(replacements(roles[post], post, rows))
    return quads
