"""`cadregraph ingest` end to end, in process, against a real store folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cadregraph.api.cli.main import main
from cadregraph.ingest.store import open_store
from ingest_inputs import DEV_CORPUS, EXAMPLES, example_articles, write_jsonl


def test_summary_lists_each_failure_with_its_reason_and_exits_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", example_articles()[:2])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "no-text"}\nnot json\n', encoding="utf-8")
    status = main(["ingest", str(good), str(bad), str(tmp_path / "missing.jsonl"),
                   "--store", str(tmp_path / "store")])
    out = capsys.readouterr().out
    assert status == 1
    assert "5 articles read" in out and "2 ingested" in out and "3 failed" in out
    for source in (f"{bad}:1", f"{bad}:2", str(tmp_path / "missing.jsonl")):
        assert any(line.strip().startswith(source + ":") for line in out.splitlines()), source


def test_json_summary_and_clean_rerun_exit_0(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", str(EXAMPLES), "--store", store, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["ingested"] == first["read"] >= 7 and first["failures"] == []
    assert main(["ingest", str(EXAMPLES), "--store", store, "--json", "--quiet"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["unchanged"], again["ingested"], again["quads_written"]) == (first["read"], 0, 0)


def test_store_held_by_another_process_gives_a_clear_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "store"
    holder = open_store(folder)
    try:
        status = main(["ingest", str(EXAMPLES), "--store", str(folder)])
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert status == 1
    assert str(folder) in err and "in use" in err and "--store" in err


def test_store_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREGRAPH_STORE", str(tmp_path / "env-store"))
    assert main(["ingest", str(EXAMPLES / "articles.jsonl")]) == 0
    assert str(tmp_path / "env-store") in capsys.readouterr().out
    with open_store(tmp_path / "env-store", read_only=True) as store:
        assert store.count_quads() > 0


def test_help_teaches_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("ingest", "query", "stats", "demo"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert f"cadregraph {command}" in capsys.readouterr().out.split("Examples:")[1]


@pytest.mark.slow  # extraction and linking of 329 real articles: about a minute
@pytest.mark.skipif(not (DEV_CORPUS / "articles.jsonl").exists(),
                    reason=f"the shared dev corpus is absent ({DEV_CORPUS})")
def test_the_whole_dev_corpus_ingests_without_failure(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["ingest", str(DEV_CORPUS / "articles.jsonl"),
                   str(DEV_CORPUS / "unlabeled.jsonl"), "--store", str(tmp_path / "store"),
                   "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert summary["failures"] == [] and summary["problems"] == []
    assert (status, summary["read"], summary["ingested"]) == (0, 329, 329)


def test_nothing_to_read_is_an_error_that_says_what_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--store", str(tmp_path / "store")]) == 1
    assert ".jsonl" in capsys.readouterr().err
