"""Writers for the shared nodes an article graph describes: bodies, places, roles, posts,
person mentions and documents' types. Each writes its node's description once per graph."""

from __future__ import annotations

from cadregraph.ingest.rdf.bodies import infer_body_type, parent_body
from cadregraph.ingest.rdf.builder import GraphBuilder, string, vi
from cadregraph.ingest.rdf.iris import (
    body_iri,
    body_type_iri,
    person_mention_iri,
    place_iri,
    post_iri,
    role_iri,
)
from cadregraph.ingest.rdf.issuers import full_issuer
from cadregraph.ingest.rdf.keys import body_key, fold
from cadregraph.ingest.rdf.places import place_facts
from cadregraph.ingest.rdf.vocab import body_types, roles
from cadregraph.ontology.terms import CG, ORG, PROV, RDF, RESOURCE_BASE, SCHEMA, SKOS
from pyoxigraph import Literal, NamedNode

ROLE_SCHEME = NamedNode(RESOURCE_BASE + "vocab/roles")
# Parents are derived from names ("Ban Thường vụ Tỉnh ủy X" ⊑ "Tỉnh ủy X"); the chain is short
# in practice, the cap only guards against a pathological name.
_MAX_PARENT_DEPTH = 4


def body_labels(builder: GraphBuilder) -> dict[NamedNode, list[str]]:
    """Every spelling of every body in the record, grouped by body IRI, in record order."""
    names: list[str] = []
    record = builder.record
    for person in record.persons:
        names += [p.body for p in person.positions]
    names += [o.name for o in record.organizations]
    for event in record.events:
        names += event.organizations
    names += [full_issuer(record, d.issuer) or "" for d in record.documents if d.issuer]
    grouped: dict[NamedNode, list[str]] = {}
    for name in names:
        name = " ".join(name.split())
        if name and name not in grouped.setdefault(body_iri(name), []):
            grouped[body_iri(name)].append(name)
    return grouped


_LEVEL_WORDS = (("tinh ", "province"), ("huyen ", "district"), ("quan ", "district"),
                ("thi xa ", "district"), ("phuong ", "commune"), ("xa ", "commune"),
                ("thi tran ", "commune"))


def _level(name: str, province: str | None) -> Literal | None:
    """Administrative level from the name's own level word, or being the article's province."""
    if province and body_key(province) == body_key(name):
        return string("province")
    folded = fold(name) + " "
    for word, level in _LEVEL_WORDS:
        if folded.startswith(word):
            return string(level)
    return None


class NodeWriter:
    def __init__(self, builder: GraphBuilder) -> None:
        self.b = builder
        self.labels = body_labels(builder)
        self._bodies: set[NamedNode] = set()
        self._places: set[NamedNode] = set()
        self._mentions: set[NamedNode] = set()
        self._roles = roles()

    def place(self, name: str | None, depth: int = 0) -> NamedNode | None:
        if not name or not name.strip():
            return None
        node = place_iri(name)
        if node not in self._places:
            self._places.add(node)
            province = self.b.record.province or self.b.record.article.province
            facts = place_facts(name, province or None)
            self.b.add(node, RDF.type, SCHEMA.AdministrativeArea)
            self.b.add(node, SCHEMA.name, string(" ".join(name.split())))
            level = _level(name, province) or (string(facts.level) if facts.level else None)
            self.b.add_once(node, CG.level, level)
            self.b.add(self.b.article, SCHEMA.mentions, node)
            if facts.within and place_iri(facts.within) != node and depth < 3:
                self.b.add(node, SCHEMA.containedInPlace, self.place(facts.within, depth + 1))
        return node

    def body(self, name: str, body_type: str | None = None, place: str | None = None,
             depth: int = 0) -> NamedNode:
        node = body_iri(name)
        if node in self._bodies:
            if place:
                self.b.add(node, CG.area, self.place(place))
            return node
        self._bodies.add(node)
        spellings = self.labels.get(node) or [" ".join(name.split())]
        # The longest spelling is the least abbreviated one; the others stay as altLabels.
        preferred = max(spellings, key=len)
        self.b.add(node, RDF.type, ORG.Organization)
        self.b.add(node, RDF.type, ORG.FormalOrganization)
        self.b.add(node, SKOS.prefLabel, vi(preferred))
        for other in spellings:
            if other != preferred:
                self.b.add(node, SKOS.altLabel, vi(other))
        known = body_type if body_type in body_types() else None
        self.b.add(node, CG.bodyType, body_type_iri(known or infer_body_type(preferred)))
        self.b.add(node, CG.area, self.place(place))
        self.b.add(self.b.article, SCHEMA.mentions, node)
        parent = parent_body(preferred) if depth < _MAX_PARENT_DEPTH else None
        if parent:
            self.b.add(node, ORG.subOrganizationOf, self.body(parent, depth=depth + 1))
        return node

    def role(self, label: str) -> NamedNode:
        node = role_iri(label)
        if node not in self._roles:
            # Titles missing from vocab/roles.ttl still map: the concept is described here.
            self.b.add(node, RDF.type, SKOS.Concept)
            self.b.add(node, SKOS.prefLabel, vi(" ".join(label.split())))
            self.b.add(node, SKOS.inScheme, ROLE_SCHEME)
        return node

    def post(self, role: str, body: str) -> NamedNode:
        node = post_iri(role, body)
        body_node = self.body(body)
        self.b.add(node, RDF.type, ORG.Post)
        self.b.add(node, ORG.postIn, body_node)
        self.b.add(node, ORG.role, self.role(role))
        preferred = max(self.labels.get(body_node) or [body], key=len)
        self.b.add_once(node, SKOS.prefLabel, vi(f"{' '.join(role.split())} {preferred}"))
        return node

    def mention(self, name: str, gender: str | None = None) -> NamedNode:
        node = person_mention_iri(self.b.record.id, name)
        if node not in self._mentions:
            self._mentions.add(node)
            self.b.add(node, RDF.type, CG.PersonMention)
            self.b.add(node, RDF.type, PROV.Entity)
            # Spacing variants of one name are one mention (the IRI hashes the exact name).
            self.b.add(node, SCHEMA.name, string(" ".join(name.split())))
            self.b.add(node, PROV.wasQuotedFrom, self.b.article)
            self.b.add(self.b.article, SCHEMA.mentions, node)
        if gender in ("female", "male"):
            self.b.add_once(node, CG.gender, string(gender))
        return node
