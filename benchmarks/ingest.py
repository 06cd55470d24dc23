"""Ingest throughput: the normal pipeline against pyoxigraph's bulk loader, same quads.

    python benchmarks/ingest.py                  # ≥ 10,000 articles (dev corpus, repeated)
    python benchmarks/ingest.py --articles 2000  # quicker

The dev corpus (../shared/corpus/dev/articles.jsonl + unlabeled.jsonl) is repeated with
distinct ids (`{id}~r{k}`) until there are --articles articles, written to a temporary
.jsonl and ingested into a fresh temporary store through `cadregraph.ingest.pipeline.ingest`
(read → extract → link → map → write, as `cadregraph ingest` does). The store is then
dumped and the very same quads are loaded (a) one article graph per transaction with
`replace_graph`, the incremental path, and (b) with `Store.bulk_load`, each into another
fresh store. Prints figures only; the baseline for the ratios is the bulk load of this run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from cadregraph.ingest.pipeline import ingest, link_after_batch
from cadregraph.ingest.store import open_store
from pyoxigraph import RdfFormat, Store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def corpus_lines() -> list[dict]:
    lines = []
    for name in ("articles.jsonl", "unlabeled.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as handle:
            lines += [json.loads(line) for line in handle if line.strip()]
    return lines


def repeated(articles: list[dict], count: int, path: Path) -> int:
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for k in range(-(-count // len(articles))):
            for article in articles:
                if written == count:
                    return written
                copy = dict(article, id=f"{article['id']}~r{k}")
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
                written += 1
    return written


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--no-bulk", action="store_true",
                        help="pipeline writes every article in its own transaction")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"the dev corpus is absent ({CORPUS}); nothing to measure", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="cadregraph-bench-") as tmp:
        work = Path(tmp)
        source = work / "articles.jsonl"
        count = repeated(corpus_lines(), args.articles, source)
        print(f"input: {count} articles ({source.stat().st_size / 1e6:.1f} MB of JSONL)")

        started = time.perf_counter()
        done = [0]

        def after_batch(store, records) -> None:  # noqa: ANN001 - the normal hook, timed
            link_started = time.perf_counter()
            link_after_batch(store, records)
            done[0] += len(records)
            print(f"  … {done[0]} articles at {time.perf_counter() - started:.0f} s (linking "
                  f"this batch {time.perf_counter() - link_started:.1f} s)", file=sys.stderr,
                  flush=True)

        with open_store(work / "pipeline") as store:
            summary = ingest([source], store, batch_size=args.batch_size,
                             bulk=not args.no_bulk, after_batch=after_batch)
            pipeline_s = time.perf_counter() - started
            total_quads = store.count_quads()
            store.dump(work / "all.nq", "nq")
        print(f"pipeline: {summary.read} read, {summary.ingested} ingested, {summary.failed} "
              f"failed ({summary.bulk_loaded} articles via the bulk loader) in {pipeline_s:.1f} s")
        print(f"  {summary.ingested / pipeline_s:.1f} articles/s; "
              f"{summary.quads_written / pipeline_s:,.0f} article quads/s "
              f"({summary.quads_written:,} article quads, {total_quads:,} quads in the store "
              "with linking)")
        print(f"  peak RSS so far {peak_rss_mb():,.0f} MB")

        # One graph at a time from a read-only copy: memory stays bounded by the largest graph.
        with open_store(work / "pipeline", read_only=True) as source_store, \
                open_store(work / "transactions") as store:
            graphs = source_store.named_graphs()
            raw = source_store.raw
            elapsed = 0.0
            for graph in graphs:
                quads = list(raw.quads_for_pattern(None, None, None, graph))
                t0 = time.perf_counter()
                store.replace_graph(graph, quads)
                elapsed += time.perf_counter() - t0
            t0 = time.perf_counter()
            store.flush()  # type: ignore[attr-defined]
            transactions_s = elapsed + time.perf_counter() - t0
        print(f"replace_graph, one transaction per graph ({len(graphs):,} graphs): "
              f"{transactions_s:.1f} s, {total_quads / transactions_s:,.0f} quads/s")

        bulk = Store(str(work / "bulk"))
        t0 = time.perf_counter()
        bulk.bulk_load(path=str(work / "all.nq"), format=RdfFormat.N_QUADS)
        bulk.flush()
        bulk_s = time.perf_counter() - t0
        loaded = len(bulk)
        print(f"Store.bulk_load of the same {loaded:,} quads: {bulk_s:.1f} s, "
              f"{loaded / bulk_s:,.0f} quads/s")
        print(f"ratios to bulk_load: pipeline {pipeline_s / bulk_s:.1f}x, "
              f"per-graph transactions {transactions_s / bulk_s:.1f}x")
        print(f"peak RSS {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
