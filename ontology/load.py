"""The ontology and its vocabularies as quads, for the store's vocabulary graph."""

from __future__ import annotations

from pathlib import Path

from cadregraph.ontology.terms import RESOURCE_BASE
from pyoxigraph import NamedNode, Quad, RdfFormat, parse

HERE = Path(__file__).resolve().parent
VOCABULARY_GRAPH = NamedNode(RESOURCE_BASE + "graph/vocabulary")


def ontology_files() -> list[Path]:
    """cadregraph.ttl, then vocab/*.ttl in name order."""
    return [HERE / "cadregraph.ttl", *sorted((HERE / "vocab").glob("*.ttl"))]


def ontology_quads(graph: NamedNode = VOCABULARY_GRAPH) -> list[Quad]:
    """Every triple of the ontology and the vocabularies, in `graph` (labels, classes and
    concepts that pages and queries look up)."""
    quads: list[Quad] = []
    for path in ontology_files():
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing; reinstall cadregraph (pip install -e .)")
        with path.open("rb") as handle:
            quads += [Quad(t.subject, t.predicate, t.object, graph)
                      for t in parse(handle, format=RdfFormat.TURTLE)]
    return quads
