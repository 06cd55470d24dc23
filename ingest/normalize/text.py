"""Vietnamese text normalisation (placeholder until the normalisation module lands)."""

from __future__ import annotations

import unicodedata

from cadregraph.ingest.records import Article


def normalize_text(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def article_text(article: Article) -> str:
    body = normalize_text(article.text)
    title = normalize_text(article.title).strip() if article.title else ""
    if title and not body.lstrip().startswith(title):
        return f"{title}\n\n{body}"
    return body
