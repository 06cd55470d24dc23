"""CSV tables: one row per fact, columns as the tables, counts as SPARQL counts them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cadregraph.api.export import export
from cadregraph.api.python.tables import TABLES
from pyapi_support import fixture_graph

# Each table's key column and an independent SPARQL count of the facts it should hold.
COUNTS = {
    "persons": ("person", """SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
        ?m a cg:PersonMention . OPTIONAL { ?c cg:hasMention ?m } BIND(COALESCE(?c, ?m) AS ?p) }"""),
    "positions": ("holding", """SELECT (COUNT(DISTINCT ?h) AS ?n) WHERE {
        ?h a org:Membership ; org:member ?m . ?m a cg:PersonMention }"""),
    "bodies": ("body", """SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {
        ?a a schema:NewsArticle ; schema:mentions ?b . ?b a org:Organization }"""),
    "events": ("event", "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cg:Event }"),
    "participation": (None, """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?p WHERE {
        { ?e cg:participant ?m . OPTIONAL { ?c cg:hasMention ?m } BIND(COALESCE(?c, ?m) AS ?p) }
        UNION { ?e cg:involvedBody ?p } } }"""),
    "documents": ("document", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:Document }"),
    "citations": ("citation", "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c cg:cites ?d }"),
    "articles": ("article", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"),
    "reorganisation": (None, """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?c ?side ?b WHERE {
        ?a a schema:NewsArticle ; schema:mentions ?named .
        ?c org:originalOrganization|org:resultingOrganization ?named .
        { ?c org:originalOrganization ?b BIND("former" AS ?side) }
        UNION { ?c org:resultingOrganization ?b BIND("new" AS ?side) } } }"""),
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("csv")
    return {path.stem: path for path in export(fixture_graph(), "csv", out)}


def test_every_table_is_written(tables: dict[str, Path]) -> None:
    assert set(tables) == set(TABLES) == set(COUNTS)


@pytest.mark.parametrize("name", TABLES)
def test_rows_and_columns_match_sparql(tables: dict[str, Path], name: str) -> None:
    frame = pd.read_csv(tables[name], encoding="utf-8", keep_default_na=False)
    expected = fixture_graph().table(name)
    assert list(frame.columns) == list(expected.columns)
    key, count = COUNTS[name]
    n = fixture_graph().query(count)["n"][0]
    assert len(frame) == n > 0
    keys = [key] if key else {"participation": ["event", "participant"],
                              "reorganisation": ["change", "side", "body"]}[name]
    assert not frame.duplicated(keys).any()


def test_text_dates_and_sources_survive(tables: dict[str, Path]) -> None:
    positions = pd.read_csv(tables["positions"], encoding="utf-8", parse_dates=[
        "date", "first_attested", "last_attested"])
    assert pd.api.types.is_datetime64_any_dtype(positions["date"])
    assert positions["sentence_text"].str.contains("Bí thư").any()  # diacritics intact
    assert positions["article"].notna().all() and positions["sentence"].notna().all()
    assert set(positions["former"].astype(str).str.lower()) <= {"true", "false"}
    raw = tables["positions"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
