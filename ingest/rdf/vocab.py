"""Lookups into the SKOS vocabularies of ontology/vocab (roles, body/event/document types)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cadregraph import ontology
from cadregraph.ingest.rdf.keys import fold
from cadregraph.ontology.terms import RDFS, SKOS
from pyoxigraph import Literal, NamedNode, RdfFormat, parse

VOCAB_DIR = Path(ontology.__file__).resolve().parent / "vocab"


def vocab_files() -> list[Path]:
    """The vocabulary files, sorted (they go into the store's vocabulary graph)."""
    return sorted(VOCAB_DIR.glob("*.ttl"))


@cache
def _triples(name: str) -> tuple[tuple[NamedNode, NamedNode, object], ...]:
    path = VOCAB_DIR / f"{name}.ttl"
    if not path.exists():
        raise FileNotFoundError(f"vocabulary {path} is missing; reinstall cadregraph "
                                "(pip install -e .) or restore ontology/vocab/")
    with path.open("rb") as handle:
        return tuple((t.subject, t.predicate, t.object)
                     for t in parse(handle, format=RdfFormat.TURTLE))


def _by_notation(name: str) -> dict[str, NamedNode]:
    return {o.value: s for s, p, o in _triples(name)
            if p == SKOS.notation and isinstance(o, Literal)}


@cache
def body_types() -> dict[str, NamedNode]:
    """Body-type key (e.g. 'party_committee') → concept IRI."""
    return _by_notation("body-types")


@cache
def event_types() -> dict[str, NamedNode]:
    """Contract event type (e.g. 'council_session') → concept IRI."""
    return _by_notation("event-types")


@cache
def _class_of(name: str) -> dict[NamedNode, NamedNode]:
    return {s: o for s, p, o in _triples(name) if p == RDFS.seeAlso and isinstance(o, NamedNode)}


def event_class(key: str) -> NamedNode | None:
    concept = event_types().get(key)
    return _class_of("event-types").get(concept) if concept else None


@cache
def document_types() -> dict[str, str]:
    """Folded label, code or key of a document type ('nghi quyet', 'nq', 'resolution') → key."""
    keys = {s: o.value for s, p, o in _triples("document-types") if p == SKOS.notation}
    out: dict[str, str] = {}
    for s, p, o in _triples("document-types"):
        if s in keys and p in (SKOS.prefLabel, SKOS.hiddenLabel, SKOS.notation):
            out[fold(o.value)] = keys[s]
    return out


def document_type_key(label: str) -> str | None:
    """'Nghị quyết' / 'NQ' / 'resolution' → 'resolution'; None for types not in the scheme."""
    return document_types().get(fold(label))


@cache
def document_type_concepts() -> dict[str, NamedNode]:
    return _by_notation("document-types")


def document_class(key: str) -> NamedNode | None:
    concept = document_type_concepts().get(key)
    return _class_of("document-types").get(concept) if concept else None


@cache
def roles() -> frozenset[NamedNode]:
    """Role concepts of the vocabulary."""
    return frozenset(s for s, p, o in _triples("roles") if p == SKOS.inScheme)
