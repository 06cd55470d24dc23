"""Page data for bodies, posts, places, events, documents and articles.

Each function takes the store and a validated IRI and returns a JSON-ready dict; the IRI is
always passed as a bound value (?subject), never spliced into the query text.
"""

from __future__ import annotations

from typing import Any

from cadregraph.api.web.sparql import select
from pyoxigraph import NamedNode


def _q(store: Any, query: str, iri: str) -> list[dict[str, Any]]:
    return select(store, query, subject=NamedNode(iri))


def _dedupe(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    seen: dict[Any, dict[str, Any]] = {}
    for r in rows:
        seen.setdefault(r[key], r)
    return list(seen.values())


def body_data(store: Any, iri: str) -> dict[str, Any]:
    info = _q(store, """SELECT ?subject ?label ?type ?typeLabel ?area ?areaName ?parent ?parentLabel
      WHERE { OPTIONAL { ?subject skos:prefLabel ?label }
      OPTIONAL { ?subject cg:bodyType ?type OPTIONAL { ?type skos:prefLabel ?typeLabel } }
      OPTIONAL { ?subject cg:area ?area OPTIONAL { ?area schema:name ?areaName } }
      OPTIONAL { ?subject org:subOrganizationOf ?parent
                 OPTIONAL { ?parent skos:prefLabel ?parentLabel } } }""", iri)
    children = _q(store, """SELECT ?subject ?child ?label WHERE {
      ?child org:subOrganizationOf ?subject
      OPTIONAL { ?child skos:prefLabel ?label } } ORDER BY ?label""", iri)
    holders = _q(store, """SELECT ?subject ?role ?person ?name ?canon ?cname (MIN(?d) AS ?first)
      (MAX(?d) AS ?last) (COUNT(DISTINCT ?x) AS ?n) WHERE {
      ?x org:organization ?subject ; org:member ?person . ?x a org:Membership .
      FILTER NOT EXISTS { ?x a cg:Holding }  # linking's aggregates would count twice
      OPTIONAL { ?x cg:roleLabel ?role } OPTIONAL { ?person schema:name ?name }
      OPTIONAL { ?canon cg:hasMention ?person OPTIONAL { ?canon schema:name ?cname } }
      OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a schema:datePublished ?d } }
      GROUP BY ?subject ?role ?person ?name ?canon ?cname ORDER BY ?role ?first""", iri)
    people: dict[tuple[Any, Any], dict[str, Any]] = {}
    for h in holders:  # one line per (role, canonical person or name)
        key = (h["role"], h["canon"] or h["name"])
        p = people.setdefault(key, {"role": h["role"], "person": h["canon"] or h["person"],
                                    "name": h["cname"] or h["name"], "first": h["first"],
                                    "last": h["last"], "count": 0})
        p["first"] = min(filter(None, [p["first"], h["first"]]), default=None)
        p["last"] = max(filter(None, [p["last"], h["last"]]), default=None)
        p["count"] += h["n"]
    events = _q(store, """SELECT ?subject ?e ?name ?date WHERE { ?e cg:involvedBody ?subject
      OPTIONAL { ?e schema:name ?name } OPTIONAL { ?e schema:startDate ?date } }
      ORDER BY DESC(?date) LIMIT 200""", iri)
    documents = _q(store, """SELECT ?subject ?doc ?number ?title WHERE { ?doc cg:issuer ?subject
      OPTIONAL { ?doc cg:documentNumber ?number } OPTIONAL { ?doc schema:name ?title } }
      ORDER BY ?number""", iri)
    changes = _q(store, """SELECT ?subject ?change ?dir ?other ?otherLabel ?date WHERE {
      { ?change org:resultingOrganization ?subject ; org:originalOrganization ?other
        BIND("from" AS ?dir) }
      UNION { ?change org:originalOrganization ?subject ; org:resultingOrganization ?other
        BIND("into" AS ?dir) }
      OPTIONAL { ?other skos:prefLabel ?otherLabel }
      OPTIONAL { ?change schema:startDate ?date } }""",
                 iri)
    first = info[0] if info else {}
    return {"iri": iri, "kind": "body", "label": first.get("label") or iri,
            "type": first.get("type"), "type_label": first.get("typeLabel"),
            "area": first.get("area"), "area_name": first.get("areaName"),
            "parents": _dedupe([r for r in info if r["parent"]], "parent"),
            "children": _dedupe(children, "child"), "holders": list(people.values()),
            "events": _dedupe(events, "e"), "documents": _dedupe(documents, "doc"),
            "changes": changes}


def post_data(store: Any, iri: str) -> dict[str, Any]:
    info = _q(store, """SELECT ?subject ?body ?label ?role WHERE {
      OPTIONAL { ?subject org:postIn ?body
      OPTIONAL { ?body skos:prefLabel ?label } } OPTIONAL { ?subject org:role ?role } }""", iri)
    holders = _q(store, """SELECT ?subject ?x ?person ?name ?canon ?cname ?role ?date ?text WHERE {
      ?x cg:post ?subject ; org:member ?person . ?x a org:Membership .
      FILTER NOT EXISTS { ?x a cg:Holding }
      OPTIONAL { ?x cg:roleLabel ?role } OPTIONAL { ?person schema:name ?name }
      OPTIONAL { ?canon cg:hasMention ?person OPTIONAL { ?canon schema:name ?cname } }
      OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a schema:datePublished ?date }
      OPTIONAL { ?x cg:evidence ?s . ?s cg:text ?text } } ORDER BY ?date""", iri)
    first = info[0] if info else {}
    role = next((h["role"] for h in holders if h["role"]), None)
    label = " ".join(filter(None, [role, first.get("label")])) or iri
    return {"iri": iri, "kind": "post", "label": label, "body": first.get("body"),
            "body_label": first.get("label"), "holders": _dedupe(holders, "x")}


def place_data(store: Any, iri: str) -> dict[str, Any]:
    info = _q(store, """SELECT ?subject ?name ?level ?parent ?parentName WHERE {
      OPTIONAL { ?subject schema:name ?name } OPTIONAL { ?subject cg:level ?level }
      OPTIONAL { ?subject schema:containedInPlace ?parent
                 OPTIONAL { ?parent schema:name ?parentName } } }""",
              iri)
    inside = _q(store, """SELECT ?subject ?place ?name WHERE {
      ?place schema:containedInPlace ?subject
      OPTIONAL { ?place schema:name ?name } } ORDER BY ?name""", iri)
    bodies = _q(store, """SELECT ?subject ?body ?label WHERE { ?body cg:area ?subject
      OPTIONAL { ?body skos:prefLabel ?label } } ORDER BY ?label""", iri)
    first = info[0] if info else {}
    return {"iri": iri, "kind": "place", "label": first.get("name") or iri,
            "level": first.get("level"), "parent": first.get("parent"),
            "parent_name": first.get("parentName"), "places": _dedupe(inside, "place"),
            "bodies": _dedupe(bodies, "body")}
