"""Readers: files and folders in, `Article`s (or `ReadFailure`s) out — never an exception.

Formats: `.jsonl` (one article object per line, the contract's input), `.txt` (first line is
the title) and `.html`/`.htm` (main text, title and date from the page). Folders are walked
recursively in sorted order; hidden files and other suffixes in folders are skipped.

Article ids of .txt/.html files are their path relative to the folder given, without the
suffix ("2024/04/hoi-nghi" for news/2024/04/hoi-nghi.html); a file given directly has its
stem as id. An id seen twice in one batch is reported and the later article skipped, since
two articles with one id would overwrite each other's facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from cadregraph.ingest.read.lines import read_jsonl
from cadregraph.ingest.read.plain import read_txt
from cadregraph.ingest.read.web import read_html
from cadregraph.ingest.records import Article, ReadFailure

SUFFIXES = (".jsonl", ".txt", ".html", ".htm")


def _files(path: Path) -> list[tuple[Path, str]]:
    """(file, id for .txt/.html) for a path given by the user; raises OSError if unreadable."""
    if not path.is_dir():
        return [(path, path.stem)]
    out = []
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if file.is_file() and file.suffix.lower() in SUFFIXES:
            out.append((file, relative.with_suffix("").as_posix()))
    return out


def _read_file(file: Path, article_id: str) -> Iterator[Article | ReadFailure]:
    suffix = file.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(file)
        elif suffix == ".txt":
            yield read_txt(file, article_id)
        elif suffix in (".html", ".htm"):
            yield read_html(file, article_id)
        else:
            yield ReadFailure(str(file), f"unsupported file type {suffix or '(none)'!r}; "
                                         f"give {', '.join(SUFFIXES)} files or folders of them")
    except OSError as err:
        yield ReadFailure(str(file), f"cannot read the file: {err.strerror or err}")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadFailure]:
    seen: dict[str, str] = {}
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield ReadFailure(str(path), "no such file or folder; check the path")
            continue
        try:
            files = _files(path)
        except OSError as err:
            yield ReadFailure(str(path), f"cannot list the folder: {err.strerror or err}")
            continue
        for file, article_id in files:
            for item in _read_file(file, article_id):
                if isinstance(item, Article):
                    first = seen.get(item.id)
                    if first is not None:
                        yield ReadFailure(item.source or str(file),
                                          f"duplicate article id {item.id!r} (first read from "
                                          f"{first}); skipped — give every article its own id")
                        continue
                    seen[item.id] = item.source or str(file)
                yield item
