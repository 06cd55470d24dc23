"""The prefixes every query of the Python API may use without declaring them."""

from __future__ import annotations

from cadregraph.ontology.terms import NAMESPACES

PREFIXES: dict[str, str] = dict(NAMESPACES)
# Standard ones users type from habit; harmless when terms.py already has them.
PREFIXES.setdefault("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
PREFIXES.setdefault("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
PREFIXES.setdefault("xsd", "http://www.w3.org/2001/XMLSchema#")

CG = PREFIXES["cg"]
CGR = PREFIXES["cgr"]


def local_name(iri: str | None) -> str | None:
    """The part after the last `#` or `/` (cg:Congress → Congress), for readable columns."""
    if iri is None:
        return None
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri
