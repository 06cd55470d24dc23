"""The `--store` option the store-using commands share, and opening it with a clear error."""

from __future__ import annotations

import argparse
import sys

from cadregraph.ingest.store import GraphStore, StoreError, default_location, open_store

STORE_HELP = ("store folder, or the http(s) URL of a SPARQL server such as 'oxigraph serve' "
              "(default: $CADREGRAPH_STORE, else {default})")


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="PATH|URL", default=None,
                        help=STORE_HELP.format(default=default_location()))


def open_from_args(args: argparse.Namespace, command: str, *,
                   read_only: bool = False) -> GraphStore | None:
    """The store `args.store` names, or None after printing what went wrong and what to do."""
    try:
        return open_store(args.store, read_only=read_only)
    except StoreError as error:
        print(f"cadregraph {command}: {error}", file=sys.stderr)
        return None
