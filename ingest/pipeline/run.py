"""`ingest`: files in, one named graph per article in the store out.

read (`ingest.read`) → skip unchanged (content hash and extractor version) → extract
(`ingest.extract`) → link the batch (`ingest.link.link_batch`) → map
(`ingest.rdf.article_quads`) → write → `after_batch`.

Writes: each article graph is replaced in one transaction, so an interrupted ingest never
leaves half an article. New articles in a large batch on an embedded store go through the
bulk loader instead (much faster, no transaction); the store folder then holds a marker
listing those graphs until the load is flushed, and an interrupted load is undone at the
next open (see `EmbeddedStore.bulk_load_graphs`).

Duplicate ids within one run: the first occurrence is written and every later one is
reported as failed, with both sources (two articles sharing an id would otherwise silently
overwrite each other). The reader already reports repeated ids; the check here also covers
readers that do not, and lets an identical copy pass as unchanged. Ingesting again in a
later run is how an article is updated.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from cadregraph.ingest import link
from cadregraph.ingest.extract import extract
from cadregraph.ingest.extractor_version import extractor_version
from cadregraph.ingest.pipeline.summary import IngestSummary
from cadregraph.ingest.rdf import article_graph_iri, article_quads
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.records import Article, ArticleRecord, ReadFailure
from cadregraph.ingest.store import EmbeddedStore, GraphStore, StoreError
from pyoxigraph import NamedNode, Quad
from tqdm import tqdm

BATCH_SIZE = 1000  # articles linked together and written between two `after_batch` calls
BULK_MIN = 200  # new articles in one batch from which the bulk loader pays off

AfterBatch = Callable[[GraphStore, list[ArticleRecord]], None]


def link_after_batch(store: GraphStore, records: list[ArticleRecord]) -> None:
    """The hook linking plugs into: called once the batch's article graphs are committed.

    `cadregraph.ingest.link.update_linking_graph(store, records)` updates the linking graph
    (canonical persons, holdings, successions) from the newly written articles.
    """
    update = getattr(link, "update_linking_graph", None)
    if update is not None:
        update(store, records)


@dataclass
class _Pending:
    article: Article
    graph: NamedNode
    old_hash: str | None  # None: a new article
    record: ArticleRecord | None = None
    quads: list[Quad] | None = None


def ingest(paths: Iterable[str | Path], store: GraphStore, *, batch_size: int = BATCH_SIZE,
           force: bool = False, bulk: bool = True, bulk_min: int = BULK_MIN,
           progress: bool = False, after_batch: AfterBatch | None = link_after_batch
           ) -> IngestSummary:
    """Ingest every article under `paths` into `store`; never raises for a bad article.

    An article whose graph holds the same content hash and extractor version is skipped;
    one read by another version of the extractor is extracted again (`summary.reread`).
    `force` re-extracts every article. `bulk` lets batches with at least `bulk_min` new
    articles use the bulk loader on an embedded store. Raises `StoreError` only when the
    store itself fails (then every article written before is complete, and rerunning skips
    them).
    """
    summary = IngestSummary()
    seen: dict[str, tuple[str, str]] = {}  # id → (source, content hash) within this run
    started = time.perf_counter()
    bar = tqdm(unit=" articles", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    try:
        for items in _batches(iter_articles(paths), batch_size):
            articles = []
            for item in items:
                summary.read += 1
                if isinstance(item, ReadFailure):
                    summary.fail(item.source, item.reason)
                elif (first := seen.get(item.id)) is not None:
                    _duplicate(item, first, summary)
                else:
                    seen[item.id] = (item.source or item.id, item.content_hash)
                    articles.append(item)
            _ingest_batch(articles, store, summary, force=force,
                          bulk_min=bulk_min if bulk else None, after_batch=after_batch)
            bar.update(len(items))
            bar.set_postfix(failed=summary.failed, refresh=False)
    finally:
        bar.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _duplicate(article: Article, first: tuple[str, str], summary: IngestSummary) -> None:
    source, content_hash = first
    if content_hash == article.content_hash:
        summary.unchanged += 1
    else:
        summary.fail(article.source or article.id,
                     f"id {article.id!r} was already used by {source} in this run with other "
                     "content; the first was kept. Give each article its own id, or ingest "
                     "the newer version in a separate run to replace the older one")


def _ingest_batch(articles: list[Article], store: GraphStore, summary: IngestSummary, *,
                  force: bool, bulk_min: int | None, after_batch: AfterBatch | None) -> None:
    pending = []
    version = extractor_version()
    for article in articles:
        graph = article_graph_iri(article.id)
        stamp = store.graph_stamp(graph)
        if stamp == (article.content_hash, version) and not force:
            summary.unchanged += 1
            continue
        if stamp is not None and stamp[0] == article.content_hash and not force:
            summary.reread += 1
        pending.append(_Pending(article, graph, stamp[0] if stamp else None))

    for item in pending:
        try:
            item.record = extract(item.article)
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the run
            summary.fail(_where(item.article), f"extraction failed ({_explain(error)}); "
                         "nothing was written for it. Please report it with the article")
    pending = [item for item in pending if item.record is not None]
    records = [item.record for item in pending if item.record is not None]
    try:
        link.link_batch(records)
    except Exception as error:  # noqa: BLE001
        for item in pending:
            summary.fail(_where(item.article), f"linking the batch failed ({_explain(error)}); "
                         "nothing was written for it. Please report it")
        return
    for item in pending:
        try:
            item.quads = article_quads(item.record)  # type: ignore[arg-type]
        except Exception as error:  # noqa: BLE001
            summary.fail(_where(item.article), f"mapping to RDF failed ({_explain(error)}); "
                         "nothing was written for it. Please report it with the article")
    ready = [item for item in pending if item.quads is not None]
    _write(ready, store, summary, bulk_min=bulk_min)
    if after_batch is not None and ready:
        try:
            after_batch(store, [item.record for item in ready if item.record is not None])
        except StoreError:
            raise
        except Exception as error:  # noqa: BLE001 - the articles are stored; say so and go on
            summary.problems.append(
                f"updating the linking graph after {len(ready)} articles failed "
                f"({_explain(error)}); their article graphs are stored. Rerun the same ingest "
                "with --force to link them again, and please report the error")


def _write(ready: list[_Pending], store: GraphStore, summary: IngestSummary, *,
           bulk_min: int | None) -> None:
    bulk: list[_Pending] = []
    if bulk_min is not None and isinstance(store, EmbeddedStore):
        # Only graphs absent from the store: the bulk loader adds, it never replaces.
        bulk = [item for item in ready
                if item.old_hash is None and not store.raw.contains_named_graph(item.graph)]
        if len(bulk) < max(bulk_min, 1):
            bulk = []
    try:
        if bulk:
            assert isinstance(store, EmbeddedStore)
            store.bulk_load_graphs([item.graph for item in bulk],
                                   chain.from_iterable(_placed(item) for item in bulk))
            summary.bulk_loaded += len(bulk)
        bulk_loaded = {id(item) for item in bulk}
        for item in ready:
            if id(item) not in bulk_loaded:
                store.replace_graph(item.graph, item.quads or [])
            summary.quads_written += len(item.quads or [])
            if item.old_hash is None:
                summary.ingested += 1
            else:
                summary.replaced += 1
    except (OSError, StoreError) as error:
        raise StoreError(f"writing to the store {store.location} failed: {error}. Every "
                         "article written before is complete; fix the cause (disk space, "
                         "permissions, the server) and run the same ingest again: unchanged "
                         "articles are skipped.") from error


def _placed(item: _Pending) -> Iterator[Quad]:
    for quad in item.quads or []:
        yield quad if quad.graph_name == item.graph else Quad(
            quad.subject, quad.predicate, quad.object, item.graph)


def _batches(items: Iterator[Article | ReadFailure], size: int
             ) -> Iterator[list[Article | ReadFailure]]:
    while batch := list(islice(items, size)):
        yield batch


def _where(article: Article) -> str:
    return article.source or f"article {article.id}"


def _explain(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
