"""`cadregraph export` from the command line: every format, and errors that say what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from cadregraph.api.cli.main import main
from pyapi_support import FIXTURE, POPOLO_SCHEMAS


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld", "csv", "graphml", "gexf",
                                 "popolo"])
def test_each_format(tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"out-{fmt}"
    assert main(["export", "--format", fmt, str(out), "--store", str(FIXTURE)]) == 0
    printed = capsys.readouterr().out.split()
    assert printed and all(Path(p).is_file() and Path(p).stat().st_size > 0 for p in printed)


@pytest.mark.skipif(not POPOLO_SCHEMAS.is_dir(), reason="Popolo schemas not in ../shared")
def test_popolo_validate_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "-f", "popolo", str(tmp_path / "p.json"), "--store", str(FIXTURE),
                 "--validate", str(POPOLO_SCHEMAS)])
    assert code == 0 and "valid against" in capsys.readouterr().err


def test_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-f", "csv", str(tmp_path / "t"), "--store",
                 str(tmp_path / "none")]) == 1
    assert "cadregraph ingest" in capsys.readouterr().err
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    assert main(["export", "-f", "csv", str(afile), "--store", str(FIXTURE)]) == 1
    assert "give a folder" in capsys.readouterr().err
    assert main(["export", "-f", "csv", str(tmp_path / "t"), "--store", str(FIXTURE),
                 "--validate", str(tmp_path)]) == 2
