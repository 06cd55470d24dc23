"""An HTML page documenting the ontology and its vocabularies, generated from the .ttl files.

    python -m cadregraph.ontology.docs OUT.html

`render_html()` returns the page (the API serves it); every text from the .ttl goes through
Jinja2 autoescaping, so labels can never inject markup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import rdflib
from cadregraph.ontology.generate_terms import NAMESPACES, ONTOLOGY_IRI, RESOURCE_BASE, TTL
from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

HERE = Path(__file__).resolve().parent
CG = rdflib.Namespace(NAMESPACES[0][2])
KINDS = {OWL.Class: "class", OWL.ObjectProperty: "object property",
         OWL.DatatypeProperty: "datatype property", OWL.AnnotationProperty: "annotation property",
         RDFS.Datatype: "datatype"}


def _text(graph: rdflib.Graph, node: rdflib.term.Node, prop: rdflib.URIRef, lang: str) -> str:
    for value in graph.objects(node, prop):
        if isinstance(value, rdflib.Literal) and value.language == lang:
            return str(value)
    return ""


def _curie(node: rdflib.term.Node) -> str:
    for _, prefix, iri, _ in NAMESPACES:
        if str(node).startswith(iri):
            return f"{prefix}:{str(node)[len(iri):]}"
    return str(node)


def _link(node: rdflib.term.Node) -> dict[str, str | None]:
    href = "#" + str(node)[len(str(CG)):] if str(node).startswith(str(CG)) else None
    return {"text": _curie(node), "href": href}


def _term(graph: rdflib.Graph, node: rdflib.URIRef) -> dict:
    facts = []
    for name, prop in (("subclass of", RDFS.subClassOf), ("subproperty of", RDFS.subPropertyOf),
                       ("domain", RDFS.domain), ("range", RDFS.range)):
        values = sorted(graph.objects(node, prop), key=str)
        if values:
            facts.append((name, [_link(v) for v in values]))
    subclasses = sorted(graph.subjects(RDFS.subClassOf, node), key=str)
    if subclasses:
        facts.append(("subclasses", [_link(v) for v in subclasses]))
    used_by = sorted(graph.subjects(RDFS.domain, node), key=str)
    if used_by:
        facts.append(("properties", [_link(v) for v in used_by]))
    return {"local": str(node)[len(str(CG)):], "iri": str(node), "facts": facts,
            "label_en": _text(graph, node, RDFS.label, "en"),
            "label_vi": _text(graph, node, RDFS.label, "vi"),
            "comment_en": _text(graph, node, RDFS.comment, "en"),
            "comment_vi": _text(graph, node, RDFS.comment, "vi")}


def _schemes() -> list[dict]:
    out = []
    for path in sorted((HERE / "vocab").glob("*.ttl")):
        graph = rdflib.Graph().parse(path, format="turtle")
        for scheme in sorted(graph.subjects(RDF.type, SKOS.ConceptScheme), key=str):
            concepts = sorted(graph.subjects(SKOS.inScheme, scheme), key=str)
            out.append({
                "id": path.stem, "iri": str(scheme),
                "label_en": _text(graph, scheme, SKOS.prefLabel, "en"),
                "label_vi": _text(graph, scheme, SKOS.prefLabel, "vi"),
                "concepts": [{"path": "cgr:" + str(c)[len(RESOURCE_BASE):],
                              "notation": str(graph.value(c, SKOS.notation) or ""),
                              "label_vi": _text(graph, c, SKOS.prefLabel, "vi"),
                              "label_en": _text(graph, c, SKOS.prefLabel, "en")}
                             for c in concepts]})
    return out


def render_html(ttl: Path = TTL, source_href: str | None = None) -> str:
    """The page; `source_href` is where a link to the Turtle source should point, if any."""
    graph = rdflib.Graph().parse(ttl, format="turtle")
    ontology = rdflib.URIRef(ONTOLOGY_IRI)

    def minted(kind: rdflib.URIRef) -> list[dict]:
        nodes = [s for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(CG))]
        return [_term(graph, s) for s in sorted(nodes, key=str)]

    sections = [{"id": "classes", "title": "Classes", "terms": minted(OWL.Class)},
                {"id": "object-properties", "title": "Object properties",
                 "terms": minted(OWL.ObjectProperty)},
                {"id": "datatype-properties", "title": "Datatype properties",
                 "terms": minted(OWL.DatatypeProperty)}]
    reused = sorted(({"curie": _curie(s), "kind": KINDS.get(graph.value(s, RDF.type), ""),
                      "defined_by": str(graph.value(s, RDFS.isDefinedBy) or "")}
                     for s in graph.subjects(RDF.type, None)
                     if isinstance(s, rdflib.URIRef) and not str(s).startswith(str(CG))
                     and s != ontology and graph.value(s, RDFS.isDefinedBy) is not None),
                    key=lambda t: t["curie"])
    env = Environment(loader=FileSystemLoader(HERE), autoescape=select_autoescape(default=True))
    return env.get_template("docs_template.html").render(
        title=_text(graph, ontology, DCTERMS.title, "en"),
        title_vi=_text(graph, ontology, DCTERMS.title, "vi"),
        description=_text(graph, ontology, DCTERMS.description, "en"),
        description_vi=_text(graph, ontology, DCTERMS.description, "vi"),
        version=str(graph.value(ontology, OWL.versionInfo) or ""), namespace=str(CG),
        namespaces=[(p, iri) for _, p, iri, _ in NAMESPACES] + [("cgr", RESOURCE_BASE)],
        sections=sections, reused=reused, schemes=_schemes(), source_href=source_href)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cadregraph.ontology.docs",
        description="Write an HTML page documenting the cadregraph ontology and vocabularies."
                    "\n\nExample:\n  python -m cadregraph.ontology.docs ontology.html",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the HTML file to write ('-' for stdout)")
    args = parser.parse_args(argv)
    page = render_html()
    if str(args.out) == "-":
        sys.stdout.write(page)
        return 0
    try:
        args.out.write_text(page, encoding="utf-8")
    except OSError as error:
        print(f"cannot write {args.out}: {error.strerror}; choose a writable path",
              file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({len(page):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
