"""Shared data for the Python API, export and notebook tests.

`FIXTURE` is a small graph we wrote by hand in the shape of ontology/README.md (it includes a
linking and a reorganisation graph, which a handful of example articles may not produce);
`pipeline_graph` builds a store from article files through the real ingest pipeline.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cadregraph.api.python import Graph, build_store, open_graph

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "pyapi_graph.trig"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
POPOLO_SCHEMAS = SHARED / "popolo" / "schemas"


@cache
def fixture_graph() -> Graph:
    """The hand-written fixture, loaded into memory once (tests only read it)."""
    return open_graph(FIXTURE)


def example_files() -> list[Path]:
    """The example articles shipped in examples/ (empty until they exist)."""
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.rglob("*") if p.suffix in {".jsonl", ".txt", ".html"})


def pipeline_graph(files: list[Path], location: Path) -> Graph:
    return build_store(files, location)
