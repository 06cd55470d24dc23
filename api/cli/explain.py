"""`cadregraph explain`: why a canonical person's mentions were merged, and what was split."""

from __future__ import annotations

import argparse
import json
import sys

from cadregraph.api.cli.storeopt import add_store_option, open_from_args
from cadregraph.ingest.link.explain import explain, find_entities
from cadregraph.ingest.store import StoreError

HELP = """\
Show a canonical person: their mentions (article, date, posts), the evidence that merged
them (same post, same province or its 2025 successor, birth year, colleagues, judgements)
and the alike-named persons they were kept apart from, with the reason.

ENTITY is a person IRI or a name, typed with or without diacritics; a name shared by
several persons explains each of them.

Examples:
  cadregraph explain "Nguyễn Văn Hùng"
  cadregraph explain nguyen van hung --json
  cadregraph explain https://w3id.org/cadregraph/id/person/nguyen-van-hung-1a2b3c4d
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("explain", help="why mentions were linked into one person (or not)",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("entity", nargs="+", metavar="ENTITY", help="person IRI or name")
    add_store_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.entity)
    store = open_from_args(args, "explain", read_only=True)
    if store is None:
        return 1
    try:
        iris = find_entities(store, query)
        found = [e for e in (explain(store, iri) for iri in iris) if e is not None]
    except StoreError as error:
        print(f"cadregraph explain: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if not found:
        print(f"cadregraph explain: no linked person matches {query!r}. Check the spelling "
              "(accents are optional), or run `cadregraph link` if articles were ingested "
              "before linking existed.", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(e.text() for e in found))
    return 0
