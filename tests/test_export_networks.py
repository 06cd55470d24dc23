"""GraphML and GEXF files Gephi (and networkx) read back with their attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from cadregraph.api.export import export
from cadregraph.api.export.networks import NETWORKS
from pyapi_support import fixture_graph

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networks_read_back(tmp_path: Path, fmt: str) -> None:
    files = export(fixture_graph(), fmt, tmp_path / fmt)
    assert [f.stem for f in files] == list(NETWORKS)
    for path in files:
        original = fixture_graph().to_networkx(path.stem)
        back = READERS[fmt](path)
        assert back.number_of_nodes() == original.number_of_nodes()
        assert back.number_of_edges() == original.number_of_edges()
        assert back.is_directed() == original.is_directed()
    co = READERS[fmt](tmp_path / fmt / f"co-attendance.{fmt}")
    original = fixture_graph().to_networkx("co-attendance")
    for a, b, data in original.edges(data=True):
        assert int(co.edges[a, b]["weight"]) == data["weight"]
    labels = {n: d.get("label") for n, d in co.nodes(data=True)}
    assert "Nguyễn Văn An" in labels.values()
