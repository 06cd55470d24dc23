"""`cadregraph demo`: ingest the bundled example articles into a fresh store and serve it."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from cadregraph.examples import ARTICLES
from cadregraph.ingest.pipeline import ingest
from cadregraph.ingest.store import StoreError, open_store

HELP = """\
Try cadregraph in one command: the example articles shipped with the project (written for
it: fictional officials, bodies and places, see examples/README.md) are ingested into a
fresh store, which is then served at http://HOST:PORT/ for browsing, searching and SPARQL.

The store goes to a new temporary folder (removed when the server stops) unless --store
names a folder, which must be new or empty; it is then kept.

Examples:
  cadregraph demo
  cadregraph demo --port 8080
  cadregraph demo --store ./demo-store --no-serve
  cadregraph stats --store ./demo-store      # then query, serve … with --store
"""

EXAMPLES = ARTICLES  # examples/articles, installed with the package as cadregraph.examples


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="ingest the example articles into a fresh store and "
                            "serve them", description=HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", metavar="PATH", type=Path, default=None,
                        help="a new or empty folder for the demo store (kept afterwards); "
                        "default: a temporary folder")
    parser.add_argument("--examples", metavar="DIR", type=Path, default=EXAMPLES,
                        help=f"the articles to ingest (default: {EXAMPLES})")
    parser.add_argument("--host", default="127.0.0.1", help="address to serve on")
    parser.add_argument("--port", type=int, default=8000, help="port to serve on")
    parser.add_argument("--no-serve", action="store_true",
                        help="only build the store, print where it is, and exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.examples.is_dir():
        print(f"cadregraph demo: no example articles at {args.examples}; pass --examples DIR "
              "(a folder of .txt, .html or .jsonl articles)", file=sys.stderr)
        return 1
    if args.store is not None:
        if args.store.exists() and any(args.store.iterdir()):
            print(f"cadregraph demo: {args.store} is not empty; the demo builds a fresh store. "
                  "Pick a new folder, or add the examples to that store with "
                  f"'cadregraph ingest {args.examples} --store {args.store}'", file=sys.stderr)
            return 1
        return build_and_serve(args, args.store)
    if args.no_serve:
        return build_and_serve(args, Path(tempfile.mkdtemp(prefix="cadregraph-demo-")))
    with tempfile.TemporaryDirectory(prefix="cadregraph-demo-") as folder:
        return build_and_serve(args, Path(folder))


def build_and_serve(args: argparse.Namespace, location: Path) -> int:
    try:
        with open_store(location) as store:
            summary = ingest([args.examples], store, progress=False)
    except StoreError as error:
        print(f"cadregraph demo: {error}", file=sys.stderr)
        return 1
    print(summary.render(str(location)))
    if not summary.ok:
        return 1
    if args.no_serve:
        print(f"query it with: cadregraph query --store {location} "
              "'SELECT * WHERE { ?s ?p ?o } LIMIT 10'")
        return 0
    try:
        from cadregraph.api.cli.serve import serve_store
    except ImportError as error:
        print(f"cadregraph demo: the web server is not available ({error}); the store is "
              f"at {location}", file=sys.stderr)
        return 1
    return serve_store(location, host=args.host, port=args.port)
