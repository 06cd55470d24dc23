"""`cadregraph stats`: how much the store holds."""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path

import cadregraph.ontology
from cadregraph.api.cli.storeopt import add_store_option, open_from_args
from cadregraph.ingest.store import GraphStore, StoreError
from cadregraph.ontology.terms import CG, ORG, RDF, RDFS, SCHEMA
from pyoxigraph import NamedNode, RdfFormat, parse

HELP = """\
Count what the store holds: articles, named graphs, quads, canonical persons (after linking)
and person mentions, bodies, events and cited documents.

Examples:
  cadregraph stats
  cadregraph stats --store ./mystore --json
  cadregraph stats --store http://127.0.0.1:7878
"""

ONTOLOGY_FILE = Path(cadregraph.ontology.__file__).with_name("cadregraph.ttl")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("stats", help="count articles, persons, bodies, events, documents",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_store_option(parser)
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.set_defaults(func=run)


@cache
def subclasses(root: NamedNode) -> tuple[NamedNode, ...]:
    """`root` and its subclasses in the ontology, so new event/document types count too."""
    parents: dict[NamedNode, set[NamedNode]] = {}
    for triple in parse(path=ONTOLOGY_FILE, format=RdfFormat.TURTLE):
        if triple.predicate == RDFS.subClassOf and isinstance(triple.object, NamedNode):
            parents.setdefault(triple.object, set()).add(triple.subject)  # type: ignore[arg-type]
    found, todo = {root}, [root]
    while todo:
        for child in parents.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return tuple(sorted(found, key=lambda node: node.value))


def count_typed(store: GraphStore, classes: tuple[NamedNode, ...]) -> int:
    values = " ".join(str(c) for c in classes)
    sparql = (f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {values} }} "
              f"?x {RDF.type} ?t }}")
    for solution in store.query(sparql):
        return int(solution["n"].value)
    return 0


def collect(store: GraphStore) -> dict[str, int]:
    return {
        "articles": count_typed(store, (SCHEMA.NewsArticle,)),
        "named_graphs": len(store.named_graphs()),
        "quads": store.count_quads(),
        "persons": count_typed(store, (CG.Person,)),
        "person_mentions": count_typed(store, (CG.PersonMention,)),
        "bodies": count_typed(store, (ORG.Organization,)),
        "events": count_typed(store, subclasses(CG.Event) + (SCHEMA.Event,)),
        "documents": count_typed(store, subclasses(CG.Document)),
    }


def run(args: argparse.Namespace) -> int:
    store = open_from_args(args, "stats", read_only=True)
    if store is None:
        return 1
    try:
        counts = collect(store)
    except (StoreError, OSError) as error:
        print(f"cadregraph stats: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.json:
        print(json.dumps({"store": store.location, **counts}, indent=2))
    else:
        width = max(len(name) for name in counts)
        print(f"store: {store.location}")
        for name, value in counts.items():
            print(f"{name.replace('_', ' '):<{width}}  {value:>10,}")
    return 0
