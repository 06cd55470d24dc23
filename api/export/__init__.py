"""Exports of the whole graph: RDF dumps, CSV tables, Gephi networks and Popolo JSON.

    from cadregraph.api.export import export
    export(open_graph(), "csv", "tables/")      # → the files written
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas comes with the Graph: keep `cadregraph --help` quick
    from cadregraph.api.python.graph import Graph


@dataclass(frozen=True)
class Format:
    name: str
    folder: bool  # OUT is a folder of files (one per table / network) rather than one file
    help: str
    write: Callable[..., list[Path]]


def _rdf(name: str) -> Callable[..., list[Path]]:
    def write(graph: Graph, out: Path, **_: Any) -> list[Path]:
        from cadregraph.api.export import rdf

        return getattr(rdf, f"write_{name}")(graph.store, out)
    return write


def _by_graph(module: str, name: str) -> Callable[..., list[Path]]:
    def write(graph: Graph, out: Path, **options: Any) -> list[Path]:
        from importlib import import_module

        return getattr(import_module(f"cadregraph.api.export.{module}"), name)(
            graph, out, **options)
    return write


FORMATS = {f.name: f for f in (
    Format("nquads", False, "N-Quads, one named graph per article (re-loadable as is)",
           _rdf("nquads")),
    Format("trig", False, "TriG with the ontology prefixes, one named graph per article",
           _rdf("trig")),
    Format("jsonld", False, "JSON-LD (via rdflib, in memory: for a big store prefer nquads), "
           "prefix @context, graphs kept", _rdf("jsonld")),
    Format("csv", True, "CSV tables: persons, positions, bodies, events, participation, "
           "documents, citations, articles, reorganisation", _by_graph("tables", "write_csv")),
    Format("graphml", True, "GraphML networks for Gephi: co-attendance, person-body, "
           "body-hierarchy, reorganisation", _by_graph("networks", "write_graphml")),
    Format("gexf", True, "GEXF networks for Gephi (same networks as graphml)",
           _by_graph("networks", "write_gexf")),
    Format("popolo", False, "Popolo JSON: persons, organizations, posts, memberships, events",
           _by_graph("popolo", "write_popolo")),
)}


def export(source: Graph | str | os.PathLike[str] | Any, format: str,
           out: str | os.PathLike[str], *, progress: bool = False) -> list[Path]:
    """Write the graph (a Graph, store folder or RDF dump) as `format` to `out`; returns the
    files written. Folder formats create `out` if needed."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    from cadregraph.api.python.graph import open_graph

    spec = FORMATS[format]
    graph = open_graph(source)
    target = Path(out)
    if spec.folder and target.exists() and not target.is_dir():
        raise NotADirectoryError(f"{target} is a file; --format {format} writes several files, "
                                 "give a folder (it is created when missing)")
    if not spec.folder:
        if target.is_dir():
            raise IsADirectoryError(f"{target} is a folder; --format {format} writes one file, "
                                    f"e.g. {target / ('graph.' + format)}")
        target.parent.mkdir(parents=True, exist_ok=True)
    options = {"progress": progress} if spec.folder else {}
    return spec.write(graph, target, **options)
