"""Adapter: a hand-written gold record (plus its article) as an `ArticleRecord`.

Linking is developed and tested on mention features built from gold records, so that its
quality can be measured apart from the extractor's. Only what the contract record holds is
filled: persons with positions; text, date, site and province from the article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cadregraph.ingest.records import Article, ArticleRecord, Person, Position


def record_from_gold(gold: dict[str, Any], article: dict[str, Any]) -> ArticleRecord:
    art = Article(id=article["id"], text=article.get("text") or "", title=article.get("title"),
                  published=article.get("published"), url=article.get("url"),
                  site=article.get("site"), province=article.get("province"))
    text = f"{art.title}\n\n{art.text}" if art.title else art.text
    persons = [
        Person(name=p["name"], positions=[
            Position(role=x["role"], body=x["body"], former=bool(x.get("former")),
                     acting=bool(x.get("acting")))
            for x in p.get("positions") or []])
        for p in gold.get("persons") or []]
    return ArticleRecord(article=art, text=text, persons=persons, province=art.province)


def load_gold_records(gold_path: str | Path, articles_path: str | Path) -> Iterator[ArticleRecord]:
    """Gold records of a corpus folder, in file order, joined to their articles by id."""
    with open(articles_path, encoding="utf-8") as handle:
        articles = {a["id"]: a for a in map(json.loads, filter(str.strip, handle))}
    with open(gold_path, encoding="utf-8") as handle:
        for line in filter(str.strip, handle):
            gold = json.loads(line)
            yield record_from_gold(gold, articles.get(gold["id"], {"id": gold["id"]}))
