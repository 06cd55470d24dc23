"""Person pages: posts on a timeline, events attended, frequent co-attendees, with sources.

A canonical person (linking graph) gathers every mention `cg:hasMention` points at; a bare
mention stands alone until linking reaches it. Both go through the same queries: `{M}`
below binds ?m to the mentions of ?subject.
"""

from __future__ import annotations

import re
from typing import Any

from cadregraph.api.web.fold import fold
from cadregraph.api.web.sparql import select
from pyoxigraph import NamedNode

OF_PERSON = "?subject cg:hasMention ?m ."

MENTIONS = """SELECT ?subject ?m ?name ?article ?headline ?url ?date ?site WHERE { {M}
  OPTIONAL { ?m schema:name ?name }
  OPTIONAL { ?m prov:wasQuotedFrom ?article .
    OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:publisher ?site } }
}"""

HOLDINGS = """SELECT ?subject ?m ?h ?post ?role ?body ?bodyLabel ?former ?acting ?text WHERE { {M}
  ?h org:member ?m .
  OPTIONAL { ?h cg:post ?post } OPTIONAL { ?h cg:roleLabel ?role }
  OPTIONAL { ?h org:organization ?body OPTIONAL { ?body skos:prefLabel ?bodyLabel } }
  OPTIONAL { ?h cg:former ?former } OPTIONAL { ?h cg:acting ?acting }
  OPTIONAL { ?h cg:evidence ?s . ?s cg:text ?text }
}"""

EVENTS = """SELECT ?subject ?m ?e ?name ?date ?type ?text WHERE { {M}
  ?e cg:participant ?m .
  OPTIONAL { ?e schema:name ?name } OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { ?e a ?type FILTER(STRSTARTS(STR(?type), STR(cg:)) && ?type != cg:Event) }
  OPTIONAL { ?e cg:evidence ?s . ?s cg:text ?text }
}"""

CO_ATTENDEES = """SELECT ?subject ?m ?e ?other ?oname ?canon ?cname WHERE { {M}
  ?e cg:participant ?m . ?e cg:participant ?other . FILTER(?other != ?m)
  OPTIONAL { ?other schema:name ?oname }
  OPTIONAL { ?canon cg:hasMention ?other OPTIONAL { ?canon schema:name ?cname } }
}"""

# Linking's holdings say who held the same post before and after this person.
SUCCESSION = """SELECT ?subject ?post ?dir ?other ?otherName WHERE {
  ?h a cg:Holding ; org:member ?subject ; cg:post ?post .
  { ?h cg:replaces ?x BIND("after" AS ?dir) } UNION { ?x cg:replaces ?h BIND("before" AS ?dir) }
  ?x org:member ?other OPTIONAL { ?other schema:name ?otherName } }"""

CANONICAL = """SELECT ?subject ?p ?name WHERE {
  ?p cg:hasMention ?subject OPTIONAL { ?p schema:name ?name } }"""
NAME = "SELECT ?subject ?name WHERE { ?subject schema:name ?name }"


def mention_query(query: str, canonical: bool) -> str:
    """The query text for a canonical person (?m ranges over its mentions) or for one mention.

    For a mention, ?m *is* ?subject: substitutions bind ?subject where it appears in patterns
    (a BIND(?subject AS ?m) would not see the bound value), so ?m is renamed to ?subject.
    """
    if canonical:
        return query.replace("{M}", OF_PERSON)
    text = query.replace("{M}", "").replace("SELECT ?subject ?m ", "SELECT ?subject ")
    return re.sub(r"\?m\b", "?subject", text)


def _run(store: Any, query: str, iri: str, canonical: bool) -> list[dict[str, Any]]:
    rows = select(store, mention_query(query, canonical), subject=NamedNode(iri))
    for row in rows:
        row.setdefault("m", iri)
    return rows


def _first(rows: list[dict[str, Any]], key: str) -> Any:
    return next((r[key] for r in rows if r.get(key)), None)


