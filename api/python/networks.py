"""networkx graphs read from the knowledge graph: who meets whom, who sits where, what contains
what, and what became what in the 2025 reorganisation.

Node and edge attributes are plain str/int/float values (dates as ISO strings), so every graph
can go straight to `nx.write_graphml` / `nx.write_gexf` for Gephi.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd
from cadregraph.api.python.ns import local_name
from cadregraph.api.python.queries import load

if TYPE_CHECKING:
    from cadregraph.api.python.graph import Graph


def _day(value: Any) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _text(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def main_bodies(graph: Graph) -> dict[str, tuple[str, str]]:
    """Each person's most often attested body: person → (body IRI, body name). Posts held at
    the time count fully; posts named as former ones only break ties."""
    positions = graph.table("positions")
    counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in positions.itertuples():
        counts[row.person][(row.body, _text(row.body_name))] += 0.1 if row.former is True else 1
    return {person: c.most_common(1)[0][0] for person, c in counts.items()}


def co_attendance(graph: Graph, min_weight: int = 1) -> nx.Graph:
    """Persons linked when they took part in the same event; `weight` = shared events."""
    rows = graph.table("co_attendance")
    network = nx.Graph(kind="co-attendance")
    bodies = main_bodies(graph)
    members: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, str] = {}
    for row in rows.itertuples():
        members[row.event].add(row.person)
        dates[row.event] = _day(row.date)
        if row.person not in network:
            body, body_name = bodies.get(row.person, ("", ""))
            network.add_node(row.person, label=_text(row.name), kind="person", events=0,
                             body=body, body_name=body_name)
    for event, people in members.items():
        for person in people:
            network.nodes[person]["events"] += 1
        for a, b in combinations(sorted(people), 2):
            if network.has_edge(a, b):
                edge = network.edges[a, b]
                edge["weight"] += 1
                day = dates[event]
                if day:
                    edge["first_date"] = min(filter(None, (edge["first_date"], day)))
                    edge["last_date"] = max(edge["last_date"], day)
            else:
                network.add_edge(a, b, weight=1, first_date=dates[event], last_date=dates[event])
    if min_weight > 1:
        network.remove_edges_from([(a, b) for a, b, w in network.edges(data="weight")
                                   if w < min_weight])
    return network


def person_body(graph: Graph) -> nx.Graph:
    """Bipartite persons–bodies graph; an edge per person and body they held a post in."""
    positions = graph.table("positions")
    network = nx.Graph(kind="person-body")
    for row in positions.itertuples():
        if row.person not in network:
            network.add_node(row.person, label=_text(row.person_name), kind="person")
        if row.body not in network:
            network.add_node(row.body, label=_text(row.body_name), kind="body")
        role = _text(row.role_label) or _text(local_name(row.role))
        day = _day(row.date)
        if network.has_edge(row.person, row.body):
            edge = network.edges[row.person, row.body]
            edge["weight"] += 1
            if role and role not in edge["roles"].split("; "):
                edge["roles"] = "; ".join(filter(None, (edge["roles"], role)))
            if day:
                edge["first_attested"] = min(filter(None, (edge["first_attested"], day)))
                edge["last_attested"] = max(edge["last_attested"], day)
        else:
            network.add_edge(row.person, row.body, weight=1, roles=role,
                             first_attested=day, last_attested=day)
    return network


def _edges(graph: Graph, sparql: str, directed: bool, kind: str) -> nx.Graph:
    frame = graph.query(sparql)
    if not isinstance(frame, pd.DataFrame) or not {"source", "target"} <= set(frame.columns):
        raise ValueError("a network query must be a SELECT with ?source and ?target columns "
                         "(optional ?weight, ?source_label, ?target_label, other edge columns)")
    network: nx.Graph = nx.DiGraph(kind=kind) if directed else nx.Graph(kind=kind)
    extra = [c for c in frame.columns if c not in {"source", "target", "weight"}
             and not c.startswith(("source_", "target_"))]
    for row in frame.to_dict("records"):
        source, target = row["source"], row["target"]
        if source is None or target is None:
            continue
        for end in ("source", "target"):
            node = row[end]
            attrs = {k[len(end) + 1:]: _text(local_name(v) if k.endswith("_type") else v)
                     for k, v in row.items() if k.startswith(f"{end}_")}
            if node not in network:
                network.add_node(node, **attrs)
        weight = row.get("weight")
        weight = 1 if weight is None or pd.isna(weight) else weight
        attrs = {c: _day(row[c]) if isinstance(row[c], pd.Timestamp) else _text(row[c])
                 for c in extra}
        if network.has_edge(source, target):
            network.edges[source, target]["weight"] += weight
        else:
            network.add_edge(source, target, weight=weight, **attrs)
    return network


def reorganisation(graph: Graph) -> nx.DiGraph:
    """Former body → new body for the 2025 changes touching bodies the news names. A province
    merger lists every body of the old and new provinces; each new body is linked to the
    former bodies of its own type (read from the name by the ingest's body rules), else to
    all of them. Bodies on both sides of a change (the surviving province's) get no edge."""
    from cadregraph.ingest.rdf.bodies import infer_body_type

    rows = graph.table("reorganisation")
    network = nx.DiGraph(kind="reorganisation")
    for change, group in rows.groupby("change", sort=False):
        kinds = {b: infer_body_type(_text(n)) for b, n in zip(group["body"], group["body_name"],
                                                              strict=True)}
        for row in group.itertuples():
            if row.body not in network:
                network.add_node(row.body, label=_text(row.body_name), kind="body",
                                 body_type=kinds[row.body])
        former = set(group.loc[group["side"] == "former", "body"])
        new = set(group.loc[group["side"] == "new", "body"])
        for target in new - former:
            sources = {b for b in former - new if kinds[b] == kinds[target]} or former - new
            for source in sources:
                network.add_edge(source, target, weight=1, change=change,
                                 date=_day(group["date"].iloc[0]),
                                 name=_text(group["name"].iloc[0]))
    return network


KINDS = {
    "co-attendance": co_attendance,
    "person-body": person_body,
    "body-hierarchy": lambda graph: _edges(graph, load("body_hierarchy"), True, "body-hierarchy"),
    "reorganisation": reorganisation,
}


def network(graph: Graph, sparql_or_kind: str, directed: bool = False, **options: Any) -> nx.Graph:
    """A network by kind name (see KINDS) or from a SELECT with ?source and ?target."""
    if sparql_or_kind in KINDS:
        return KINDS[sparql_or_kind](graph, **options)
    if "select" not in sparql_or_kind.lower():
        raise ValueError(f"unknown network {sparql_or_kind!r}: use one of {', '.join(KINDS)} "
                         "or a SPARQL SELECT with ?source and ?target")
    return _edges(graph, sparql_or_kind, directed, "custom")
