"""Networks for Gephi: GraphML or GEXF files, one per network kind, with node labels, kinds,
weights and first/last dates as attributes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from cadregraph.api.python.graph import Graph
from tqdm import tqdm

# The networks written; see cadregraph.api.python.networks for what each one holds.
NETWORKS = ("co-attendance", "person-body", "body-hierarchy", "reorganisation")


def _plain(value: Any) -> str | int | float | bool:
    """GraphML/GEXF take str, int, float and bool only; numpy scalars become Python ones."""
    if isinstance(value, bool | str):
        return value
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, int | float):
        return value
    return "" if value is None else str(value)


def gephi_ready(network: nx.Graph) -> nx.Graph:
    clean = network.__class__()
    clean.graph.update({k: _plain(v) for k, v in network.graph.items()})
    for node, data in network.nodes(data=True):
        clean.add_node(node, **{k: _plain(v) for k, v in data.items()})
    for a, b, data in network.edges(data=True):
        clean.add_edge(a, b, **{k: _plain(v) for k, v in data.items()})
    return clean


def _write(graph: Graph, out: Path, suffix: str,
           writer: Callable[[nx.Graph, Path], None], progress: bool) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in tqdm(NETWORKS, desc="networks", unit=" network", disable=not progress):
        path = out / f"{kind}.{suffix}"
        writer(gephi_ready(graph.to_networkx(kind)), path)
        written.append(path)
    return written


def write_graphml(graph: Graph, out: Path, *, progress: bool = False) -> list[Path]:
    return _write(graph, out, "graphml", lambda g, p: nx.write_graphml(g, p), progress)


def write_gexf(graph: Graph, out: Path, *, progress: bool = False) -> list[Path]:
    return _write(graph, out, "gexf", lambda g, p: nx.write_gexf(g, p), progress)
