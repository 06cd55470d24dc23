"""`.jsonl` files, streamed line by line: one article object per line (the contract's input)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cadregraph.ingest.read.decode import DecodeError, decode_bytes
from cadregraph.ingest.read.limits import MAX_ARTICLE_CHARS, too_big
from cadregraph.ingest.records import Article, ReadFailure

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_OPTIONAL = ("title", "published", "url", "site", "province")


def _article(data: Any, source: str) -> Article | ReadFailure:
    if not isinstance(data, dict):
        return ReadFailure(source, "line is JSON but not an object; each line must be one "
                                   'article like {"id": "a1", "text": "..."}')
    article_id, text = data.get("id"), data.get("text")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        return ReadFailure(source, 'article has no "id" (a non-empty string); add one')
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(source, f'article {article_id!r} has no "text" (a non-empty string)')
    if len(text) > MAX_ARTICLE_CHARS:
        return ReadFailure(source, f"article {article_id!r}: " + too_big(len(text)))
    fields = {}
    for name in _OPTIONAL:
        value = data.get(name)
        fields[name] = value.strip() or None if isinstance(value, str) else None
    if fields["published"] and not _ISO_DATE.match(fields["published"]):
        fields["published"] = None  # not a date we can trust; events fall back on the text
    elif fields["published"]:
        fields["published"] = fields["published"][:10]
    return Article(id=article_id.strip(), text=text, source=source, **fields)


def read_jsonl(path: Path) -> Iterator[Article | ReadFailure]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > 4 * MAX_ARTICLE_CHARS:
                yield ReadFailure(source, f"line is {len(raw):,} bytes; " + too_big(len(raw)))
                continue
            try:
                line = decode_bytes(raw, "line")
            except DecodeError as err:
                yield ReadFailure(source, str(err))
                continue
            try:
                data = json.loads(line.strip())
            except json.JSONDecodeError as err:
                yield ReadFailure(source, f"line is not JSON ({err.msg} at column {err.colno}); "
                                          "each line must be one JSON object")
                continue
            yield _article(data, source)
