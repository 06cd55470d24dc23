"""`.txt` files: the first non-empty line is the title, the rest is the text."""

from __future__ import annotations

from pathlib import Path

from cadregraph.ingest.read.limits import MAX_ARTICLE_CHARS, read_whole_file, too_big
from cadregraph.ingest.records import Article, ReadFailure


def read_txt(path: Path, article_id: str) -> Article | ReadFailure:
    source = str(path)
    text = read_whole_file(path, "file", "split it into one file per article")
    if isinstance(text, ReadFailure):
        return text
    lines = text.strip().splitlines()
    if not lines:
        return ReadFailure(source, "file is empty; an article needs a title line and a text")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body:
        body, title = title, ""  # a one-line file is all text, no title
    if len(body) > MAX_ARTICLE_CHARS:
        return ReadFailure(source, too_big(len(body)))
    return Article(id=article_id, text=body, title=title or None, source=source)
