"""Which page an IRI gets (by the kind its path names), and its Turtle description."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cadregraph.api.web import people, sources, things
from cadregraph.api.web.ns import PREFIXES, kind_of
from cadregraph.api.web.sparql import run, select
from pyoxigraph import NamedNode, RdfFormat, serialize

# Resource IRIs say what they are (ontology/README.md): the path picks the page.
DISPATCH: dict[str, tuple[str, Callable[[Any, str], dict[str, Any]]]] = {
    "person": ("person.html", lambda s, i: people.person_data(s, i, canonical=True)),
    "mention": ("person.html", lambda s, i: people.person_data(s, i, canonical=False)),
    "body": ("body.html", things.body_data),
    "post": ("post.html", things.post_data),
    "place": ("place.html", things.place_data),
    "event": ("event.html", sources.event_data),
    "document": ("document.html", sources.document_data),
    "article": ("article.html", sources.article_data),
}

TYPES = "SELECT ?subject ?t WHERE { ?subject a ?t }"
ABOUT = "SELECT ?subject ?p ?o WHERE { ?subject ?p ?o } ORDER BY ?p ?o LIMIT 500"
KNOWN = "SELECT ?subject WHERE { { ?subject ?p ?o } UNION { ?s ?q ?subject } } LIMIT 1"
DESCRIBE = """CONSTRUCT { ?subject ?p ?o . ?s ?q ?subject } WHERE {
  { ?subject ?p ?o } UNION { ?s ?q ?subject } }"""


def page(store: Any, iri: str) -> tuple[str, dict[str, Any]] | None:
    """(template, data) for the entity page of `iri`, or None when the store knows nothing."""
    if not select(store, KNOWN, subject=NamedNode(iri)):
        return None
    types = sorted({r["t"] for r in select(store, TYPES, subject=NamedNode(iri))})
    kind = kind_of(iri)
    if kind in DISPATCH:
        template, build = DISPATCH[kind]
        data = build(store, iri)
        data["types"] = types
        return template, data
    facts = select(store, ABOUT, subject=NamedNode(iri))
    return "generic.html", {"iri": iri, "kind": kind or "resource", "label": iri, "types": types,
                            "facts": [{"p": f["p"], "o": f["o"]} for f in facts]}


def describe_turtle(store: Any, iri: str) -> str | None:
    """Every triple with `iri` as subject or object (all graphs merged), as Turtle."""
    triples = list(dict.fromkeys(run(store, DESCRIBE, {"subject": NamedNode(iri)})))
    if not triples:
        return None
    return serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
