"""Which extractor made an article graph: a fingerprint of the code and data behind it.

An article's `cg:contentHash` says whether the article changed; this says whether the reading
of it could have. Both are stored on the article node, so `cadregraph ingest` re-extracts an
unchanged article after the extractor, its vocabularies or the mapping changed, and skips it
otherwise. A fingerprint of the files, not the package version: a source checkout changes far
more often than its version number, and a wrong skip silently keeps an outdated graph, while a
needless re-extraction only costs time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Everything that turns an article into its graph; the readers are covered by the content
# hash (what they read is what it hashes) and linking writes its own graph.
PARTS = ("normalize", "extract", "rdf", "records.py")
SUFFIXES = frozenset({".py", ".tsv", ".txt", ".json", ".jsonl"})


def fingerprint(root: Path, parts: Iterable[str] = PARTS) -> str:
    """SHA-256 (hex, first 16 digits) over the relative paths and bytes of the files under
    `root`/part for each part, in a fixed order; compiled caches are ignored."""
    digest = hashlib.sha256()
    for part in parts:
        base = root / part
        files = [base] if base.is_file() else sorted(
            p for p in base.rglob("*") if p.is_file() and p.suffix in SUFFIXES
            and "__pycache__" not in p.parts)
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """The fingerprint of the installed extractor (computed once per process, ~10 ms)."""
    return fingerprint(HERE)
