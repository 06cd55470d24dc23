"""Extraction: normalised article text in, an `ArticleRecord` of facts with evidence out."""

from cadregraph.ingest.extract.article import extract

__all__ = ["extract"]
