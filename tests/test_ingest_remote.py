"""Ingest, query and stats through a real `oxigraph serve` process (the remote store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cadregraph.api.cli.main import main
from ingest_inputs import EXAMPLES
from oxigraph_server import oxigraph_server


def test_cli_against_a_sparql_server(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    with oxigraph_server(tmp_path / "server") as url:
        assert main(["ingest", str(EXAMPLES), "--store", url, "--json"]) == 0
        first = json.loads(capsys.readouterr().out)
        assert first["ingested"] == 7 and first["bulk_loaded"] == 0  # no bulk over HTTP
        assert main(["ingest", str(EXAMPLES), "--store", url, "--json"]) == 0
        again = json.loads(capsys.readouterr().out)
        assert (again["unchanged"], again["quads_written"]) == (7, 0)
        assert main(["stats", "--store", url, "--json"]) == 0
        counts = json.loads(capsys.readouterr().out)
        assert counts["articles"] == 7 and counts["quads"] >= first["quads_written"]
        assert main(["query", "ASK { ?d cg:documentNumber ?n FILTER(CONTAINS(?n, '18-NQ')) }",
                     "--store", url]) == 0
        assert capsys.readouterr().out == "true\n"
