"""Pick a result format from the `format` parameter or the Accept header."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
from cadregraph.api.sparql import results
from cadregraph.api.sparql.errors import SparqlError
from cadregraph.api.sparql.execute import Outcome

TABLE = {"solutions", "boolean"}


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    kinds: frozenset[str]
    write: Callable[[Outcome], bytes]

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or "json" in self.media_type
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


def _rdf(fmt: ox.RdfFormat) -> Callable[[Outcome], bytes]:
    return lambda outcome: results.to_rdf(outcome, fmt)


_GRAPH = frozenset({"graph"})
FORMATS = [
    Format("json", "application/sparql-results+json", frozenset(TABLE), results.to_json),
    Format("xml", "application/sparql-results+xml", frozenset(TABLE), results.to_xml),
    Format("csv", "text/csv", frozenset({"solutions"}), results.to_csv),
    Format("tsv", "text/tab-separated-values", frozenset({"solutions"}), results.to_tsv),
    Format("turtle", "text/turtle", _GRAPH, _rdf(ox.RdfFormat.TURTLE)),
    Format("ntriples", "application/n-triples", _GRAPH, _rdf(ox.RdfFormat.N_TRIPLES)),
    Format("nquads", "application/n-quads", _GRAPH, _rdf(ox.RdfFormat.N_QUADS)),
    Format("trig", "application/trig", _GRAPH, _rdf(ox.RdfFormat.TRIG)),
    Format("jsonld", "application/ld+json", _GRAPH, _rdf(ox.RdfFormat.JSON_LD)),
    Format("rdfxml", "application/rdf+xml", _GRAPH, _rdf(ox.RdfFormat.RDF_XML)),
]
BY_NAME = {f.name: f for f in FORMATS}
BY_MEDIA = {f.media_type: f for f in FORMATS}
# Generic media types clients send, resolved by what the query returns.
ALIASES = {
    "application/json": {"solutions": "json", "boolean": "json", "graph": "jsonld"},
    "application/xml": {"solutions": "xml", "boolean": "xml", "graph": "rdfxml"},
    "text/xml": {"solutions": "xml", "boolean": "xml", "graph": "rdfxml"},
    "text/plain": {"graph": "ntriples"},
}
SHORT = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "json-ld": "jsonld",
         "rdf": "rdfxml", "srj": "json", "srx": "xml"}
DEFAULT = {"solutions": "json", "boolean": "json", "graph": "turtle"}
WHAT = {"solutions": "SELECT results", "boolean": "ASK results",
        "graph": "CONSTRUCT/DESCRIBE results"}


def choose(kind: str, accept: str | None, format_param: str | None) -> Format:
    """The format to answer in; a 406 SparqlError (listing what fits) when none does."""
    if format_param:
        key = format_param.strip().lower()
        found = BY_NAME.get(SHORT.get(key, key)) or _by_media(key, kind)
        if found is None or kind not in found.kinds:
            raise _not_acceptable(kind, f"format={format_param}")
        return found
    if not accept or not accept.strip():
        return BY_NAME[DEFAULT[kind]]
    for media in _ranked(accept):
        if media in ("*/*", "*"):
            return BY_NAME[DEFAULT[kind]]
        if media.endswith("/*"):
            family = media[:-1]
            fits = [f for f in FORMATS if kind in f.kinds and f.media_type.startswith(family)]
            if fits:
                return BY_NAME[DEFAULT[kind]] if BY_NAME[DEFAULT[kind]] in fits else fits[0]
            continue
        found = _by_media(media, kind)
        if found is not None and kind in found.kinds:
            return found
    raise _not_acceptable(kind, f"Accept: {accept}")


def _by_media(media: str, kind: str) -> Format | None:
    if media in BY_MEDIA:
        return BY_MEDIA[media]
    name = ALIASES.get(media, {}).get(kind)
    return BY_NAME[name] if name else None


def _ranked(accept: str) -> list[str]:
    """Media ranges by quality (q=0 dropped), keeping the client's order among equals."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def _not_acceptable(kind: str, asked: str) -> SparqlError:
    fits = ", ".join(f"{f.name} ({f.media_type})" for f in FORMATS if kind in f.kinds)
    return SparqlError(406, f"Cannot answer {WHAT[kind]} in the format asked for ({asked}). "
                       f"Available: {fits}. Use the Accept header or ?format=NAME.")
