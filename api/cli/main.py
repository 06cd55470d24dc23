"""The `cadregraph` command: one subcommand per module of this package.

Each command module exposes `register(subparsers)`, which adds its parser and sets
`func` to a callable taking the parsed arguments and returning an exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Order is the order `cadregraph --help` lists them in.
COMMANDS = [
    "demo",
    "ingest",
    "query",
    "serve",
    "stats",
    "extract",
    "export",
    "link",
    "explain",
]

EPILOG = """\
Start here:
  cadregraph demo                         ingest the bundled example articles and serve them
  cadregraph ingest articles.jsonl news/  add articles (.txt, .html, .jsonl, folders) to the store
  cadregraph query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
  cadregraph serve                        browse, search and query at http://127.0.0.1:8000/

The store lives in $CADREGRAPH_STORE, else ~/.local/share/cadregraph/store; --store PATH overrides.
Run 'cadregraph COMMAND --help' for what each command does, with examples."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cadregraph",
        description="Turn Vietnamese news about local political activity into a knowledge graph "
        "of officials, posts, bodies, events and documents, with the sentence behind every fact.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"cadregraph.api.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted; every article written so far is complete", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
