"""`cadregraph serve`: the web pages and the SPARQL endpoint over a store folder."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from cadregraph.api.cli.storeopt import add_store_option
from cadregraph.api.settings import Settings

HELP = """\
Serve the store over HTTP: a landing page with what the graph holds, pages for persons,
bodies, events and documents, search (accents optional), graphs, a query editor, and a
SPARQL 1.1 Protocol endpoint at /sparql (JSON, XML, CSV, TSV results; Turtle, N-Triples,
JSON-LD … for CONSTRUCT). Its default graph is the union of all article graphs.

The endpoint is read-only unless you pass --allow-update with a token; updates must then
carry 'Authorization: Bearer TOKEN'. Each query stops after --timeout seconds or
--max-rows result rows, with an error that says which limit it hit.

Without --allow-update the store is opened read-only, as a snapshot that is reopened when
the folder changes (checked at most every --refresh-every seconds), so articles added by
'cadregraph ingest' in another terminal appear without a restart. With --allow-update the
server holds the store's write lock, so stop it before ingesting.

Examples:
  cadregraph serve                                  http://127.0.0.1:8000/
  cadregraph serve --store ./store --port 8080
  cadregraph serve --host 0.0.0.0 --base-url https://graph.example.org
  CADREGRAPH_UPDATE_TOKEN=s3cret cadregraph serve --allow-update
  curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205'
  curl -H 'Authorization: Bearer s3cret' -H 'Content-Type: application/sparql-update' \\
       --data 'INSERT DATA { <urn:x> <urn:y> "z" }' http://127.0.0.1:8000/sparql
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("serve", help="serve web pages and a SPARQL endpoint",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_store_option(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="interface to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--allow-update", action="store_true",
                        help="accept SPARQL Update on /sparql (needs --update-token)")
    parser.add_argument("--update-token", metavar="TOKEN", default=None,
                        help="bearer token updates must carry (default: "
                        "$CADREGRAPH_UPDATE_TOKEN)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S",
                        help="stop a query after S seconds (default 30)")
    parser.add_argument("--max-rows", type=int, default=100_000, metavar="N",
                        help="refuse results of more than N rows or triples (default 100000)")
    parser.add_argument("--workers", type=int, default=4, metavar="N",
                        help="queries run at the same time (default 4)")
    parser.add_argument("--base-url", default="", metavar="URL",
                        help="public URL when behind a proxy (used as the base IRI)")
    parser.add_argument("--refresh-every", type=float, default=5.0, metavar="S",
                        help="look for newly ingested articles at most every S seconds "
                        "(default 5; 0 = on every request)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    token = args.update_token or os.environ.get("CADREGRAPH_UPDATE_TOKEN") or None
    if args.allow_update and not token:
        print("cadregraph serve: --allow-update needs a token: pass --update-token TOKEN or "
              "set CADREGRAPH_UPDATE_TOKEN", file=sys.stderr)
        return 2
    return serve_store(args.store, host=args.host, port=args.port,
                       allow_update=args.allow_update, update_token=token,
                       query_timeout_s=args.timeout, result_limit=args.max_rows,
                       query_workers=args.workers, base_url=args.base_url,
                       refresh_interval_s=args.refresh_every)


def serve_store(location: str | Path | None, host: str = "127.0.0.1", port: int = 8000,
                **options: Any) -> int:
    """Serve the store at `location` until interrupted; `options` are `Settings` fields,
    plus `store=` to serve an already open store. Returns an exit status."""
    import uvicorn
    from cadregraph.api.app import create_app
    from cadregraph.ingest.store import StoreError, is_remote

    store = options.pop("store", None)
    if location is not None and is_remote(str(location)):
        print(f"cadregraph serve: {location} is a SPARQL server already; serve needs a store "
              "folder (--store PATH)", file=sys.stderr)
        return 2
    try:
        settings = Settings(store_location=location, host=host, port=port, **options)
        app = create_app(settings, store=store)
    except (StoreError, ValueError) as error:
        print(f"cadregraph serve: {error}", file=sys.stderr)
        return 1
    print(f"cadregraph: serving {settings.location if store is None else 'the given store'} "
          f"on http://{host}:{port}/ (SPARQL at /sparql; Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info")
    return 0
