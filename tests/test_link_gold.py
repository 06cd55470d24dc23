"""Linking quality on the shared dev corpora, with features built from gold records.

This measures linking apart from the extractor: the gold persons and posts go in, the
scorer's B-cubed person_linking comes out. Skipped when ../shared is absent.
"""

import importlib.util
import json
from pathlib import Path

import pytest
from cadregraph.ingest.link import link_batch
from cadregraph.ingest.link.gold import load_gold_records

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder,minimum", [("corpus/dev/linking", 0.98), ("corpus/dev", 0.99)])
def test_person_linking_on_gold_features(folder: str, minimum: float) -> None:
    base = SHARED / folder
    if not (base / "gold.jsonl").exists():
        pytest.skip(f"shared corpus not found at {base}")
    records = list(load_gold_records(base / "gold.jsonl", base / "articles.jsonl"))
    # entity ids of the gold must not leak into the input
    assert all(p.entity is None for r in records for p in r.persons)
    link_batch(records)
    scorer = _scorer()
    gold = scorer.load(str(base / "gold.jsonl"))
    pred = [json.loads(json.dumps(r.to_contract())) for r in records]
    result = scorer.score(gold, pred)["person_linking"]
    assert result["mentions"] > 90
    assert result["f1"] >= minimum, result
