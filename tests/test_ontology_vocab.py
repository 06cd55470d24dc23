"""The SKOS vocabularies: labelled in both languages, in their schemes, keys as agreed."""

from __future__ import annotations

import pytest
import rdflib
from cadregraph.ingest.rdf.vocab import (
    VOCAB_DIR,
    document_class,
    document_type_key,
    event_class,
    vocab_files,
)
from cadregraph.ingest.records import EVENT_TYPES
from cadregraph.ontology.terms import CG
from rdflib.namespace import RDF, RDFS, SKOS

FILES = ["body-types.ttl", "document-types.ttl", "event-types.ttl", "roles.ttl"]


@pytest.fixture(scope="module", params=FILES)
def vocabulary(request) -> rdflib.Graph:
    return rdflib.Graph().parse(VOCAB_DIR / request.param, format="turtle")


def test_the_vocabulary_files() -> None:
    assert [p.name for p in vocab_files()] == FILES


def test_every_concept_has_labels_in_both_languages_and_a_scheme(vocabulary) -> None:
    concepts = set(vocabulary.subjects(RDF.type, SKOS.Concept))
    schemes = set(vocabulary.subjects(RDF.type, SKOS.ConceptScheme))
    assert concepts and len(schemes) == 1
    for concept in concepts:
        languages = [o.language for o in vocabulary.objects(concept, SKOS.prefLabel)]
        assert sorted(languages) == ["en", "vi"], concept
        assert set(vocabulary.objects(concept, SKOS.inScheme)) == schemes, concept


def test_classes_named_by_the_vocabularies_exist() -> None:
    ontology = rdflib.Graph().parse(VOCAB_DIR.parent / "cadregraph.ttl", format="turtle")
    for name in ("event-types.ttl", "document-types.ttl"):
        graph = rdflib.Graph().parse(VOCAB_DIR / name, format="turtle")
        for cls in graph.objects(None, RDFS.seeAlso):
            assert (cls, RDF.type, rdflib.OWL.Class) in ontology, cls


def test_event_types_map_to_classes() -> None:
    assert event_class("council_session") == CG.CouncilSession
    assert event_class("other") == CG.Event
    assert {event_class(t) for t in EVENT_TYPES} >= {CG.Congress, CG.Ceremony, CG.VoterMeeting}
    assert event_class("no_such_type") is None


def test_document_types_by_label_code_or_key() -> None:
    assert document_type_key("Nghị quyết") == "resolution"
    assert document_type_key("nghi quyet") == "resolution"
    assert document_type_key("NQ") == "resolution"
    assert document_type_key("Chỉ thị") == "directive"
    assert document_type_key("Công điện") is None
    assert document_class("decree") == CG.Decree
    assert document_class("programme") is None  # no class of its own: cg:Document only


def test_ontology_quads_load_into_a_store_and_answer_label_lookups() -> None:
    from cadregraph.ontology.load import VOCABULARY_GRAPH, ontology_files, ontology_quads
    from cadregraph.ontology.terms import PREFIXES
    from pyoxigraph import Store

    assert [p.name for p in ontology_files()] == ["cadregraph.ttl", *FILES]
    store = Store()
    store.extend(ontology_quads())
    rows = list(store.query(PREFIXES + """SELECT ?label WHERE { GRAPH ?g {
        cgr:body-type\\/peoples-council skos:prefLabel ?label FILTER(lang(?label) = "vi") } }"""))
    assert [r["label"].value for r in rows] == ["Hội đồng nhân dân"]
    graphs = {q.graph_name for q in store.quads_for_pattern(None, None, None)}
    assert graphs == {VOCABULARY_GRAPH}