def person_data(store: Any, iri: str, canonical: bool) -> dict[str, Any]:
    mentions: dict[str, dict[str, Any]] = {}
    for r in _run(store, MENTIONS, iri, canonical):
        mentions.setdefault(r["m"], {"mention": r["m"], "name": r["name"], "article": r["article"],
                                     "headline": r["headline"], "url": r["url"],
                                     "date": r["date"], "site": r["site"]})
    names = [r["name"] for r in select(store, NAME, subject=NamedNode(iri))]
    label = (sorted(names)[0] if names else None) or _first(list(mentions.values()), "name") or iri

    def source(m: str, text: str | None) -> dict[str, Any]:
        a = mentions.get(m, {})
        return {"sentence": text, "article": a.get("article"), "headline": a.get("headline"),
                "url": a.get("url"), "published": a.get("date"), "mention": m}

    posts: dict[str, dict[str, Any]] = {}
    for r in _run(store, HOLDINGS, iri, canonical):
        key = r["post"] or f"{r['role']}|{r['body']}"
        p = posts.setdefault(key, {"post": r["post"], "role": r["role"], "body": r["body"],
                                   "body_label": r["bodyLabel"], "former": False,
                                   "acting": False, "sources": {}})
        p["former"] |= bool(r["former"])
        p["acting"] |= bool(r["acting"])
        p["sources"].setdefault(r["h"], source(r["m"], r["text"]))
    timeline = []
    for p in posts.values():
        sources = sorted(p.pop("sources").values(), key=lambda s: s["published"] or "")
        dates = [s["published"] for s in sources if s["published"]]
        timeline.append({**p, "first": min(dates) if dates else None,
                         "last": max(dates) if dates else None, "sources": sources})
    timeline.sort(key=lambda p: (p["first"] or "9999", p["role"] or ""))
    if canonical:
        by_post = {p["post"]: p for p in timeline if p["post"]}
        for r in select(store, SUCCESSION, subject=NamedNode(iri)):
            if r["post"] in by_post:
                key = "succeeded" if r["dir"] == "after" else "succeeded_by"
                by_post[r["post"]].setdefault(key, []).append(
                    {"person": r["other"], "name": r["otherName"]})

    events: dict[str, dict[str, Any]] = {}
    for r in _run(store, EVENTS, iri, canonical):
        e = events.setdefault(r["e"], {**source(r["m"], r["text"]), "event": r["e"],
                                       "name": r["name"], "date": r["date"],
                                       "type": _local(r["type"])})
        e["type"] = e["type"] or _local(r["type"])
    co: dict[str, dict[str, Any]] = {}
    for r in _run(store, CO_ATTENDEES, iri, canonical):
        if canonical and r["canon"] == iri:
            continue  # another mention of this same person
        key = r["canon"] or "name:" + fold(r["oname"] or r["other"])
        c = co.setdefault(key, {"person": r["canon"] or r["other"],
                                "name": r["cname"] or r["oname"], "events": set()})
        c["events"].add(r["e"])
    co_list = sorted(({"person": c["person"], "name": c["name"], "count": len(c["events"])}
                      for c in co.values()), key=lambda c: (-c["count"], c["name"] or ""))
    canon = [] if canonical else select(store, CANONICAL, subject=NamedNode(iri))
    return {
        "iri": iri, "kind": "person" if canonical else "mention", "label": label,
        "canonical": [{"person": c["p"], "name": c["name"]} for c in canon],
        "mentions": sorted(mentions.values(), key=lambda m: m["date"] or ""),
        "timeline": timeline, "span": _span(timeline),
        "events": sorted(events.values(), key=lambda e: e["date"] or ""),
        "co_attendees": co_list[:25],
    }


def _local(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else None


def _span(timeline: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Year range of the timeline and each post's bar position in percent, for the chart."""
    dates = [d for p in timeline for d in (p["first"], p["last"]) if d]
    if not dates:
        return None
    lo, hi = int(min(dates)[:4]), int(max(dates)[:4]) + 1
    width = max(hi - lo, 1)

    def pos(date: str) -> float:
        year = int(date[:4]) + (int(date[5:7] or 1) - 1) / 12 if len(date) >= 7 else int(date[:4])
        return round(100 * (year - lo) / width, 2)

    for p in timeline:
        if p["first"]:
            left = pos(p["first"])
            p["bar"] = {"left": left, "width": max(pos(p["last"]) - left, 1.5)}
    return {"from": lo, "to": hi, "years": list(range(lo, hi + 1))}


__all__ = ["person_data"]
