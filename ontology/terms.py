"""Terms of the cadregraph ontology and the vocabularies it reuses.

GENERATED from cadregraph.ttl by cadregraph.ontology.generate_terms: do not edit.
Regenerate with `python -m cadregraph.ontology.terms --write`.
Each constant is a pyoxigraph NamedNode; `uriref(CG.Sentence)` gives the rdflib URIRef.
Only terms the .ttl uses exist here, so a misspelt term is an AttributeError.
"""

from __future__ import annotations

from typing import Final

from pyoxigraph import NamedNode
from rdflib import URIRef

ONTOLOGY: Final = NamedNode("https://w3id.org/cadregraph/ontology")
RESOURCE_BASE: Final = "https://w3id.org/cadregraph/id/"

PREFIXES: Final = (
    "PREFIX cg: <https://w3id.org/cadregraph/ontology#>\n"
    "PREFIX org: <http://www.w3.org/ns/org#>\n"
    "PREFIX schema: <https://schema.org/>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX time: <http://www.w3.org/2006/time#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
    "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
    "PREFIX cgr: <https://w3id.org/cadregraph/id/>\n"
    "PREFIX sh: <http://www.w3.org/ns/shacl#>\n"
)

NAMESPACES: Final = {
    "cg": "https://w3id.org/cadregraph/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "cgr": "https://w3id.org/cadregraph/id/",
    "sh": "http://www.w3.org/ns/shacl#",
}


class CG:
    """the cadregraph ontology: <https://w3id.org/cadregraph/ontology#>"""

    NS: Final = "https://w3id.org/cadregraph/ontology#"
    Ceremony: Final = NamedNode("https://w3id.org/cadregraph/ontology#Ceremony")
    Citation: Final = NamedNode("https://w3id.org/cadregraph/ontology#Citation")
    Conclusion: Final = NamedNode("https://w3id.org/cadregraph/ontology#Conclusion")
    Conference: Final = NamedNode("https://w3id.org/cadregraph/ontology#Conference")
    Congress: Final = NamedNode("https://w3id.org/cadregraph/ontology#Congress")
    CouncilSession: Final = NamedNode("https://w3id.org/cadregraph/ontology#CouncilSession")
    Decision: Final = NamedNode("https://w3id.org/cadregraph/ontology#Decision")
    Decree: Final = NamedNode("https://w3id.org/cadregraph/ontology#Decree")
    Directive: Final = NamedNode("https://w3id.org/cadregraph/ontology#Directive")
    Document: Final = NamedNode("https://w3id.org/cadregraph/ontology#Document")
    Event: Final = NamedNode("https://w3id.org/cadregraph/ontology#Event")
    Guidance: Final = NamedNode("https://w3id.org/cadregraph/ontology#Guidance")
    Holding: Final = NamedNode("https://w3id.org/cadregraph/ontology#Holding")
    Law: Final = NamedNode("https://w3id.org/cadregraph/ontology#Law")
    Notice: Final = NamedNode("https://w3id.org/cadregraph/ontology#Notice")
    Person: Final = NamedNode("https://w3id.org/cadregraph/ontology#Person")
    PersonMention: Final = NamedNode("https://w3id.org/cadregraph/ontology#PersonMention")
    Plan: Final = NamedNode("https://w3id.org/cadregraph/ontology#Plan")
    Regulation: Final = NamedNode("https://w3id.org/cadregraph/ontology#Regulation")
    Resolution: Final = NamedNode("https://w3id.org/cadregraph/ontology#Resolution")
    Sentence: Final = NamedNode("https://w3id.org/cadregraph/ontology#Sentence")
    VoterMeeting: Final = NamedNode("https://w3id.org/cadregraph/ontology#VoterMeeting")
    WorkingSession: Final = NamedNode("https://w3id.org/cadregraph/ontology#WorkingSession")
    acting: Final = NamedNode("https://w3id.org/cadregraph/ontology#acting")
    area: Final = NamedNode("https://w3id.org/cadregraph/ontology#area")
    articleId: Final = NamedNode("https://w3id.org/cadregraph/ontology#articleId")
    attestedBy: Final = NamedNode("https://w3id.org/cadregraph/ontology#attestedBy")
    attestedDateSource: Final = NamedNode("https://w3id.org/cadregraph/ontology#attestedDateSource")
    blockKey: Final = NamedNode("https://w3id.org/cadregraph/ontology#blockKey")
    bodyType: Final = NamedNode("https://w3id.org/cadregraph/ontology#bodyType")
    cites: Final = NamedNode("https://w3id.org/cadregraph/ontology#cites")
    contentHash: Final = NamedNode("https://w3id.org/cadregraph/ontology#contentHash")
    dateText: Final = NamedNode("https://w3id.org/cadregraph/ontology#dateText")
    documentNumber: Final = NamedNode("https://w3id.org/cadregraph/ontology#documentNumber")
    documentType: Final = NamedNode("https://w3id.org/cadregraph/ontology#documentType")
    end: Final = NamedNode("https://w3id.org/cadregraph/ontology#end")
    eventType: Final = NamedNode("https://w3id.org/cadregraph/ontology#eventType")
    evidence: Final = NamedNode("https://w3id.org/cadregraph/ontology#evidence")
    evidenceEnd: Final = NamedNode("https://w3id.org/cadregraph/ontology#evidenceEnd")
    evidenceStart: Final = NamedNode("https://w3id.org/cadregraph/ontology#evidenceStart")
    extractorVersion: Final = NamedNode("https://w3id.org/cadregraph/ontology#extractorVersion")
    firstAttested: Final = NamedNode("https://w3id.org/cadregraph/ontology#firstAttested")
    former: Final = NamedNode("https://w3id.org/cadregraph/ontology#former")
    gender: Final = NamedNode("https://w3id.org/cadregraph/ontology#gender")
    hasMention: Final = NamedNode("https://w3id.org/cadregraph/ontology#hasMention")
    involvedBody: Final = NamedNode("https://w3id.org/cadregraph/ontology#involvedBody")
    issuer: Final = NamedNode("https://w3id.org/cadregraph/ontology#issuer")
    lastAttested: Final = NamedNode("https://w3id.org/cadregraph/ontology#lastAttested")
    level: Final = NamedNode("https://w3id.org/cadregraph/ontology#level")
    linkFeatures: Final = NamedNode("https://w3id.org/cadregraph/ontology#linkFeatures")
    participant: Final = NamedNode("https://w3id.org/cadregraph/ontology#participant")
    post: Final = NamedNode("https://w3id.org/cadregraph/ontology#post")
    province: Final = NamedNode("https://w3id.org/cadregraph/ontology#province")
    replaces: Final = NamedNode("https://w3id.org/cadregraph/ontology#replaces")
    roleLabel: Final = NamedNode("https://w3id.org/cadregraph/ontology#roleLabel")
    start: Final = NamedNode("https://w3id.org/cadregraph/ontology#start")
    text: Final = NamedNode("https://w3id.org/cadregraph/ontology#text")


