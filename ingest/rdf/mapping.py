"""ArticleRecord → quads: everything read from one article, in that article's named graph.

Pure and deterministic: the same record always gives the same quads in the same order
(IRIs come from content, see iris.py). Superclasses that queries rely on are stated
explicitly (an event is cg:Event and schema:Event as well as cg:Congress) because the store
does no inference.
"""

from __future__ import annotations

from cadregraph.ingest.extractor_version import extractor_version
from cadregraph.ingest.rdf.builder import GraphBuilder, any_uri, boolean, string, vi
from cadregraph.ingest.rdf.iris import (
    article_graph_iri,
    citation_iri,
    document_iri,
    document_type_iri,
    document_type_slug,
    event_iri,
    event_type_iri,
    holding_iri,
)
from cadregraph.ingest.rdf.issuers import full_issuer
from cadregraph.ingest.rdf.nodes import NodeWriter
from cadregraph.ingest.rdf.vocab import (
    document_class,
    document_type_concepts,
    document_type_key,
    event_class,
)
from cadregraph.ingest.records import ArticleRecord, Document, Event, Person
from cadregraph.ontology.terms import CG, ORG, PROV, RDF, RESOURCE_BASE, SCHEMA, SKOS
from pyoxigraph import NamedNode, Quad

DOCUMENT_TYPE_SCHEME = NamedNode(RESOURCE_BASE + "vocab/document-types")


def article_quads(record: ArticleRecord) -> list[Quad]:
    """All quads of `record`'s article graph (`article_graph_iri(record.id)`)."""
    builder = GraphBuilder(record, article_graph_iri(record.id))
    nodes = NodeWriter(builder)
    _article(builder, nodes)
    for person in record.persons:
        _person(builder, nodes, person)
    for organization in record.organizations:
        if not organization.name.strip():
            continue
        node = nodes.body(organization.name, organization.body_type, organization.place)
        for mention in organization.mentions:
            builder.add(node, CG.evidence, builder.sentence(mention.sentence))
    for event in record.events:
        _event(builder, nodes, event)
    for document in record.documents:
        _document(builder, nodes, document)
    for place in record.places:
        nodes.place(place)
    return builder.quads()


def _article(b: GraphBuilder, nodes: NodeWriter) -> None:
    article, node = b.record.article, b.article
    b.add(node, RDF.type, SCHEMA.NewsArticle)
    b.add(node, RDF.type, PROV.Entity)
    b.add(node, CG.articleId, string(article.id))
    b.add(node, CG.contentHash, string(article.content_hash))
    b.add(node, CG.extractorVersion, string(extractor_version()))
    if article.title and article.title.strip():
        b.add(node, SCHEMA.headline, string(article.title.strip()))
    if article.url and article.url.strip():
        b.add(node, SCHEMA.url, any_uri(article.url.strip()))
    b.date(node, SCHEMA.datePublished, article.published)
    if article.site and article.site.strip():
        b.add(node, SCHEMA.publisher, string(article.site.strip()))
    province = b.record.province or article.province
    if province and province.strip():
        b.add(node, CG.province, string(province.strip()))
        b.add(node, SCHEMA.contentLocation, nodes.place(province))


def _person(b: GraphBuilder, nodes: NodeWriter, person: Person) -> None:
    if not person.name or not person.name.strip():
        return
    mention = nodes.mention(person.name, person.gender)
    first_sentence = None
    for evidence in person.mentions:
        sentence = b.sentence(evidence.sentence)
        b.add(mention, CG.evidence, sentence)
        first_sentence = first_sentence or sentence
    if first_sentence is None:
        b.evidence(mention, None, person.name)
    for position in person.positions:
        if not position.role.strip() or not position.body.strip():
            continue
        holding = holding_iri(b.record.id, person.name, position.role, position.body)
        body = nodes.body(position.body, position.body_type, position.place)
        post = nodes.post(position.role, position.body)
        b.add(holding, RDF.type, ORG.Membership)
        b.add(holding, ORG.member, mention)
        b.add(holding, ORG.organization, body)
        b.add(holding, ORG.role, nodes.role(position.role))
        # Positions that differ only in spelling are one holding: the first one's wins.
        b.add_once(holding, CG.roleLabel, string(" ".join(position.role.split())))
        b.add(holding, CG.post, post)
        b.add_once(holding, CG.former, boolean(position.former))
        b.add_once(holding, CG.acting, boolean(position.acting))
        b.add(holding, PROV.wasDerivedFrom, b.article)
        if position.evidence is None and first_sentence is not None:
            b.add(holding, CG.evidence, first_sentence)
        else:
            b.evidence(holding, position.evidence, person.name)
        b.add(mention, ORG.holds, post)


