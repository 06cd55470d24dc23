"""A networkx graph as one self-contained HTML page (vis-network through pyvis), offline.

pyvis's own templates fetch Bootstrap or vis-network from a CDN, so a page saved from a
notebook would stay blank without a network connection. Here pyvis holds the node and edge
lists, networkx computes the layout (physics off: stable, instant drawing), and the
vis-network script and stylesheet that ship inside the pyvis package are inlined.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx
from cadregraph.api.web.vendor import vis_file
from pyvis.network import Network

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")


def _vis_assets() -> tuple[str, str]:
    css, js = vis_file("vis-network.css"), vis_file("vis-network.min.js")
    if css is None or js is None:
        raise RuntimeError("pyvis's bundled vis-network is missing; reinstall pyvis")
    return css.read_text(encoding="utf-8"), js.read_text(encoding="utf-8")


def pyvis_network(network: nx.Graph, *, group: str | None = None, seed: int = 7) -> Network:
    """A pyvis Network of `network`: labels from `label`, colours by the `group` attribute,
    node size by weighted degree, edge width by `weight`, positions from a spring layout."""
    view = Network(directed=network.is_directed())
    view.toggle_physics(False)
    if network.number_of_nodes() == 0:
        return view
    positions = nx.spring_layout(network, seed=seed, weight="weight")
    scale = 200 * max(network.number_of_nodes(), 4) ** 0.5
    groups: dict[Any, str] = {}
    ids = {node: i for i, node in enumerate(network.nodes)}
    for node, attrs in network.nodes(data=True):
        key = attrs.get(group) if group else None
        colour = groups.setdefault(key, PALETTE[len(groups) % len(PALETTE)])
        strength = network.degree(node, weight="weight")
        label = str(attrs.get("label") or node)
        x, y = positions[node]
        view.nodes.append({"id": ids[node], "label": label, "color": colour,
                           "title": f"{label} — {key}" if key is not None else label,
                           "x": round(float(x) * scale, 1), "y": round(float(y) * scale, 1),
                           "size": min(8 + 3 * strength, 40), "shape": "dot"})
    for a, b, attrs in network.edges(data=True):
        weight = attrs.get("weight", 1)
        view.edges.append({"from": ids[a], "to": ids[b], "value": weight,
                           "title": f"weight {weight}"})
    return view


def write_network_html(network: nx.Graph, path: str | Path, *, title: str, caption: str = "",
                       group: str | None = None) -> Path:
    """Write `network` as an offline HTML page; returns the path."""
    view = pyvis_network(network, group=group)
    options = {"physics": {"enabled": False},
               "interaction": {"hover": True, "tooltipDelay": 100},
               "edges": {"color": {"color": "#b0b0b0"}, "smooth": False,
                         "arrows": {"to": {"enabled": view.directed}}},
               "nodes": {"font": {"size": 14, "face": "sans-serif"}}}
    data = json.dumps({"nodes": view.nodes, "edges": view.edges, "options": options},
                      ensure_ascii=False).replace("</", "<\\/")
    css, js = _vis_assets()
    page = Template(resources.files(__package__).joinpath("network.html").read_text(
        encoding="utf-8")).substitute(title=html.escape(title), caption=html.escape(caption),
                                      data=data, css=css, js=js.replace("</script", "<\\/script"))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return target
