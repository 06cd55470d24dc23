"""Records → RDF: deterministic IRIs (`iris`) and the pure mapping of one ArticleRecord to the
quads of its named graph (`mapping.article_quads`). Patterns: ontology/README.md."""

from cadregraph.ingest.rdf.iris import (
    LINKING_GRAPH,
    REORGANISATION_GRAPH,
    VOCABULARY_GRAPH,
    article_graph_iri,
    article_iri,
    body_iri,
    document_iri,
    event_iri,
    person_iri,
    person_mention_iri,
    place_iri,
    post_iri,
    role_iri,
)
from cadregraph.ingest.rdf.mapping import article_quads

__all__ = [
    "LINKING_GRAPH",
    "REORGANISATION_GRAPH",
    "VOCABULARY_GRAPH",
    "article_graph_iri",
    "article_iri",
    "article_quads",
    "body_iri",
    "document_iri",
    "event_iri",
    "person_iri",
    "person_mention_iri",
    "place_iri",
    "post_iri",
    "role_iri",
]
