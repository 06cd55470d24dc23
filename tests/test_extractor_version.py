"""The extractor fingerprint changes with the code and data that read articles, and only them."""

from __future__ import annotations

import re
from pathlib import Path

from cadregraph.ingest import extractor_version as ev


def _tree(root: Path) -> None:
    for name, text in {"normalize/text.py": "X = 1\n", "extract/titles.tsv": "Bí thư\tparty\n",
                       "rdf/mapping.py": "Y = 2\n", "records.py": "Z = 3\n",
                       "read/plain.py": "W = 4\n"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_a_vocabulary_edit_changes_the_fingerprint(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = ev.fingerprint(tmp_path)
    (tmp_path / "extract/titles.tsv").write_text("Bí thư\tparty\nChủ tịch\tchair\n",
                                                 encoding="utf-8")
    assert ev.fingerprint(tmp_path) != before
    (tmp_path / "records.py").write_text("Z = 4\n", encoding="utf-8")
    assert len({before, ev.fingerprint(tmp_path)}) == 2


def test_caches_and_readers_do_not_change_it(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = ev.fingerprint(tmp_path)
    (tmp_path / "extract/__pycache__").mkdir()
    (tmp_path / "extract/__pycache__/titles.cpython-311.pyc").write_bytes(b"\0\1")
    (tmp_path / "read/plain.py").write_text("W = 5\n", encoding="utf-8")  # content hash's job
    assert ev.fingerprint(tmp_path) == before


def test_a_renamed_file_changes_it(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = ev.fingerprint(tmp_path)
    (tmp_path / "extract/titles.tsv").rename(tmp_path / "extract/roles.tsv")
    assert ev.fingerprint(tmp_path) != before


def test_the_installed_extractor_has_one() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", ev.extractor_version())
    assert ev.extractor_version() == ev.fingerprint(Path(ev.__file__).parent)
