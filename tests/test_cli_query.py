"""`cadregraph query` and `cadregraph stats` on a store holding the example articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cadregraph.api.cli.main import main
from cadregraph.ingest.extract import extract
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.records import Article
from cadregraph.ingest.store import open_store
from ingest_inputs import EXAMPLES
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

NAMES = ("SELECT ?article ?headline WHERE { ?article a schema:NewsArticle ; "
         "schema:headline ?headline } ORDER BY ?article")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli") / "store"
    assert main(["ingest", str(EXAMPLES), "--store", str(folder), "--quiet"]) == 0
    return str(folder)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_table_is_aligned_with_short_iris(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "query", NAMES, "--store", store)
    lines = out.splitlines()
    assert status == 0 and lines[0].split() == ["?article", "?headline"]
    assert lines[-1] == "(7 rows)"
    rows = lines[2:-1]
    assert len(rows) == 7 and all(row.startswith("cgr:article/") for row in rows)
    column = lines[0].index("?headline")
    assert all(row[column - 2:column] == "  " and row[column] != " " for row in rows)


def test_json_csv_tsv_are_sparql_results(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "query", NAMES, "--store", store, "--format", "json")
    assert len(json.loads(out)["results"]["bindings"]) == 7
    solutions = list(parse_query_results(out.encode(), QueryResultsFormat.JSON))
    _, tsv, _ = run(capsys, "query", NAMES, "--store", store, "--format", "tsv")
    assert list(parse_query_results(tsv.encode(), QueryResultsFormat.TSV)) == solutions
    _, out, _ = run(capsys, "query", NAMES, "--store", store, "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["article", "headline"] and len(table) == 8
    assert {row[1] for row in table[1:]} == {s["headline"].value for s in solutions}


def test_ask_and_construct(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "query", "ASK { ?a a schema:NewsArticle }", "--store", store)[1] == "true\n"
    _, out, _ = run(capsys, "query", "ASK { ?a a schema:NewsArticle }", "--store", store,
                    "--no-union")
    assert out == "false\n"  # the default graph alone is empty: facts live in article graphs
    _, out, _ = run(capsys, "query", "ASK { ?a a cg:Nothing }", "--store", store,
                    "--format", "json")
    assert json.loads(out) == {"head": {}, "boolean": False}
    construct = ("CONSTRUCT { ?a schema:headline ?h } WHERE { ?a a schema:NewsArticle ; "
                 "schema:headline ?h }")
    status, out, _ = run(capsys, "query", construct, "--store", store)
    assert status == 0 and "@prefix schema:" in out
    assert len(list(parse(out.encode(), RdfFormat.TURTLE))) == 7


def test_query_from_file_and_bad_queries(store: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    query_file = tmp_path / "q.rq"
    query_file.write_text(NAMES, encoding="utf-8")
    assert run(capsys, "query", "--file", str(query_file), "--store", store)[1].endswith(
        "(7 rows)\n")
    status, out, err = run(capsys, "query", "SELECT ?x WHERE { ?x", "--store", store)
    assert status == 1 and out == "" and "not valid SPARQL" in err
    status, _, err = run(capsys, "query", "--file", str(tmp_path / "none.rq"), "--store", store)
    assert status == 1 and "cannot read" in err
    status, _, err = run(capsys, "query", NAMES, "--store", str(tmp_path / "empty"))
    assert status == 1 and "cadregraph ingest" in err


def test_stats_counts_what_the_store_holds(store: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "stats", "--store", store, "--json")
    counts = json.loads(out)
    assert status == 0 and counts["articles"] == 7
    with open_store(store, read_only=True) as opened:
        assert counts["quads"] == opened.count_quads()
        assert counts["named_graphs"] == len(opened.named_graphs()) >= 7
    # The counts agree with the records the pipeline extracted from the same articles.
    records = [extract(a) for a in iter_articles([EXAMPLES]) if isinstance(a, Article)]
    assert counts["events"] == sum(len(r.events) for r in records) > 0
    assert counts["person_mentions"] == sum(len(r.persons) for r in records)
    assert 0 < counts["persons"] <= counts["person_mentions"]
    assert 0 < counts["documents"] <= sum(len(r.documents) for r in records)
    status, text, _ = run(capsys, "stats", "--store", store)
    assert any(line.split() == ["articles", "7"] for line in text.splitlines())
