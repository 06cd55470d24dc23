"""Page data for what articles report: events, documents (with citations) and the articles."""

from __future__ import annotations

from typing import Any

from cadregraph.api.web.sparql import select
from pyoxigraph import NamedNode

ARTICLE = """OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:datePublished ?date }"""


def _q(store: Any, query: str, iri: str) -> list[dict[str, Any]]:
    return select(store, query, subject=NamedNode(iri))


def _local(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else None


def _unique(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    out: dict[Any, dict[str, Any]] = {}
    for r in rows:
        out.setdefault(r[key], r)
    return list(out.values())


def event_data(store: Any, iri: str) -> dict[str, Any]:
    info = _q(store, """SELECT ?subject ?name ?start ?type ?text ?article ?headline ?url ?date
      WHERE {
      OPTIONAL { ?subject schema:name ?name } OPTIONAL { ?subject schema:startDate ?start }
      OPTIONAL { ?subject a ?type FILTER(STRSTARTS(STR(?type), STR(cg:)) && ?type != cg:Event) }
      OPTIONAL { ?subject cg:evidence ?s . ?s cg:text ?text
                 OPTIONAL { ?s dcterms:isPartOf ?article """ + ARTICLE + " } } }", iri)
    people = _q(store, """SELECT ?subject ?m ?name ?canon ?cname WHERE { ?subject cg:participant ?m
      OPTIONAL { ?m schema:name ?name }
      OPTIONAL { ?canon cg:hasMention ?m OPTIONAL { ?canon schema:name ?cname } } }
      ORDER BY ?name""", iri)
    bodies = _q(store, """SELECT ?subject ?body ?label WHERE { ?subject cg:involvedBody ?body
      OPTIONAL { ?body skos:prefLabel ?label } } ORDER BY ?label""", iri)
    first = info[0] if info else {}
    return {"iri": iri, "kind": "event", "label": first.get("name") or _local(iri),
            "type": _local(next((r["type"] for r in info if r["type"]), None)),
            "start": first.get("start"), "sentence": first.get("text"),
            "article": first.get("article"), "headline": first.get("headline"),
            "url": first.get("url"), "published": first.get("date"),
            "participants": [{"person": p["canon"] or p["m"], "name": p["cname"] or p["name"],
                              "mention": p["m"]} for p in _unique(people, "m")],
            "bodies": _unique(bodies, "body")}


def document_data(store: Any, iri: str) -> dict[str, Any]:
    info = _q(store, """SELECT ?subject ?number ?title ?type ?issuer ?issuerLabel WHERE {
      OPTIONAL { ?subject cg:documentNumber ?number } OPTIONAL { ?subject schema:name ?title }
      OPTIONAL { ?subject a ?type FILTER(STRSTARTS(STR(?type), STR(cg:)) && ?type != cg:Document) }
      OPTIONAL { ?subject cg:issuer ?issuer OPTIONAL { ?issuer skos:prefLabel ?issuerLabel } } }""",
              iri)
    cites = _q(store, """SELECT ?subject ?c ?text ?article ?headline ?url ?date WHERE {
      ?c cg:cites ?subject . OPTIONAL { ?c cg:evidence ?s . ?s cg:text ?text }
      OPTIONAL { ?c prov:wasDerivedFrom ?article """ + ARTICLE + " } } ORDER BY DESC(?date)", iri)
    first = info[0] if info else {}
    label = " ".join(filter(None, [_local(first.get("type")), first.get("number")])) or iri
    return {"iri": iri, "kind": "document", "label": label, "number": first.get("number"),
            "title": first.get("title"), "type": _local(first.get("type")),
            "issuer": first.get("issuer"), "issuer_label": first.get("issuerLabel"),
            "citations": _unique(cites, "c")}


def article_data(store: Any, iri: str) -> dict[str, Any]:
    info = _q(store, """SELECT ?subject ?headline ?url ?date ?site ?province ?id WHERE {
      OPTIONAL { ?subject schema:headline ?headline } OPTIONAL { ?subject schema:url ?url }
      OPTIONAL { ?subject schema:datePublished ?date } OPTIONAL { ?subject schema:publisher ?site }
      OPTIONAL { ?subject cg:province ?province } OPTIONAL { ?subject cg:articleId ?id } }""", iri)
    sentences = _q(store, """SELECT ?subject ?s ?text ?start WHERE { ?s dcterms:isPartOf ?subject ;
      cg:text ?text OPTIONAL { ?s cg:start ?start } } ORDER BY ?start""", iri)
    persons = _q(store, """SELECT ?subject ?m ?name ?canon WHERE { ?m prov:wasQuotedFrom ?subject ;
      schema:name ?name OPTIONAL { ?canon cg:hasMention ?m } } ORDER BY ?name""", iri)
    events = _q(store, """SELECT ?subject ?e ?name ?start WHERE { ?e cg:evidence ?s .
      ?s dcterms:isPartOf ?subject . ?e a schema:Event OPTIONAL { ?e schema:name ?name }
      OPTIONAL { ?e schema:startDate ?start } } ORDER BY ?start""", iri)
    docs = _q(store, """SELECT ?subject ?doc ?number WHERE { ?c prov:wasDerivedFrom ?subject ;
      cg:cites ?doc OPTIONAL { ?doc cg:documentNumber ?number } } ORDER BY ?number""", iri)
    first = info[0] if info else {}
    return {"iri": iri, "kind": "article", "label": first.get("headline") or first.get("id") or iri,
            "url": first.get("url"), "date": first.get("date"), "site": first.get("site"),
            "province": first.get("province"), "article_id": first.get("id"),
            "sentences": [{"sentence": s["s"], "text": s["text"]} for s in _unique(sentences, "s")],
            "persons": _unique(persons, "m"), "events": _unique(events, "e"),
            "documents": _unique(docs, "doc")}
