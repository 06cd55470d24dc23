"""Folded keys and slugs, and agreement of our body key with the scorer's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from cadregraph.ingest.rdf.keys import body_key, body_phrases, fold, phrased, short_hash, slug
from cadregraph.ingest.rdf.levels import identity_key, level_spellings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_fold_removes_case_accents_punctuation_and_d_stroke() -> None:
    assert fold("Đặng Thị Hoa Rây") == "dang thi hoa ray"
    assert fold("  HĐND   TP.  Long-Xuyên ") == "hdnd tp long xuyen"
    assert fold(None) == ""


@pytest.mark.parametrize(("a", "b"), [
    ("HĐND TP. Long Xuyên", "Hội đồng nhân dân thành phố Long Xuyên"),
    ("UBND tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang"),
    ("BTV Tỉnh ủy An Giang", "Ban Thường vụ Tỉnh ủy An Giang"),
    ("Ủy ban MTTQ Việt Nam TP.HCM", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"),
    ("Đoàn ĐBQH tỉnh An Giang", "Đoàn đại biểu Quốc hội tỉnh An Giang"),
    ("BCH Trung ương", "Ban Chấp hành Trung ương Đảng"),
])
def test_spellings_of_one_body_share_a_key(a: str, b: str) -> None:
    assert body_key(a) == body_key(b) != ""


def test_a_body_without_its_place_is_another_body() -> None:
    assert body_key("Tỉnh ủy") != body_key("Tỉnh ủy An Giang")
    assert body_key("Thành ủy Long Xuyên") != body_key("Thành ủy Châu Đốc")


def test_phrase_table_round_trips_an_example() -> None:
    phrases = dict(body_phrases())
    assert phrases["hoi dong nhan dan"] == "hdnd"
    assert phrases["ban chap hanh dang bo phuong"] == "danguy phuong"  # the level stays
    assert phrased("Hội đồng nhân dân thành phố Cần Thơ") == "hdnd thanh pho can tho"
    assert body_key("Hội đồng nhân dân thành phố Cần Thơ") == "hdnd can tho"


def test_level_table_round_trips_an_example() -> None:
    spellings = level_spellings()
    assert spellings[("tp",)] == ("thanh pho", False)
    assert spellings[("p",)] == ("phuong", True)  # only inside a name
    assert identity_key("HĐND TP. Cần Thơ") == "hdnd thanh pho can tho"
    assert identity_key("TT HĐND tỉnh An Giang").startswith("tt hdnd")  # Thường trực, not a level
    assert identity_key("Thành ủy Thành phố Cần Thơ") == "thanhuy can tho"


def test_slug_is_url_safe_and_bounded() -> None:
    assert slug("Phó Bí thư Thường trực") == "pho-bi-thu-thuong-truc"
    long_a, long_b = slug("Ban " * 60), slug("Ban " * 61)
    assert len(long_a) <= 90 and long_a != long_b  # cut, but still distinct
    assert set(long_a) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert slug("!!!") == ""


def test_short_hash_separates_none_from_empty() -> None:
    assert short_hash(None) != short_hash("")
    assert short_hash("a", "b") != short_hash("ab")


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared folder is not next to the repo)")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_body_key_agrees_with_the_scorer_on_every_gold_body() -> None:
    scorer = _scorer()
    gold = SHARED / "corpus" / "dev" / "gold.jsonl"
    names = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        names |= {o["name"] for o in record.get("organizations") or []}
        names |= {p["body"] for person in record.get("persons") or []
                  for p in person.get("positions") or []}
        names |= {d["issuer"] for d in record.get("documents") or [] if d.get("issuer")}
    assert len(names) > 50
    disagreements = {n: (body_key(n), scorer.body_key(n)) for n in names
                     if body_key(n) != scorer.body_key(n)}
    assert disagreements == {}
