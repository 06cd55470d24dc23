"""`.html` pages: main text, title and publication date via trafilatura (no network)."""

from __future__ import annotations

import re
from pathlib import Path

from cadregraph.ingest.read.limits import MAX_ARTICLE_CHARS, read_whole_file, too_big
from cadregraph.ingest.records import Article, ReadFailure

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def read_html(path: Path, article_id: str) -> Article | ReadFailure:
    import trafilatura  # imported here: loading it costs ~0.5 s that .jsonl batches never need

    source = str(path)
    page = read_whole_file(path, "page", "is it really one article?")
    if isinstance(page, ReadFailure):
        return page
    if not page.strip():
        return ReadFailure(source, "file is empty")
    try:
        document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                               favor_precision=True)
    except Exception as err:  # noqa: BLE001 — a parser crash is one bad page, not the batch
        return ReadFailure(source, f"HTML could not be parsed ({type(err).__name__}: {err}); "
                                   "check the file is a saved web page")
    text = (document.text or "").strip() if document else ""
    if not any(char.isalpha() for char in text):
        return ReadFailure(source, "no article text found in the page (malformed HTML, or a "
                                   "page without a main text); save the article page itself")
    if len(text) > MAX_ARTICLE_CHARS:
        return ReadFailure(source, too_big(len(text)))
    date = document.date if document.date and _ISO_DATE.match(document.date) else None
    return Article(id=article_id, text=text, title=(document.title or "").strip() or None,
                   published=date[:10] if date else None, url=document.url or None,
                   site=document.sitename or None, source=source)
