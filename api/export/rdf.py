"""The whole dataset as RDF: N-Quads and TriG keep one named graph per article (and the
linking and reorganisation graphs); JSON-LD is written by rdflib with the ontology prefixes
as its @context, each named graph an object with its own @graph."""

from __future__ import annotations

from pathlib import Path

from cadregraph.api.python.ns import PREFIXES
from pyoxigraph import RdfFormat, Store
from rdflib import Dataset


def write_nquads(store: Store, out: Path) -> list[Path]:
    store.dump(str(out), RdfFormat.N_QUADS)
    return [out]


def write_trig(store: Store, out: Path) -> list[Path]:
    store.dump(str(out), RdfFormat.TRIG, prefixes=PREFIXES)
    return [out]


def write_jsonld(store: Store, out: Path) -> list[Path]:
    # rdflib holds the whole dataset in memory (about 1.6 GB per million quads): fine for
    # research extracts; for the full store prefer N-Quads.
    dataset = Dataset()
    dataset.parse(data=store.dump(format=RdfFormat.N_QUADS), format="nquads")
    context = {prefix: iri for prefix, iri in PREFIXES.items()}
    out.write_text(dataset.serialize(format="json-ld", context=context, indent=1),
                   encoding="utf-8")
    return [out]
