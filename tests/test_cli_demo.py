"""`cadregraph demo`: the example articles into a fresh store, then served."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from cadregraph.api.cli.main import main
from oxigraph_server import free_port


def test_demo_builds_a_fresh_store_without_serving(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    assert main(["demo", "--store", str(folder), "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert "7 articles read" in out and "7 ingested" in out and "0 failed" in out
    assert f"--store {folder}" in out  # tells how to query what it built
    assert main(["stats", "--store", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 7


def test_demo_refuses_a_store_that_already_holds_data(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "something").write_text("x", encoding="utf-8")
    assert main(["demo", "--store", str(tmp_path), "--no-serve"]) == 1
    err = capsys.readouterr().err
    assert "not empty" in err and "cadregraph ingest" in err
    assert main(["demo", "--examples", str(tmp_path / "none"), "--no-serve"]) == 1
    assert "--examples" in capsys.readouterr().err


@pytest.mark.slow
def test_demo_serves_the_examples(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "cadregraph.api.cli.main", "demo", "--port", str(port),
         "--store", str(tmp_path / "demo")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    query = urllib.parse.quote(
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }")
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/sparql?query={query}",
                    headers={"Accept": "application/sparql-results+json"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    body = json.loads(response.read())
                break
            except (urllib.error.URLError, OSError):
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the demo server did not come up"
                time.sleep(0.5)
        assert body["results"]["bindings"][0]["n"]["value"] == "7"
    finally:
        process.terminate()
        process.wait(timeout=30)
