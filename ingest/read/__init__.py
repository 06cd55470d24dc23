"""Readers: files and folders in, `Article`s (or `ReadFailure`s) out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from cadregraph.ingest.records import Article, ReadFailure


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadFailure]:
    """Placeholder: JSON Lines only."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    data = json.loads(line)
                    yield Article(
                        id=data["id"], text=data["text"], title=data.get("title"),
                        published=data.get("published"), url=data.get("url"),
                        site=data.get("site"), province=data.get("province"),
                        source=f"{path}:{number}",
                    )
