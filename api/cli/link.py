"""`cadregraph link`: rebuild the linking graph (canonical persons) from the whole store."""

from __future__ import annotations

import argparse
import json
import sys

from cadregraph.api.cli.storeopt import add_store_option, open_from_args
from cadregraph.ingest.link.judgements import JudgementError, append, load
from cadregraph.ingest.link.judgestore import save_judgements
from cadregraph.ingest.link.update import update_linking
from cadregraph.ingest.rdf import REORGANISATION_GRAPH
from cadregraph.ingest.store import StoreError

HELP = """\
Decide again, from every article in the store, which person mentions are the same official:
alike names (case, accents, tone marks and one-letter slips ignored) are merged when their
evidence agrees — posts in the same province (or its 2025 successor), the same post, birth
year, colleagues — and kept apart on contradictions (unrelated provinces, birth years,
gender, two people in one article). `cadregraph ingest` already links each new batch; run
this after changing judgements or linking rules.

Judgements (one JSON object per line, append-only) override the machine and are kept in the
store for later runs:
  {"a": "ld001|Nguyễn Văn Hùng", "b": "ld002|Nguyễn Văn Hùng", "judgement": "not_same",
   "author": "lan", "at": "2026-11-28T02:00:00Z"}
"a"/"b" are "ARTICLE_ID|Name", a mention IRI or a person IRI; "judgement" is same, not_same
or unsure.

Examples:
  cadregraph link
  cadregraph link --judgements judgements.jsonl
  cadregraph link --judgements judgements.jsonl --judge "ld001|Nguyễn Văn Hùng" \\
      "ld002|Nguyễn Văn Hùng" not_same --author lan
  cadregraph explain "Nguyen Van Hung"      # why each of them was merged or split
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("link", help="rebuild canonical persons across all articles",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_store_option(parser)
    parser.add_argument("--judgements", metavar="FILE",
                        help="JSONL judgements to apply (and keep in the store)")
    parser.add_argument("--judge", nargs=3, metavar=("A", "B", "JUDGEMENT"),
                        help="append one judgement to --judgements FILE before linking")
    parser.add_argument("--author", default="cli", help="author recorded with --judge")
    parser.add_argument("--reorganisation", action="store_true",
                        help="rewrite the 2025 reorganisation graph (written once otherwise)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.judge and not args.judgements:
        print("cadregraph link: --judge needs --judgements FILE (the log it is appended to)",
              file=sys.stderr)
        return 2
    entries = None
    try:
        if args.judge:
            append(args.judgements, *args.judge, author=args.author)
        if args.judgements:
            entries = load(args.judgements)
    except JudgementError as error:
        print(f"cadregraph link: {error}", file=sys.stderr)
        return 2
    store = open_from_args(args, "link")
    if store is None:
        return 1
    try:
        judged = save_judgements(store, entries) if entries is not None else None
        summary = update_linking(store, None, judgements=judged, progress=not args.quiet)
        reorganised = 0
        if args.reorganisation or not store.query(
                f"ASK {{ GRAPH {REORGANISATION_GRAPH} {{ ?s ?p ?o }} }}"):
            from cadregraph.ingest.link.reorg import write_reorganisation

            reorganised = write_reorganisation(store)
    except StoreError as error:
        print(f"cadregraph link: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if not summary.articles:
        print("cadregraph link: the store holds no articles yet; add some with "
              "`cadregraph ingest FILE` (it links them as it goes)", file=sys.stderr)
    if args.json:
        print(json.dumps({**summary.__dict__, "reorganisation_quads": reorganised}))
    else:
        print(summary)
        if reorganised:
            print(f"wrote the 2025 reorganisation graph ({reorganised} quads)")
    return 0
