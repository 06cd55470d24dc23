"""Generate `terms.py`, the namespace module, from `cadregraph.ttl`.

The .ttl is the single source of truth: every IRI it uses in one of the known namespaces
becomes a constant, so a misspelt term fails at import or attribute access instead of
silently minting a new IRI. Run `python -m cadregraph.ontology.terms --write` after editing
the .ttl; `python -m cadregraph.ontology.terms --check` exits 1 when terms.py is stale.
"""

from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, parse

HERE = Path(__file__).resolve().parent
TTL = HERE / "cadregraph.ttl"
TARGET = HERE / "terms.py"

# (class name in terms.py, prefix, namespace IRI, description); order is the output order.
NAMESPACES: tuple[tuple[str, str, str, str], ...] = (
    ("CG", "cg", "https://w3id.org/cadregraph/ontology#", "the cadregraph ontology"),
    ("ORG", "org", "http://www.w3.org/ns/org#", "W3C Organization Ontology"),
    ("SCHEMA", "schema", "https://schema.org/", "schema.org"),
    ("PROV", "prov", "http://www.w3.org/ns/prov#", "W3C PROV-O"),
    ("SKOS", "skos", "http://www.w3.org/2004/02/skos/core#", "W3C SKOS"),
    ("TIME", "time", "http://www.w3.org/2006/time#", "W3C OWL-Time"),
    ("DCTERMS", "dcterms", "http://purl.org/dc/terms/", "Dublin Core terms"),
    ("FOAF", "foaf", "http://xmlns.com/foaf/0.1/", "FOAF"),
    ("RDF", "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "RDF"),
    ("RDFS", "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "RDF Schema"),
    ("XSD", "xsd", "http://www.w3.org/2001/XMLSchema#", "XML Schema datatypes"),
    ("OWL", "owl", "http://www.w3.org/2002/07/owl#", "OWL"),
)
# Not term namespaces but needed in every query: resources and the SHACL namespace.
EXTRA_PREFIXES: tuple[tuple[str, str], ...] = (
    ("cgr", "https://w3id.org/cadregraph/id/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
)
ONTOLOGY_IRI = "https://w3id.org/cadregraph/ontology"
RESOURCE_BASE = "https://w3id.org/cadregraph/id/"


def collect_terms(ttl: Path = TTL) -> dict[str, list[str]]:
    """Local names used in `ttl`, per namespace class name, sorted."""
    found: dict[str, set[str]] = {name: set() for name, *_ in NAMESPACES}
    # rdf:type is written `a` but is still a term every graph uses.
    found["RDF"].add("type")
    with ttl.open("rb") as handle:
        for triple in parse(handle, format=RdfFormat.TURTLE):
            for node in (triple.subject, triple.predicate, triple.object):
                if not isinstance(node, NamedNode):
                    continue
                for name, _prefix, iri, _ in NAMESPACES:
                    if node.value.startswith(iri) and len(node.value) > len(iri):
                        local = node.value[len(iri):]
                        if not local.isidentifier() or keyword.iskeyword(local):
                            raise ValueError(f"{ttl.name}: term {node.value} is not usable as "
                                             "a Python name; rename it in the .ttl")
                        found[name].add(local)
    return {name: sorted(locals_) for name, locals_ in found.items()}


def prefixes_block() -> str:
    lines = [f"PREFIX {prefix}: <{iri}>" for _, prefix, iri, _ in NAMESPACES]
    lines += [f"PREFIX {prefix}: <{iri}>" for prefix, iri in EXTRA_PREFIXES]
    return "\n".join(lines) + "\n"


def render(terms: dict[str, list[str]]) -> str:
    out = [
        '"""Terms of the cadregraph ontology and the vocabularies it reuses.',
        "",
        "GENERATED from cadregraph.ttl by cadregraph.ontology.generate_terms: do not edit.",
        "Regenerate with `python -m cadregraph.ontology.terms --write`.",
        "Each constant is a pyoxigraph NamedNode; `uriref(CG.Sentence)` gives the rdflib URIRef.",
        "Only terms the .ttl uses exist here, so a misspelt term is an AttributeError.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "from pyoxigraph import NamedNode",
        "from rdflib import URIRef",
        "",
        f'ONTOLOGY: Final = NamedNode("{ONTOLOGY_IRI}")',
        f'RESOURCE_BASE: Final = "{RESOURCE_BASE}"',
        "",
        "PREFIXES: Final = (",
    ]
    out += [f'    "{line}\\n"' for line in prefixes_block().splitlines()]
    out += [")", ""]
    out.append("NAMESPACES: Final = {")
    out += [f'    "{prefix}": "{iri}",' for _, prefix, iri, _ in NAMESPACES]
    out += [f'    "{prefix}": "{iri}",' for prefix, iri in EXTRA_PREFIXES]
    out += ["}", ""]
    for name, _prefix, iri, description in NAMESPACES:
        out += ["", f"class {name}:", f'    """{description}: <{iri}>"""', "",
                f'    NS: Final = "{iri}"']
        for local in terms[name]:
            out.append(f'    {local}: Final = NamedNode("{iri}{local}")')
        out.append("")
    out += [
        "",
        "def uriref(node: NamedNode) -> URIRef:",
        '    """The rdflib form of a term, for SHACL and rdflib-based tests."""',
        "    return URIRef(node.value)",
        "",
        "",
        'if __name__ == "__main__":',
        "    from cadregraph.ontology.generate_terms import main",
        "",
        "    raise SystemExit(main())",
        "",
    ]
    return "\n".join(out)


def generate() -> str:
    return render(collect_terms())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cadregraph.ontology.terms",
        description="Regenerate (or check) ontology/terms.py from ontology/cadregraph.ttl.\n\n"
                    "Examples:\n  python -m cadregraph.ontology.terms --write\n"
                    "  python -m cadregraph.ontology.terms --check",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", action="store_true", help="rewrite terms.py")
    group.add_argument("--check", action="store_true", help="exit 1 when terms.py is stale")
    args = parser.parse_args(argv)
    text = generate()
    if args.write:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
        return 0
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if current != text:
        print(f"{TARGET} is stale: run python -m cadregraph.ontology.terms --write",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
