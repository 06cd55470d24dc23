"""`cadregraph query`: run a SPARQL query against the store and print the results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cadregraph.api.cli.storeopt import add_store_option, open_from_args
from cadregraph.ingest.store import StoreError
from cadregraph.ontology.terms import NAMESPACES, PREFIXES
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    serialize,
)

HELP = """\
Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store. The prefixes
cg: cgr: org: schema: prov: skos: time: dcterms: foaf: rdf: rdfs: xsd: owl: are predeclared,
and by default the default graph is the union of all article graphs (use GRAPH ?g { … } to
see which article a fact came from; --no-union to query the default graph alone).

Formats: table (aligned text, IRIs shortened with the prefixes; CONSTRUCT as Turtle),
json (SPARQL 1.1 JSON results; CONSTRUCT as JSON-LD), csv and tsv (SPARQL CSV/TSV results).

Examples:
  cadregraph query 'SELECT ?name WHERE { ?p a cg:PersonMention ; schema:name ?name } LIMIT 10'
  cadregraph query 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'
  cadregraph query 'ASK { ?d cg:documentNumber "18-NQ/TW" }'
  cadregraph query --file holders.rq --format csv > holders.csv
  cadregraph query 'CONSTRUCT WHERE { ?b a org:Organization ; skos:prefLabel ?l }'
"""

FORMATS = ("table", "json", "csv", "tsv")
RESULT_FORMATS = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV,
                  "tsv": QueryResultsFormat.TSV}
GRAPH_FORMATS = {"table": RdfFormat.TURTLE, "json": RdfFormat.JSON_LD,
                 "csv": RdfFormat.N_TRIPLES, "tsv": RdfFormat.N_TRIPLES}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("query", help="run a SPARQL query against the store",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("sparql", nargs="?", metavar="QUERY", help="the SPARQL query text")
    source.add_argument("--file", "-f", type=Path, metavar="FILE",
                        help="read the query from FILE (.rq)")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="output format (default: table)")
    parser.add_argument("--no-union", action="store_true",
                        help="query the default graph alone, not the union of all graphs")
    add_store_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.file is not None:
        try:
            sparql = args.file.read_text(encoding="utf-8")
        except OSError as error:
            print(f"cadregraph query: cannot read {args.file}: {error.strerror}", file=sys.stderr)
            return 1
    else:
        sparql = args.sparql
    store = open_from_args(args, "query", read_only=True)
    if store is None:
        return 1
    try:
        # Predeclared prefixes go first; a query's own PREFIX lines still override them.
        result = store.query(PREFIXES + sparql, use_default_graph_as_union=not args.no_union)
        out = sys.stdout
        if isinstance(result, QuerySolutions):
            if args.format == "table":
                out.write(render_table(result))
            else:
                out.flush()
                sys.stdout.buffer.write(result.serialize(format=RESULT_FORMATS[args.format]))
        elif isinstance(result, QueryBoolean) and args.format == "json":
            out.flush()
            sys.stdout.buffer.write(result.serialize(format=QueryResultsFormat.JSON) + b"\n")
        elif isinstance(result, QueryBoolean | bool):
            out.write(f"{str(bool(result)).lower()}\n")
        else:
            data = serialize(result, format=GRAPH_FORMATS[args.format],
                             prefixes=NAMESPACES if args.format == "table" else None)
            out.flush()
            sys.stdout.buffer.write(data)
        out.flush()
    except SyntaxError as error:
        lines = PREFIXES.count("\n")
        print(f"cadregraph query: not valid SPARQL: {error}\n(line numbers count the {lines} "
              "predeclared PREFIX lines first)", file=sys.stderr)
        return 1
    except (StoreError, OSError) as error:
        print(f"cadregraph query: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def short(term: object) -> str:
    """A term as a person reads it: prefixed IRI, plain literal value, `_:` blank node."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in NAMESPACES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def render_table(solutions: QuerySolutions) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[short(solution[name]).replace("\n", " ") for name in names]
            for solution in solutions]
    widths = [max([len(name) + 1, *(len(row[i]) for row in rows)])
              for i, name in enumerate(names)]
    lines = ["  ".join(f"?{name}".ljust(w) for name, w in zip(names, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
              for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines) + "\n"