def _event(b: GraphBuilder, nodes: NodeWriter, event: Event) -> None:
    anchor = "|".join([str(event.evidence.sentence) + ":" + str(event.evidence.start)
                       if event.evidence else "", *event.participants, "#", *event.organizations])
    node = event_iri(b.record.id, event.type, event.date, event.name, anchor)
    b.add(node, RDF.type, event_class(event.type) or CG.Event)
    b.add(node, RDF.type, CG.Event)
    b.add(node, RDF.type, SCHEMA.Event)
    b.add(node, CG.eventType, event_type_iri(event.type))
    b.date(node, SCHEMA.startDate, event.date)
    if event.name and event.name.strip():
        b.add_once(node, SCHEMA.name, string(event.name.strip()))
    for name in event.participants:
        if name.strip():
            b.add(node, CG.participant, nodes.mention(name))
    for body in event.organizations:
        if body.strip():
            b.add(node, CG.involvedBody, nodes.body(body))
    if event.evidence:
        b.evidence(node, event.evidence, event.name)
    b.add(node, PROV.wasDerivedFrom, b.article)


def _linked_document(entity: str | None) -> NamedNode | None:
    """The document IRI linking chose (it canonicalises numbers across articles), if any."""
    if entity and entity.startswith(RESOURCE_BASE + "document/"):
        try:
            return NamedNode(entity)
        except ValueError:
            return None
    return None


def _document(b: GraphBuilder, nodes: NodeWriter, document: Document) -> None:
    if not document.type or not document.type.strip():
        return
    issuer = full_issuer(b.record, document.issuer)
    node = _linked_document(document.entity) or document_iri(
        document.type, document.number, issuer, document.title, document.date)
    key = document_type_key(document.type)
    b.add(node, RDF.type, (document_class(key) if key else None) or CG.Document)
    b.add(node, RDF.type, CG.Document)
    b.add(node, RDF.type, SCHEMA.Legislation)
    concept = document_type_concepts().get(key) if key else None
    if concept is None:
        # A type missing from vocab/document-types.ttl: described here so it still has a label.
        concept = document_type_iri(document.type)
        b.add(concept, RDF.type, SKOS.Concept)
        b.add(concept, SKOS.prefLabel, vi(" ".join(document.type.split())))
        b.add(concept, SKOS.notation, string(document_type_slug(document.type)))
        b.add(concept, SKOS.inScheme, DOCUMENT_TYPE_SCHEME)
    # One document cited twice in an article ("05-CT/TW", "05-CT/TW của Bộ Chính trị") keeps
    # the first value of each single-valued property and gains the ones it lacked.
    b.add_once(node, CG.documentType, concept)
    if document.number and document.number.strip():
        b.add_once(node, CG.documentNumber, string(document.number.strip()))
    if issuer and issuer.strip():
        b.add_once(node, CG.issuer, nodes.body(issuer))
    if document.title and document.title.strip():
        b.add_once(node, SCHEMA.name, string(document.title.strip()))
    b.date(node, SCHEMA.legislationDate, document.date)
    b.add(b.article, SCHEMA.mentions, node)
    index = document.evidence.sentence if document.evidence else None
    citation = citation_iri(b.record.id, node, index)
    b.add(citation, RDF.type, CG.Citation)
    b.add(citation, RDF.type, PROV.Entity)
    b.add(citation, CG.cites, node)
    b.add(citation, PROV.wasDerivedFrom, b.article)
    b.evidence(citation, document.evidence, document.number, document.title, document.type)
