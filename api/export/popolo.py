"""Popolo JSON (http://www.popoloproject.com/): persons, organizations, posts, memberships and
events, for tools built on the open-government data standard.

Ids are the graph's IRIs. Organizations are the bodies the news refers to (and their
parents), not every unit of the reorganisation graph. A membership is one person's holding of
one post over all the articles that attest it. Its `start_date`/`end_date` stay empty —
news attests that a post is held, not when the term began or ended — and the attestation
dates travel in the extension fields `first_attested`/`last_attested` (Popolo schemas allow
extra properties). Bodies merged in the 2025 reorganisation get the change date as
`dissolution_date`, the new bodies it as `founding_date`. Every record lists the articles it
comes from in `sources`.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
from cadregraph.api.python.graph import Graph
from cadregraph.api.python.ns import CGR, local_name


def _value(value: Any) -> Any:
    """A JSON value: None for missing, ISO day for dates."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) and pd.isna(value):
        return None
    return value


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v not in (None, [], "")}


class _Sources:
    """Article IRI → Popolo link (its URL when known, with the headline as note)."""

    def __init__(self, articles: pd.DataFrame) -> None:
        self.links = {}
        for row in articles.to_dict("records"):
            note = _value(row.get("headline"))
            self.links[row["article"]] = _compact({"url": _value(row.get("url")) or row["article"],
                                                   "note": note})

    def __call__(self, articles: Any) -> list[dict[str, Any]]:
        seen = dict.fromkeys(a for a in articles if isinstance(a, str))
        return [self.links.get(a, {"url": a}) for a in seen]


def membership_id(person: str, post: str) -> str:
    digest = hashlib.sha256(f"{person}\x1f{post}".encode()).hexdigest()[:16]
    return f"{CGR}membership/{digest}"


def _referenced_bodies(bodies: pd.DataFrame, positions: pd.DataFrame,
                      participation: pd.DataFrame) -> set[str]:
    """Bodies the news names, hosts of posts and events, and their parents up the hierarchy.
    (The reorganisation graph knows every district and commune body of the country; those
    no article mentions would drown the ones that matter.)"""
    wanted = set(bodies.loc[bodies["articles"] > 0, "body"]) | set(positions["body"])
    wanted |= set(participation.loc[participation["participant_kind"] == "body", "participant"])
    parents = dict(zip(bodies["body"], bodies["parent"], strict=True))
    for body in list(wanted):
        while (body := parents.get(body)) and isinstance(body, str) and body not in wanted:
            wanted.add(body)
    return wanted


def popolo(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """The Popolo document for the whole graph."""
    sources = _Sources(graph.table("articles"))
    persons_table = graph.table("persons")
    positions = graph.table("positions")
    participation = graph.table("participation")
    mention_sources: dict[str, list[str]] = defaultdict(list)
    for row in positions.to_dict("records"):
        mention_sources[row["person"]].append(row["article"])
    for row in participation[participation["participant_kind"] == "person"].to_dict("records"):
        mention_sources[row["participant"]].append(row["article"])

    persons = [_compact({
        "id": row["person"], "name": _value(row["name"]), "gender": _value(row["gender"]),
        "sources": sources(mention_sources.get(row["person"], [])),
    }) for row in persons_table.to_dict("records")]

    changes = graph.to_networkx("reorganisation")
    dissolved = {a: d.get("date") for a, _, d in changes.edges(data=True) if d.get("date")}
    founded = {b: d.get("date") for _, b, d in changes.edges(data=True) if d.get("date")}
    bodies = graph.table("bodies")
    wanted = _referenced_bodies(bodies, positions, participation)
    organizations = []
    for row in bodies[bodies["body"].isin(wanted)].to_dict("records"):
        organizations.append(_compact({
            "id": row["body"], "name": _value(row["name"]),
            "classification": local_name(_value(row["body_type"])),
            "parent_id": _value(row["parent"]), "area_id": _value(row["area"]),
            "founding_date": founded.get(row["body"]),
            "dissolution_date": dissolved.get(row["body"]),
        }))

    posts: dict[str, dict[str, Any]] = {}
    memberships: dict[str, dict[str, Any]] = {}
    attesting: dict[str, list[str]] = defaultdict(list)
    for row in positions.to_dict("records"):
        role = _value(row["role_label"]) or local_name(_value(row["role"]))
        post = _value(row["post"])
        if post and post not in posts:
            label = " ".join(filter(None, (role, _value(row["body_name"]))))
            posts[post] = _compact({"id": post, "label": label, "role": role,
                                    "organization_id": row["body"]})
        key = membership_id(row["person"], post or f"{role}@{row['body']}")
        memberships.setdefault(key, _compact({
            "id": key, "person_id": row["person"], "organization_id": row["body"],
            "post_id": post, "role": role, "first_attested": _value(row["first_attested"]),
            "last_attested": _value(row["last_attested"])}))
        attesting[key].append(row["article"])
    for key, entry in memberships.items():
        entry["sources"] = sources(attesting[key])

    attendees: dict[str, list[dict[str, Any]]] = defaultdict(list)
    hosts: dict[str, str] = {}
    for row in participation.to_dict("records"):
        if row["participant_kind"] == "person":
            attendees[row["event"]].append(_compact({"id": row["participant"],
                                                     "name": _value(row["participant_name"])}))
        else:
            hosts.setdefault(row["event"], row["participant"])
    events = [_compact({
        "id": row["event"], "name": _value(row["name"]), "start_date": _value(row["date"]),
        "classification": _value(row["type"]), "organization_id": hosts.get(row["event"]),
        "attendees": attendees.get(row["event"], []),
        "sources": sources([row["article"]]),
    }) for row in graph.table("events").to_dict("records")]

    return {"persons": persons, "organizations": organizations, "posts": list(posts.values()),
            "memberships": list(memberships.values()), "events": events}


def write_popolo(graph: Graph, out: Path) -> list[Path]:
    out.write_text(json.dumps(popolo(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    return [out]
