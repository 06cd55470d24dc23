"""`.txt` files: the first non-empty line is the title, the rest is the text."""

from __future__ import annotations

from pathlib import Path

from cadregraph.ingest.read.decode import DecodeError, decode_bytes
from cadregraph.ingest.read.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, too_big
from cadregraph.ingest.records import Article, ReadFailure


def read_txt(path: Path, article_id: str) -> Article | ReadFailure:
    source = str(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return ReadFailure(source, f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,} limit "
                                   "for one article; split it into one file per article")
    try:
        text = decode_bytes(path.read_bytes(), "file")
    except DecodeError as err:
        return ReadFailure(source, str(err))
    lines = text.strip().splitlines()
    if not lines:
        return ReadFailure(source, "file is empty; an article needs a title line and a text")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body:
        body, title = title, ""  # a one-line file is all text, no title
    if len(body) > MAX_ARTICLE_CHARS:
        return ReadFailure(source, too_big(len(body)))
    return Article(id=article_id, text=body, title=title or None, source=source)
