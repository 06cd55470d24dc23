"""networkx graphs from the knowledge graph, checked against SPARQL counts."""

from __future__ import annotations

import networkx as nx
import pytest
from pyapi_support import fixture_graph


def test_co_attendance_weights_count_shared_events() -> None:
    graph = fixture_graph()
    network = graph.to_networkx("co-attendance")
    pairs = graph.query("""
        SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?shared) WHERE {
          ?e cg:participant ?ma , ?mb .
          ?a cg:hasMention ?ma . ?b cg:hasMention ?mb .
          FILTER(STR(?a) < STR(?b))
        } GROUP BY ?a ?b""")
    assert len(pairs) > 0
    assert network.number_of_edges() == len(pairs)
    for row in pairs.itertuples():
        assert network.edges[row.a, row.b]["weight"] == row.shared
    assert all(data["label"] for _, data in network.nodes(data=True))


def test_co_attendance_min_weight_drops_weak_ties() -> None:
    full = fixture_graph().to_networkx("co-attendance")
    strong = fixture_graph().to_networkx("co-attendance", min_weight=2)
    assert 0 < strong.number_of_edges() < full.number_of_edges()
    assert all(w >= 2 for _, _, w in strong.edges(data="weight"))


def test_person_body_is_bipartite_with_roles() -> None:
    network = fixture_graph().to_networkx("person-body")
    kinds = nx.get_node_attributes(network, "kind")
    assert set(kinds.values()) == {"person", "body"}
    assert all(kinds[a] != kinds[b] for a, b in network.edges())
    positions = fixture_graph().table("positions")
    assert network.number_of_edges() == len(positions.drop_duplicates(["person", "body"]))
    assert all(data["roles"] for _, _, data in network.edges(data=True))


def test_hierarchy_and_reorganisation_are_directed() -> None:
    graph = fixture_graph()
    hierarchy = graph.to_networkx("body-hierarchy")
    links = graph.query("SELECT DISTINCT ?a ?b WHERE { ?a org:subOrganizationOf ?b }")
    assert hierarchy.is_directed() and hierarchy.number_of_edges() == len(links) > 0
    changes = graph.to_networkx("reorganisation")
    merged = graph.query("""SELECT DISTINCT ?old ?new WHERE {
        ?c org:originalOrganization ?old ; org:resultingOrganization ?new }""")
    assert {(r.old, r.new) for r in merged.itertuples()} == set(changes.edges())
    assert all(d["date"] for _, _, d in changes.edges(data=True))


def test_custom_sparql_network() -> None:
    network = fixture_graph().to_networkx("""
        SELECT ?source ?target ?source_label WHERE {
          ?c cg:cites ?target ; prov:wasDerivedFrom ?source .
          ?source schema:headline ?source_label }""")
    cited = fixture_graph().query("SELECT DISTINCT ?a ?d WHERE { ?c cg:cites ?d ; "
                                  "prov:wasDerivedFrom ?a }")
    assert network.number_of_edges() == len(cited) > 0
    with pytest.raises(ValueError, match="co-attendance"):
        fixture_graph().to_networkx("who knows")
    with pytest.raises(ValueError, match=r"\?source"):
        fixture_graph().to_networkx("SELECT ?x WHERE { ?x a cg:Person }")
