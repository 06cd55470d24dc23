"""`cadregraph extract`: print article records (the extraction contract) without a store."""

from __future__ import annotations

import argparse
import json
import sys

from cadregraph.ingest.extract import extract
from cadregraph.ingest.link import link_batch
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.records import ReadFailure

HELP = """\
Read articles and print one article record per line (JSON), in the form fixed by the
extraction contract: persons with their positions, organizations, events and documents.
Persons get an `entity` id that is the same for the same official across the whole batch.
Nothing is written to the store; use `cadregraph ingest` for that.

Examples:
  cadregraph extract articles.jsonl > records.jsonl
  cadregraph extract news/ report.html --pretty | less
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("extract", help="print extracted article records as JSON Lines",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=".txt, .html, .jsonl files or folders of them")
    parser.add_argument("--pretty", action="store_true", help="indent each record (not JSONL)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    records, failures = [], 0
    for item in iter_articles(args.paths):
        if isinstance(item, ReadFailure):
            failures += 1
            print(f"cadregraph extract: {item.source}: {item.reason}", file=sys.stderr)
            continue
        records.append(extract(item))
    link_batch(records)
    indent = 2 if args.pretty else None
    for record in records:
        print(json.dumps(record.to_contract(), ensure_ascii=False, indent=indent))
    return 1 if failures else 0
