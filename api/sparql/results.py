"""Serialise read results as SPARQL 1.1 Query Results (JSON, XML, CSV, TSV) or RDF.

The endpoint reads a result fully before answering (so limits give clean errors), and
pyoxigraph's own results serialisers only accept its live iterators, so tabular formats
are written here; RDF goes through `pyoxigraph.serialize`.
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from cadregraph.api.sparql.execute import Outcome, Term
from cadregraph.ontology.terms import NAMESPACES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
PREFIXES = {k: v for k, v in NAMESPACES.items() if k not in ("sh", "owl")}


def to_json(outcome: Outcome) -> bytes:
    if outcome.kind == "boolean":
        doc: dict = {"head": {}, "boolean": outcome.boolean}
    else:
        names = outcome.variables
        bindings = [{name: _json_term(term) for name, term in zip(names, row, strict=True)
                     if term is not None} for row in outcome.rows]
        doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _json_term(term: Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def to_xml(outcome: Outcome) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           '<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    if outcome.kind == "boolean":
        out.append(f"</head>\n<boolean>{'true' if outcome.boolean else 'false'}</boolean>\n")
    else:
        out.extend(f"<variable name={quoteattr(n)}/>" for n in outcome.variables)
        out.append("</head>\n<results>\n")
        for row in outcome.rows:
            out.append("<result>")
            for name, term in zip(outcome.variables, row, strict=True):
                if term is not None:
                    out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
            out.append("</result>\n")
        out.append("</results>\n")
    out.append("</sparql>\n")
    return "".join(out).encode()


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>"
                f"{_xml_term(term.predicate)}</predicate><object>{_xml_term(term.object)}"
                "</object></triple>")
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return (f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}"
                "</literal>")
    return f"<literal>{escape(term.value)}</literal>"


def to_csv(outcome: Outcome) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(outcome.variables)
    for row in outcome.rows:
        writer.writerow([_csv_term(term) for term in row])
    return buffer.getvalue().encode()


def _csv_term(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def to_tsv(outcome: Outcome) -> bytes:
    lines = ["\t".join(f"?{name}" for name in outcome.variables)]
    for row in outcome.rows:
        # N-Triples syntax escapes newlines and quotes; tabs would split the column.
        lines.append("\t".join("" if t is None else str(t).replace("\t", "\\t") for t in row))
    return ("\n".join(lines) + "\n").encode()


def to_rdf(outcome: Outcome, rdf_format: ox.RdfFormat) -> bytes:
    items: list = outcome.triples
    if rdf_format.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object) for t in outcome.triples]
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(items, format=rdf_format, prefixes=prefixes) or b""
