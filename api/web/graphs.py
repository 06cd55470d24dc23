"""The networks behind /graph pages, as networkx graphs whose nodes carry kind, label and IRI.

- ego network of a person (posts, bodies, events, co-attendees) or a body (holders, posts,
  parent and child bodies, events), optionally limited to a year range;
- co-attendance: persons joined by the number of events they attended together;
- the hierarchy of bodies (org:subOrganizationOf) with the 2025 reorganisation's changes.
Mentions are folded into their canonical person wherever `cg:hasMention` exists.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import networkx as nx
from cadregraph.api.web.fold import fold
from cadregraph.api.web.people import mention_query
from cadregraph.api.web.sparql import select
from pyoxigraph import NamedNode

WHO = """OPTIONAL { ?canon cg:hasMention ?{v} OPTIONAL { ?canon schema:name ?cname } }"""

PERSON_FACTS = """SELECT ?subject ?m ?post ?role ?body ?bodyLabel ?date WHERE { {M}
  ?h org:member ?m . OPTIONAL { ?h cg:post ?post } OPTIONAL { ?h cg:roleLabel ?role }
  OPTIONAL { ?h org:organization ?body OPTIONAL { ?body skos:prefLabel ?bodyLabel } }
  OPTIONAL { ?m prov:wasQuotedFrom ?a . ?a schema:datePublished ?date } }"""

PERSON_EVENTS = """SELECT ?subject ?m ?e ?ename ?date ?other ?oname ?canon ?cname WHERE { {M}
  ?e cg:participant ?m . OPTIONAL { ?e schema:name ?ename } OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { ?e cg:participant ?other FILTER(?other != ?m) OPTIONAL { ?other schema:name ?oname }
    """ + WHO.replace("{v}", "other") + " } }"

BODY_FACTS = """SELECT ?subject ?x ?role ?post ?person ?name ?canon ?cname ?date WHERE {
  ?x org:organization ?subject ; org:member ?person . ?x a org:Membership .
  OPTIONAL { ?x cg:post ?post } OPTIONAL { ?x cg:roleLabel ?role }
  OPTIONAL { ?person schema:name ?name } """ + WHO.replace("{v}", "person") + """
  OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a schema:datePublished ?date } }"""

BODY_LINKS = """SELECT ?subject ?other ?otherLabel ?dir ?e ?ename ?date WHERE {
  { ?subject org:subOrganizationOf ?other BIND("parent" AS ?dir)
    OPTIONAL { ?other skos:prefLabel ?otherLabel } }
  UNION { ?other org:subOrganizationOf ?subject BIND("child" AS ?dir)
    OPTIONAL { ?other skos:prefLabel ?otherLabel } }
  UNION { ?e cg:involvedBody ?subject OPTIONAL { ?e schema:name ?ename }
          OPTIONAL { ?e schema:startDate ?date } } }"""

CO_ATTENDANCE = """SELECT ?e ?date ?m ?name ?canon ?cname WHERE {
  ?e cg:participant ?m . OPTIONAL { ?m schema:name ?name }
  OPTIONAL { ?e schema:startDate ?date } """ + WHO.replace("{v}", "m") + " }"

HIERARCHY = """SELECT ?child ?clabel ?parent ?plabel WHERE {
  ?child org:subOrganizationOf ?parent
  OPTIONAL { ?child skos:prefLabel ?clabel } OPTIONAL { ?parent skos:prefLabel ?plabel } }"""

MERGES = """SELECT ?child ?clabel ?parent ?plabel WHERE {
  ?c org:originalOrganization ?child ; org:resultingOrganization ?parent
  FILTER(?child != ?parent)  # a unit renamed in place is no edge
  OPTIONAL { ?child skos:prefLabel ?clabel } OPTIONAL { ?parent skos:prefLabel ?plabel } }"""


def in_years(date: str | None, years: tuple[int | None, int | None]) -> bool:
    if date is None or not date[:4].isdigit():
        return years == (None, None)  # undated facts only when no range is asked for
    y = int(date[:4])
    return (years[0] is None or y >= years[0]) and (years[1] is None or y <= years[1])


def _person(g: nx.Graph, row: dict[str, Any], m: str, name: str) -> str:
    node = row.get("canon") or "name:" + fold(row.get(name) or row[m])
    iri = row.get("canon") or row[m]
    g.add_node(node, kind="person", label=row.get("cname") or row.get(name) or "?", iri=iri)
    return node


def ego_person(store: Any, iri: str, years: tuple[int | None, int | None],
               canonical: bool) -> nx.Graph:
    g = nx.Graph()
    g.add_node(iri, kind="centre", label=_centre_label(store, iri), iri=iri)
    facts = mention_query(PERSON_FACTS, canonical)
    for r in select(store, facts, subject=NamedNode(iri)):
        if not in_years(r["date"], years):
            continue
        post = r["post"] or f"{r['role']}|{r['body']}"
        g.add_node(post, kind="post", label=r["role"] or "post", iri=r["post"])
        g.add_edge(iri, post, label="held", date=r["date"])
        if r["body"]:
            g.add_node(r["body"], kind="body", label=r["bodyLabel"] or r["body"], iri=r["body"])
            g.add_edge(post, r["body"], label="in")
    for r in select(store, mention_query(PERSON_EVENTS, canonical), subject=NamedNode(iri)):
        if not in_years(r["date"], years):
            continue
        g.add_node(r["e"], kind="event", label=(r["ename"] or "event")[:40] +
                   (f" ({r['date']})" if r["date"] else ""), iri=r["e"])
        g.add_edge(iri, r["e"], label="attended")
        if r["other"] and r["canon"] != iri:
            g.add_edge(r["e"], _person(g, r, "other", "oname"), label="attended")
    return g


def _centre_label(store: Any, iri: str) -> str:
    rows = select(store, """SELECT ?subject ?l WHERE { { ?subject schema:name ?l }
      UNION { ?subject skos:prefLabel ?l } }""", subject=NamedNode(iri))
    return sorted(r["l"] for r in rows)[0] if rows else iri.rsplit("/", 1)[-1]


def ego_body(store: Any, iri: str, years: tuple[int | None, int | None]) -> nx.Graph:
    g = nx.Graph()
    g.add_node(iri, kind="centre", label=_centre_label(store, iri), iri=iri)
    for r in select(store, BODY_FACTS, subject=NamedNode(iri)):
        if not in_years(r["date"], years):
            continue
        post = r["post"] or f"{r['role']}|{iri}"
        g.add_node(post, kind="post", label=r["role"] or "post", iri=r["post"])
        g.add_edge(iri, post, label="post")
        g.add_edge(post, _person(g, r, "person", "name"), label="held by")
    for r in select(store, BODY_LINKS, subject=NamedNode(iri)):
        if r["other"]:
            g.add_node(r["other"], kind="body", label=r["otherLabel"] or r["other"], iri=r["other"])
            g.add_edge(iri, r["other"], label=r["dir"])
        if r["e"] and in_years(r["date"], years):
            g.add_node(r["e"], kind="event", label=(r["ename"] or "event")[:40], iri=r["e"])
            g.add_edge(iri, r["e"], label="involved")
    return g


def co_attendance(store: Any, years: tuple[int | None, int | None], min_events: int) -> nx.Graph:
    by_event: dict[str, set[str]] = {}
    g = nx.Graph()
    for r in select(store, CO_ATTENDANCE):
        if in_years(r["date"], years):
            by_event.setdefault(r["e"], set()).add(_person(g, r, "m", "name"))
    weights: dict[tuple[str, str], int] = {}
    for members in by_event.values():
        for a, b in combinations(sorted(members), 2):
            weights[(a, b)] = weights.get((a, b), 0) + 1
    for (a, b), w in weights.items():
        if w >= min_events:
            g.add_edge(a, b, weight=w, label=str(w))
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return g


def hierarchy(store: Any, merges: bool) -> nx.DiGraph:
    """Bodies and the bodies they belong to; with `merges`, also the 2025 reorganisation's
    original → resulting bodies (thousands of communes: best with a small max_nodes)."""
    g = nx.DiGraph()
    for query, kind in [(HIERARCHY, "part of")] + ([(MERGES, "merged into")] if merges else []):
        for r in select(store, query):
            g.add_node(r["child"], kind="body", label=r["clabel"] or r["child"], iri=r["child"])
            g.add_node(r["parent"], kind="body", label=r["plabel"] or r["parent"],
                       iri=r["parent"])
            g.add_edge(r["child"], r["parent"], label=kind)
    return g