class ORG:
    """W3C Organization Ontology: <http://www.w3.org/ns/org#>"""

    NS: Final = "http://www.w3.org/ns/org#"
    ChangeEvent: Final = NamedNode("http://www.w3.org/ns/org#ChangeEvent")
    FormalOrganization: Final = NamedNode("http://www.w3.org/ns/org#FormalOrganization")
    Membership: Final = NamedNode("http://www.w3.org/ns/org#Membership")
    Organization: Final = NamedNode("http://www.w3.org/ns/org#Organization")
    Post: Final = NamedNode("http://www.w3.org/ns/org#Post")
    Role: Final = NamedNode("http://www.w3.org/ns/org#Role")
    changedBy: Final = NamedNode("http://www.w3.org/ns/org#changedBy")
    holds: Final = NamedNode("http://www.w3.org/ns/org#holds")
    member: Final = NamedNode("http://www.w3.org/ns/org#member")
    memberDuring: Final = NamedNode("http://www.w3.org/ns/org#memberDuring")
    organization: Final = NamedNode("http://www.w3.org/ns/org#organization")
    originalOrganization: Final = NamedNode("http://www.w3.org/ns/org#originalOrganization")
    postIn: Final = NamedNode("http://www.w3.org/ns/org#postIn")
    resultingOrganization: Final = NamedNode("http://www.w3.org/ns/org#resultingOrganization")
    role: Final = NamedNode("http://www.w3.org/ns/org#role")
    subOrganizationOf: Final = NamedNode("http://www.w3.org/ns/org#subOrganizationOf")


class SCHEMA:
    """schema.org: <https://schema.org/>"""

    NS: Final = "https://schema.org/"
    AdministrativeArea: Final = NamedNode("https://schema.org/AdministrativeArea")
    Event: Final = NamedNode("https://schema.org/Event")
    Legislation: Final = NamedNode("https://schema.org/Legislation")
    NewsArticle: Final = NamedNode("https://schema.org/NewsArticle")
    Person: Final = NamedNode("https://schema.org/Person")
    attendee: Final = NamedNode("https://schema.org/attendee")
    containedInPlace: Final = NamedNode("https://schema.org/containedInPlace")
    contentLocation: Final = NamedNode("https://schema.org/contentLocation")
    datePublished: Final = NamedNode("https://schema.org/datePublished")
    headline: Final = NamedNode("https://schema.org/headline")
    legislationDate: Final = NamedNode("https://schema.org/legislationDate")
    mentions: Final = NamedNode("https://schema.org/mentions")
    name: Final = NamedNode("https://schema.org/name")
    publisher: Final = NamedNode("https://schema.org/publisher")
    startDate: Final = NamedNode("https://schema.org/startDate")
    url: Final = NamedNode("https://schema.org/url")


class PROV:
    """W3C PROV-O: <http://www.w3.org/ns/prov#>"""

    NS: Final = "http://www.w3.org/ns/prov#"
    Activity: Final = NamedNode("http://www.w3.org/ns/prov#Activity")
    Entity: Final = NamedNode("http://www.w3.org/ns/prov#Entity")
    generatedAtTime: Final = NamedNode("http://www.w3.org/ns/prov#generatedAtTime")
    wasDerivedFrom: Final = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
    wasGeneratedBy: Final = NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")
    wasQuotedFrom: Final = NamedNode("http://www.w3.org/ns/prov#wasQuotedFrom")


