"""`cadregraph export`: the graph as RDF dumps, CSV tables, Gephi networks or Popolo JSON."""

from __future__ import annotations

import argparse
import sys

from cadregraph.api.export import FORMATS, export

HELP = """\
Write the whole graph in a format other tools read. The store is opened read-only, so this
works while 'cadregraph serve' runs.

Formats (OUT is a file, or a folder for csv/graphml/gexf):
""" + "".join(f"  {name:<8} {spec.help}\n" for name, spec in FORMATS.items()) + """
Examples:
  cadregraph export --format nquads graph.nq             # back up / move the whole dataset
  cadregraph export --format csv tables/                  # tables/positions.csv, … for pandas or R
  cadregraph export --format graphml networks/            # then open them in Gephi
  cadregraph export --format popolo popolo.json --validate ../shared/popolo/schemas
  cadregraph export --format trig out.trig --store graph.nq   # convert a dump instead of the store
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="write the graph as RDF, CSV, GraphML/GEXF or Popolo",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", metavar="OUT",
                        help="file to write (a folder for csv, graphml, gexf)")
    parser.add_argument("--format", "-f", required=True, choices=list(FORMATS),
                        help="what to write (see above)")
    parser.add_argument("--store", metavar="PATH", default=None,
                        help="store folder or RDF dump (.nq, .trig) to read; default: "
                        "$CADREGRAPH_STORE, else ~/.local/share/cadregraph/store")
    parser.add_argument("--validate", metavar="SCHEMAS", default=None,
                        help="with --format popolo: check the output against the Popolo JSON "
                        "Schemas in this folder")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.validate and args.format != "popolo":
        print("cadregraph export: --validate applies to --format popolo only", file=sys.stderr)
        return 2
    try:
        written = export(args.store, args.format, args.out, progress=sys.stderr.isatty())
    except (OSError, ValueError, RuntimeError) as error:
        print(f"cadregraph export: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    if args.validate:
        import json

        from cadregraph.api.export.popolo_schema import popolo_errors

        try:
            errors = popolo_errors(json.loads(written[0].read_text(encoding="utf-8")),
                                   args.validate)
        except FileNotFoundError as error:
            print(f"cadregraph export: {error}", file=sys.stderr)
            return 1
        for line in errors[:50]:
            print(f"cadregraph export: invalid Popolo: {line}", file=sys.stderr)
        if errors:
            print(f"cadregraph export: {len(errors)} schema violations", file=sys.stderr)
            return 1
        print(f"valid against the Popolo schemas in {args.validate}", file=sys.stderr)
    return 0
