"""The SPARQL 1.1 Service Description a bare GET /sparql answers with (Turtle)."""

from __future__ import annotations

from cadregraph.api.settings import Settings
from cadregraph.api.sparql.negotiate import FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMAT_IRIS = {
    "json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "tsv": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "turtle": "http://www.w3.org/ns/formats/Turtle",
    "ntriples": "http://www.w3.org/ns/formats/N-Triples",
    "nquads": "http://www.w3.org/ns/formats/N-Quads",
    "trig": "http://www.w3.org/ns/formats/TriG",
    "jsonld": "http://www.w3.org/ns/formats/JSON-LD",
    "rdfxml": "http://www.w3.org/ns/formats/RDF_XML",
}


def service_description(endpoint: str, settings: Settings) -> tuple[bytes, str]:
    languages = [f"<{SD}SPARQL11Query>"]
    if settings.allow_update:
        languages.append(f"<{SD}SPARQL11Update>")
    formats = ", ".join(f"<{FORMAT_IRIS[f.name]}>" for f in FORMATS)
    text = (f"@prefix sd: <{SD}> .\n"
            f"@prefix dcterms: <http://purl.org/dc/terms/> .\n\n"
            f"<{endpoint}> a sd:Service ;\n"
            f"    dcterms:title {_literal(settings.title)} ;\n"
            f"    sd:endpoint <{endpoint}> ;\n"
            f"    sd:supportedLanguage {', '.join(languages)} ;\n"
            f"    sd:feature sd:UnionDefaultGraph ;\n"
            f"    sd:resultFormat {formats} .\n")
    return text.encode(), "text/turtle; charset=utf-8"


def _literal(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
