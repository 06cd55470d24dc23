"""networkx graph → vis-network node/edge lists (through pyvis), laid out on the server.

Positions come from networkx and physics stays off, so a 2,000-node graph draws at once and
does not wobble; only the best-connected nodes get a visible label, the rest a tooltip.
pyvis's lists are filled directly: `from_nx` re-checks every edge and is slow at scale.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
from cadregraph.api.web.ns import path_for_iri
from pyvis.network import Network

COLOURS = {"centre": "#d62728", "person": "#1f77b4", "post": "#9467bd", "body": "#2ca02c",
           "event": "#ff7f0e", "document": "#8c564b"}
SHAPES = {"post": "diamond", "event": "square", "body": "dot", "person": "dot", "centre": "star"}


def _layout(g: nx.Graph, layered: bool) -> dict[Any, tuple[float, float]]:
    if g.number_of_nodes() == 0:
        return {}
    if layered and isinstance(g, nx.DiGraph) and nx.is_directed_acyclic_graph(g):
        depth: dict[Any, int] = {}
        for node in reversed(list(nx.topological_sort(g))):  # roots (parents) get depth 0
            depth[node] = 1 + max((depth[p] for p in g.successors(node)), default=-1)
        for node, d in depth.items():
            g.nodes[node]["layer"] = d
        pos = nx.multipartite_layout(g, subset_key="layer", align="horizontal")
        return {n: (x, -y) for n, (x, y) in pos.items()}
    if g.number_of_nodes() <= CORE:
        return nx.spring_layout(g, seed=7)
    return _hub_layout(g)


CORE = 300  # nodes laid out by force simulation; the rest are placed around them


def _hub_layout(g: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Force layout for the best-connected nodes, the others in sunflowers around them.

    networkx's force layouts take tens of seconds at 2,000 nodes; hubs carry the structure
    and leaves cluster around the hub they attach to, which is what a reader looks for.
    """
    core = sorted(g.nodes, key=lambda n: -g.degree(n))[:CORE]
    pos = {n: (float(x), float(y)) for n, (x, y) in
           nx.spring_layout(g.subgraph(core), seed=7).items()}
    children: dict[Any, list[Any]] = {}
    frontier = list(core)
    while frontier:  # breadth-first from the core: each node hangs off a placed neighbour
        nxt = []
        for node in frontier:
            for other in g.neighbors(node):
                if other not in pos and other not in children:
                    children[other] = []
                    children.setdefault(node, []).append(other)
                    nxt.append(other)
        for node in frontier:
            kids = children.get(node, [])
            x0, y0 = pos[node]
            for i, kid in enumerate(kids):  # golden-angle spiral: even spacing, no overlap
                r = 0.012 * math.sqrt(i + 1)
                a = i * 2.399963
                pos[kid] = (x0 + r * math.cos(a), y0 + r * math.sin(a))
        frontier = nxt
    rest = [n for n in g.nodes if n not in pos]  # other components: a ring outside
    for i, node in enumerate(rest):
        a = 2 * math.pi * i / max(len(rest), 1)
        pos[node] = (1.3 * math.cos(a), 1.3 * math.sin(a))
    return pos


def prune(g: nx.Graph, max_nodes: int) -> nx.Graph:
    """Keep the best-connected `max_nodes` nodes (the centre always stays)."""
    if g.number_of_nodes() <= max_nodes:
        return g
    ranked = sorted(g.nodes, key=lambda n: (g.nodes[n].get("kind") != "centre", -g.degree(n)))
    return g.subgraph(ranked[:max_nodes]).copy()


def to_vis(g: nx.Graph, layered: bool = False, labelled: int = 80) -> dict[str, Any]:
    pos = _layout(g, layered)
    scale = 150 + 60 * g.number_of_nodes() ** 0.5
    show = set(sorted(g.nodes, key=lambda n: -g.degree(n))[:labelled])
    net = Network(directed=isinstance(g, nx.DiGraph))
    net.toggle_physics(False)
    ids: dict[Any, int] = {}
    # vis-network fits the whole layout into view; sizes grow with the layout so that hubs
    # and their labels stay legible at that overview zoom instead of shrinking to dots.
    grow = max(1.0, scale / 576)  # ≈ layout units per screen pixel at the fitted zoom
    top = max((g.degree(n) for n in g.nodes), default=1) or 1
    for i, (node, attrs) in enumerate(g.nodes(data=True)):
        ids[node] = i
        kind = attrs.get("kind", "other")
        label = str(attrs.get("label") or node)
        x, y = pos.get(node, (0.0, 0.0))
        shown = node in show or kind == "centre"
        net.nodes.append({
            "id": i, "label": label if shown else "", "title": f"{label} ({kind})",
            "x": round(float(x) * scale, 1), "y": round(float(y) * scale, 1),
            "color": COLOURS.get(kind, "#7f7f7f"), "shape": SHAPES.get(kind, "dot"),
            "size": 24 if kind == "centre" else round(
                (min(8 + 2 * g.degree(node), 30) if grow == 1.0
                 else 3 + 9 * (g.degree(node) / top) ** 0.5) * grow, 1),
            "font": {"size": round(13 * grow)}, "href": path_for_iri(attrs.get("iri") or ""),
            "kind": kind})
    for a, b, attrs in g.edges(data=True):
        edge = {"from": ids[a], "to": ids[b], "title": str(attrs.get("label") or "")}
        if "weight" in attrs:
            edge["value"] = attrs["weight"]
            edge["title"] = f"{attrs['weight']} event(s) together"
        net.edges.append(edge)
    return {"nodes": net.nodes, "edges": net.edges, "options": _options(net, g)}


def _options(net: Network, g: nx.Graph) -> dict[str, Any]:
    big = g.number_of_nodes() > 300
    return {
        "physics": {"enabled": False},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "edges": {"color": {"color": "#b0b0b0", "opacity": 0.25 if big else 1.0},
                  "smooth": False, "width": 1,
                  "arrows": {"to": {"enabled": net.directed, "scaleFactor": 0.5}}},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "layout": {"improvedLayout": False},
    }