class SKOS:
    """W3C SKOS: <http://www.w3.org/2004/02/skos/core#>"""

    NS: Final = "http://www.w3.org/2004/02/skos/core#"
    Concept: Final = NamedNode("http://www.w3.org/2004/02/skos/core#Concept")
    ConceptScheme: Final = NamedNode("http://www.w3.org/2004/02/skos/core#ConceptScheme")
    altLabel: Final = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    broader: Final = NamedNode("http://www.w3.org/2004/02/skos/core#broader")
    definition: Final = NamedNode("http://www.w3.org/2004/02/skos/core#definition")
    exactMatch: Final = NamedNode("http://www.w3.org/2004/02/skos/core#exactMatch")
    hasTopConcept: Final = NamedNode("http://www.w3.org/2004/02/skos/core#hasTopConcept")
    hiddenLabel: Final = NamedNode("http://www.w3.org/2004/02/skos/core#hiddenLabel")
    inScheme: Final = NamedNode("http://www.w3.org/2004/02/skos/core#inScheme")
    notation: Final = NamedNode("http://www.w3.org/2004/02/skos/core#notation")
    prefLabel: Final = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    topConceptOf: Final = NamedNode("http://www.w3.org/2004/02/skos/core#topConceptOf")


class TIME:
    """W3C OWL-Time: <http://www.w3.org/2006/time#>"""

    NS: Final = "http://www.w3.org/2006/time#"
    Instant: Final = NamedNode("http://www.w3.org/2006/time#Instant")
    Interval: Final = NamedNode("http://www.w3.org/2006/time#Interval")
    hasBeginning: Final = NamedNode("http://www.w3.org/2006/time#hasBeginning")
    hasEnd: Final = NamedNode("http://www.w3.org/2006/time#hasEnd")
    inXSDDate: Final = NamedNode("http://www.w3.org/2006/time#inXSDDate")


class DCTERMS:
    """Dublin Core terms: <http://purl.org/dc/terms/>"""

    NS: Final = "http://purl.org/dc/terms/"
    description: Final = NamedNode("http://purl.org/dc/terms/description")
    identifier: Final = NamedNode("http://purl.org/dc/terms/identifier")
    isPartOf: Final = NamedNode("http://purl.org/dc/terms/isPartOf")
    license: Final = NamedNode("http://purl.org/dc/terms/license")
    source: Final = NamedNode("http://purl.org/dc/terms/source")
    title: Final = NamedNode("http://purl.org/dc/terms/title")


class FOAF:
    """FOAF: <http://xmlns.com/foaf/0.1/>"""

    NS: Final = "http://xmlns.com/foaf/0.1/"
    Person: Final = NamedNode("http://xmlns.com/foaf/0.1/Person")


class RDF:
    """RDF: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>"""

    NS: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    type: Final = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


class RDFS:
    """RDF Schema: <http://www.w3.org/2000/01/rdf-schema#>"""

    NS: Final = "http://www.w3.org/2000/01/rdf-schema#"
    Datatype: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#Datatype")
    comment: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
    domain: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#domain")
    isDefinedBy: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#isDefinedBy")
    label: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    range: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#range")
    seeAlso: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
    subClassOf: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    subPropertyOf: Final = NamedNode("http://www.w3.org/2000/01/rdf-schema#subPropertyOf")


class XSD:
    """XML Schema datatypes: <http://www.w3.org/2001/XMLSchema#>"""

    NS: Final = "http://www.w3.org/2001/XMLSchema#"
    anyURI: Final = NamedNode("http://www.w3.org/2001/XMLSchema#anyURI")
    boolean: Final = NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    date: Final = NamedNode("http://www.w3.org/2001/XMLSchema#date")
    dateTime: Final = NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")
    integer: Final = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    string: Final = NamedNode("http://www.w3.org/2001/XMLSchema#string")


class OWL:
    """OWL: <http://www.w3.org/2002/07/owl#>"""

    NS: Final = "http://www.w3.org/2002/07/owl#"
    AnnotationProperty: Final = NamedNode("http://www.w3.org/2002/07/owl#AnnotationProperty")
    Class: Final = NamedNode("http://www.w3.org/2002/07/owl#Class")
    DatatypeProperty: Final = NamedNode("http://www.w3.org/2002/07/owl#DatatypeProperty")
    ObjectProperty: Final = NamedNode("http://www.w3.org/2002/07/owl#ObjectProperty")
    Ontology: Final = NamedNode("http://www.w3.org/2002/07/owl#Ontology")
    versionInfo: Final = NamedNode("http://www.w3.org/2002/07/owl#versionInfo")


def uriref(node: NamedNode) -> URIRef:
    """The rdflib form of a term, for SHACL and rdflib-based tests."""
    return URIRef(node.value)


if __name__ == "__main__":
    from cadregraph.ontology.generate_terms import main

    raise SystemExit(main())
