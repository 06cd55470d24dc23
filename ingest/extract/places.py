"""Where an article is about (placeholder)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context


def locate(context: Context) -> None:
    context.province = context.article.province
    if context.article.published:
        context.year = int(context.article.published[:4])
