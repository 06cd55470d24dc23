"""`cadregraph ingest`: read, extract, link and write articles into the store."""

from __future__ import annotations

import argparse
import json
import sys

from cadregraph.api.cli.storeopt import add_store_option, open_from_args
from cadregraph.ingest.pipeline import BATCH_SIZE, ingest
from cadregraph.ingest.store import StoreError

HELP = """\
Add articles to the knowledge graph: each article becomes one named graph holding its
persons, posts, bodies, events, cited documents and the sentence behind every fact.

Input: .jsonl files (one article a line: {"id": …, "text": …, "title", "published", "url",
"site", "province"}), .txt files (first line is the title), .html pages, or folders of them.

Running it again is cheap and safe: an article whose content is unchanged is skipped
(nothing is written); an article whose text or metadata changed replaces its old graph, and
so does an unchanged one that an older or newer extractor read (after upgrading cadregraph
or editing its vocabularies, the next ingest re-reads what the change may affect).
Each article is written whole or not at all, so an interrupted run loses nothing: run it
again. An id repeated within one run keeps its first article; the repeat is reported.
Exit status 1 when any article failed; the summary lists each with the reason. After each
batch is written, the linking graph (one person across articles and years) is updated.

Examples:
  cadregraph ingest articles.jsonl
  cadregraph ingest news/ extra/report.html --store ./mystore
  cadregraph ingest crawl.jsonl --quiet --json > summary.json
  cadregraph ingest articles.jsonl --store http://127.0.0.1:7878   # an 'oxigraph serve'
  cadregraph ingest articles.jsonl --force     # re-extract and rewrite every article
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("ingest", help="add articles (.jsonl, .txt, .html, folders) to the "
                            "store", description=HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=".jsonl, .txt, .html files or folders of them")
    add_store_option(parser)
    parser.add_argument("--force", action="store_true",
                        help="re-extract and rewrite articles even when their content is unchanged")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar (it is also off when stderr is not a terminal)")
    parser.add_argument("--json", action="store_true",
                        help="print the summary as JSON on stdout")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, metavar="N",
                        help=f"articles linked and written together (default {BATCH_SIZE})")
    parser.add_argument("--no-bulk", action="store_true",
                        help="write every article in its own transaction, even in a big batch "
                        "of new articles (slower; the bulk loader is crash-safe too)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        print("cadregraph ingest: --batch-size must be at least 1", file=sys.stderr)
        return 2
    store = open_from_args(args, "ingest")
    if store is None:
        return 1
    recovered = getattr(store, "recovered", [])
    if recovered:
        print(f"cadregraph ingest: a previous bulk load into {store.location} was interrupted; "
              f"removed its {len(recovered)} incomplete article graphs (they are ingested again "
              "when their files are)", file=sys.stderr)
    progress = not args.quiet and sys.stderr.isatty()
    try:
        summary = ingest(args.paths, store, batch_size=args.batch_size, force=args.force,
                         bulk=not args.no_bulk, progress=progress)
    except StoreError as error:
        print(f"cadregraph ingest: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary.render(store.location))
    if summary.read == 0:
        print(f"cadregraph ingest: no articles found in {' '.join(args.paths)}; it reads .jsonl, "
              ".txt and .html files, and folders holding them", file=sys.stderr)
        return 1
    return 0 if summary.ok else 1
