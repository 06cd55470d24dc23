"""Validate graphs against shapes.ttl with pyshacl.

pyshacl works on rdflib graphs, so quads are converted term by term (no serialisation round
trip); the shapes are parsed once. benchmarks/rdf_mapping.py prints the cost per graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple
from pyshacl import validate

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SHAPES = Path(__file__).resolve().with_name("shapes.ttl")


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str  # pyshacl's human-readable report; names each failing node and constraint


@cache
def shapes_graph() -> rdflib.Graph:
    if not SHAPES.exists():
        raise FileNotFoundError(f"{SHAPES} is missing; restore ontology/shapes.ttl")
    return rdflib.Graph().parse(SHAPES, format="turtle")


def to_rdflib(term: NamedNode | BlankNode | Literal) -> rdflib.term.Identifier:
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        # RDF 1.1: a simple literal is an xsd:string, but rdflib compares them as different.
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def to_graph(statements: Iterable[Quad | Triple]) -> rdflib.Graph:
    """The triples of `statements` (graph names dropped) as one rdflib graph."""
    graph = rdflib.Graph()
    for s in statements:
        graph.add((to_rdflib(s.subject), to_rdflib(s.predicate), to_rdflib(s.object)))
    return graph


def validate_graph(statements: Iterable[Quad | Triple]) -> Report:
    """Check one article graph's quads against the shapes."""
    # inplace: the rdflib graph is ours and thrown away, so pyshacl need not copy it first.
    conforms, _, text = validate(to_graph(statements), shacl_graph=shapes_graph(),
                                 inference="none", advanced=False, inplace=True)
    return Report(conforms=bool(conforms), text=str(text))
