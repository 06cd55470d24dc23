"""Popolo JSON: valid against the Popolo schemas, and holding what the graph holds."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from cadregraph.api.export import export
from cadregraph.api.export.popolo_schema import popolo_errors
from pyapi_support import POPOLO_SCHEMAS, fixture_graph

needs_schemas = pytest.mark.skipif(not (POPOLO_SCHEMAS / "person.json").is_file(),
                                   reason=f"Popolo schemas not found at {POPOLO_SCHEMAS}")


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict:
    [out] = export(fixture_graph(), "popolo", tmp_path_factory.mktemp("popolo") / "p.json")
    return json.loads(out.read_text(encoding="utf-8"))


@needs_schemas
def test_valid_against_the_schemas(document: dict) -> None:
    assert popolo_errors(document, POPOLO_SCHEMAS) == []


@needs_schemas
def test_validator_catches_violations(document: dict) -> None:
    broken = copy.deepcopy(document)
    broken["memberships"][0]["start_date"] = "14/03/2023"
    broken["persons"][0]["sources"] = [{"note": "a link without url"}]
    errors = popolo_errors(broken, POPOLO_SCHEMAS)
    assert any(e.startswith("memberships[0]['start_date']") for e in errors)
    assert any(e.startswith("persons[0]['sources'][0]") for e in errors)


def test_collections_match_the_graph(document: dict) -> None:
    graph = fixture_graph()
    assert len(document["persons"]) == len(graph.table("persons"))
    bodies = graph.table("bodies")
    organizations = {o["id"] for o in document["organizations"]}
    assert set(bodies.loc[bodies["articles"] > 0, "body"]) <= organizations
    assert organizations <= set(bodies["body"])
    unnamed = graph.query("""SELECT DISTINCT ?b WHERE { ?b a org:Organization
        FILTER NOT EXISTS { ?a schema:mentions ?b } }""")  # known only from the reorganisation
    assert len(unnamed) > 0 and not organizations & set(unnamed["b"])
    positions = graph.table("positions")
    assert len(document["memberships"]) == len(positions.drop_duplicates(["person", "post"]))
    assert len(document["posts"]) == positions["post"].nunique()
    assert len(document["events"]) == len(graph.table("events"))
    for collection in document.values():
        ids = [item["id"] for item in collection]
        assert len(ids) == len(set(ids))


def test_memberships_keep_attestation_and_sources(document: dict) -> None:
    people = {p["id"]: p["name"] for p in document["persons"]}
    an = [m for m in document["memberships"] if people[m["person_id"]] == "Nguyễn Văn An"
          and m["role"] == "Bí thư"]
    assert len(an) == 1 and len(an[0]["sources"]) == 2
    assert an[0]["first_attested"] < an[0]["last_attested"]
    assert "start_date" not in an[0]  # news attests holdings, not terms
    merged = [o for o in document["organizations"] if o.get("dissolution_date")]
    assert merged and all(o["dissolution_date"] == "2025-03-01" for o in merged)


def test_missing_schema_folder_is_explained(tmp_path: Path, document: dict) -> None:
    with pytest.raises(FileNotFoundError, match="Popolo"):
        popolo_errors(document, tmp_path)
