"""What the search index holds: one SELECT per kind of searchable entity.

Mentions already linked to a canonical person are left out — the person stands for them —
and unlinked mentions sharing a name are grouped, so a name read in 40 articles is one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cadregraph.api.web.fold import fold
from cadregraph.api.web.sparql import select

PERSONS = """
SELECT ?e ?name (COUNT(DISTINCT ?m) AS ?n) WHERE {
  ?e a cg:Person ; schema:name ?name .
  OPTIONAL { ?e cg:hasMention ?m }
} GROUP BY ?e ?name"""

MENTIONS = """
SELECT ?e ?name ?date WHERE {
  ?e a cg:PersonMention ; schema:name ?name .
  FILTER NOT EXISTS { ?p cg:hasMention ?e }
  OPTIONAL { ?e prov:wasQuotedFrom ?a . ?a schema:datePublished ?date }
}"""

# Two plain patterns, joined in Python: a GROUP BY over every body costs seconds at 30k bodies.
BODIES = "SELECT ?e ?name WHERE { ?e a org:Organization ; skos:prefLabel ?name }"
BODY_ALT = "SELECT ?e ?alt WHERE { ?e a org:Organization ; skos:altLabel ?alt }"

DOCUMENTS = """
SELECT ?e ?type ?number (SAMPLE(?title) AS ?name) (COUNT(DISTINCT ?c) AS ?n) WHERE {
  ?e cg:documentNumber ?number .
  OPTIONAL { ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(cg:))) }
  OPTIONAL { ?e schema:name ?title }
  OPTIONAL { ?c cg:cites ?e }
} GROUP BY ?e ?type ?number"""

PLACES = """
SELECT ?e ?name ?level WHERE {
  ?e a schema:AdministrativeArea ; schema:name ?name .
  OPTIONAL { ?e cg:level ?level }
}"""


def _local(iri: Any) -> str:
    return str(iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def load_entries(store: Any) -> Iterator[tuple[str, str, str, str, str]]:
    """(iri, kind, label, detail, extra searchable text) for every searchable entity."""
    for r in select(store, PERSONS):
        yield r["e"], "person", r["name"], f"person · {r['n']} mention(s)", ""
    groups: dict[str, set[tuple[str, str, str]]] = {}
    for r in select(store, MENTIONS):
        groups.setdefault(fold(r["name"]), set()).add((r["date"] or "", r["e"], r["name"]))
    for group in groups.values():
        date, iri, name = max(group)
        detail = (f"name in {len(group)} articles, not yet linked" if len(group) > 1
                  else f"name in one article ({date or 'undated'})")
        yield iri, "mention", name, detail, ""
    alt: dict[str, list[str]] = {}
    for r in select(store, BODY_ALT):
        alt.setdefault(r["e"], []).append(r["alt"])
    labels: dict[str, list[str]] = {}
    for r in select(store, BODIES):
        labels.setdefault(r["e"], []).append(r["name"])
    for iri, names in labels.items():  # several labels: show the first, search them all
        names = sorted(set(names))
        yield iri, "body", names[0], "body", " ".join(names[1:] + alt.get(iri, []))
    seen: set[str] = set()
    for r in select(store, DOCUMENTS):
        if r["e"] in seen:
            continue
        seen.add(r["e"])
        kind = _local(r["type"]) or "Document"
        label = f"{r['number']}" + (f" — {r['name']}" if r["name"] else "")
        yield r["e"], "document", label, f"{kind} · cited {r['n']} time(s)", kind
    for r in select(store, PLACES):
        yield r["e"], "place", r["name"], f"place · {r['level'] or ''}".strip(" ·"), ""
