"""The extractor on the shared dev corpus: scores stay above their floors; no record is invalid.

Reads ../shared/corpus/dev (never copied into the project) and scores with the shared
../shared/eval/score.py; skipped when the shared folder is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
# Just under the figures measured on 2026-11-28 at 19:10 UTC (dev: persons 1.000, positions 0.984,
# organizations 0.968, events 0.983, participation 0.975; dev/linking: 1.000, 0.976, 0.957,
# 1.000, 0.992; documents and event types 1.000). dev/linking is a second set of real
# articles, fixed by error category with general rules only: it guards generalisation.
FLOORS = {
    "dev": {"persons": 0.99, "positions": 0.97, "organizations": 0.96, "events": 0.97,
            "participation": 0.96, "documents": 0.99, "event_type_accuracy": 0.99},
    "dev/linking": {"persons": 0.98, "positions": 0.965, "organizations": 0.945, "events": 0.99,
                    "participation": 0.98, "event_type_accuracy": 0.99},
}


def _shared_module(name: str) -> ModuleType:
    path = SHARED / "eval" / f"{name}.py"
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation folder is not next to the repo")
    spec = importlib.util.spec_from_file_location(f"shared_eval_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(path: Path) -> list[dict]:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared dev corpus is not next to the repo")
    items = list(iter_articles([path]))
    assert all(isinstance(i, Article) for i in items), "the dev corpus must read cleanly"
    return [extract(article).to_contract() for article in items if isinstance(article, Article)]


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_stay_above_floors(corpus: str) -> None:
    score = _shared_module("score")
    folder = SHARED / "corpus" / corpus
    gold = score.load(str(folder / "gold.jsonl"))
    result = score.score(gold, _records(folder / "articles.jsonl"))
    floors = FLOORS[corpus]
    got = {name: (value["f1"] if isinstance(value, dict) else value)
           for name, value in result.items() if name in floors}
    below = {name: got[name] for name, floor in floors.items() if got[name] < floor}
    assert not below, f"{corpus} below floor {floors}: {below} (all: {got})"


def test_unlabeled_records_are_all_valid() -> None:
    import sys

    sys.path.insert(0, str(SHARED / "eval"))  # check_records imports score by name
    try:
        check = _shared_module("check_records")
    finally:
        sys.path.remove(str(SHARED / "eval"))
    path = DEV / "unlabeled.jsonl"
    records = _records(path)
    texts = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            texts[article["id"]] = (article.get("title") or "") + "\n" + article["text"]
    assert len(records) == len(texts)
    problems = [p for record in records for p in check.problems(record, texts[record["id"]])]
    assert problems == []
