"""Input articles for ingest/CLI tests, built from the project's own example articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cadregraph.ingest.store import GraphStore
from pyoxigraph import NamedNode

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
EXAMPLES_JSONL = EXAMPLES / "articles.jsonl"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def example_articles() -> list[dict[str, Any]]:
    with open(EXAMPLES_JSONL, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def variants(count: int) -> list[dict[str, Any]]:
    """`count` distinct articles (own ids, own last sentence) cycling through the examples."""
    base = example_articles()
    out = []
    for i in range(count):
        article = dict(base[i % len(base)])
        article["id"] = f"{article['id']}-v{i}"
        article["text"] += f"\n\nBài viết số {i}."
        out.append(article)
    return out


def write_jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def dump_lines(store: GraphStore, path: Path) -> list[str]:
    store.dump(path)
    return sorted(path.read_text(encoding="utf-8").splitlines())


def graph_quad_count(store: GraphStore, graph: NamedNode) -> int:
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    return next(iter(store.query(sparql, use_default_graph_as_union=False)))["n"].value
