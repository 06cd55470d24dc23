"""What a notebook reads and where it writes, set from the environment so that the same
notebook runs on a user's store, on the example articles, or on a test corpus.

- CADREGRAPH_NOTEBOOK_STORE: a store folder or an RDF dump (.nq, .trig) to open read-only;
- CADREGRAPH_NOTEBOOK_SOURCES: else, article files or folders (separated by `os.pathsep`)
  ingested into an in-memory graph;
- neither: the store the CLI uses ($CADREGRAPH_STORE, else ~/.local/share/cadregraph/store);
- CADREGRAPH_NOTEBOOK_FIGURES: a folder to save each notebook's figure in (PNG);
- CADREGRAPH_NOTEBOOK_OUTPUT: where HTML views go (default: the working folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from cadregraph.api.python.build import build_store
from cadregraph.api.python.graph import Graph, open_graph


def notebook_graph() -> Graph:
    """The graph the environment names (see the module docstring), with a line saying which."""
    if store := os.environ.get("CADREGRAPH_NOTEBOOK_STORE"):
        graph = open_graph(store)
        print(f"Graph: {store} ({len(graph)} quads)")
    elif sources := os.environ.get("CADREGRAPH_NOTEBOOK_SOURCES"):
        paths = [p for p in sources.split(os.pathsep) if p]
        graph = build_store(paths)
        print(f"Graph: built in memory from {', '.join(paths)} ({len(graph)} quads)")
    else:
        graph = open_graph()
        print(f"Graph: the cadregraph store at {graph.location} ({len(graph)} quads)")
    return graph


def figure_path(name: str) -> Path | None:
    """Where to save figure `name` (a .png file name), or None when figures are not kept."""
    folder = os.environ.get("CADREGRAPH_NOTEBOOK_FIGURES")
    if not folder:
        return None
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder) / name


def output_path(name: str) -> Path:
    folder = Path(os.environ.get("CADREGRAPH_NOTEBOOK_OUTPUT") or ".")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
