"""Map the dev corpus to article graphs and validate them: speed and what the mapping saw.

    python benchmarks/rdf_mapping.py [--limit N]

Prints mapping CPU time per article (baseline: serialising the same quads), SHACL CPU time
per graph as `validate_graph` runs it (no inference, in place) against validation with RDFS
inference and the ontology mixed in, on a quarter of the same graphs (baseline), and
diagnostics: evidence that fell back to the whole text, titles outside the role vocabulary,
bodies typed `other`. Needs ../shared/corpus/dev next to the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import rdflib
from cadregraph.ingest.extract import extract
from cadregraph.ingest.rdf import article_quads
from cadregraph.ingest.rdf.vocab import roles
from cadregraph.ingest.records import Article
from cadregraph.ontology.generate_terms import TTL
from cadregraph.ontology.shacl import shapes_graph, to_graph, validate_graph
from cadregraph.ontology.terms import CG, SKOS
from pyoxigraph import RdfFormat, serialize
from pyshacl import validate
from tqdm import tqdm

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def load(limit: int | None) -> list[Article]:
    out = []
    for name in ("articles.jsonl", "unlabeled.jsonl"):
        for line in (DEV / name).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            out.append(Article(id=d["id"], text=d["text"], title=d.get("title"),
                               published=d.get("published"), url=d.get("url"),
                               site=d.get("site"), province=d.get("province")))
    return out[:limit] if limit else out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    if not DEV.exists():
        print(f"{DEV} is missing: put the shared folder next to the repository", file=sys.stderr)
        return 2
    records = [extract(a) for a in tqdm(load(args.limit), desc="extract")]
    # CPU time, not wall time: the figures should not depend on what else the machine runs.
    start = time.process_time()
    graphs = [article_quads(r) for r in records]
    mapping = time.process_time() - start
    quads = sum(map(len, graphs))
    start = time.process_time()
    for g in graphs:
        serialize(g, format=RdfFormat.N_QUADS)
    writing = time.process_time() - start
    print(f"articles {len(records)}, quads {quads}: mapping {mapping:.2f} s CPU "
          f"({1000 * mapping / len(records):.1f} ms/article, {quads / mapping:,.0f} quads/s); "
          f"baseline: serialising the same quads to N-Quads {writing:.2f} s "
          f"(mapping/serialising = {mapping / writing:.1f}x)")

    start = time.process_time()
    failing = [g for g in tqdm(graphs, desc="shacl (validate_graph)")
               if not validate_graph(g).conforms]
    ours = (time.process_time() - start) / len(graphs)
    sample = graphs[: max(1, len(graphs) // 4)]
    ontology = rdflib.Graph().parse(TTL, format="turtle")
    start = time.process_time()
    for g in tqdm(sample, desc="shacl (baseline: rdfs inference, ontology mixed in)"):
        validate(to_graph(g), shacl_graph=shapes_graph(), ont_graph=ontology, inference="rdfs")
    baseline = (time.process_time() - start) / len(sample)
    print(f"shacl: {len(failing)} failing graphs; {1000 * ours:.1f} ms CPU/graph "
          f"(no inference, in place) vs {1000 * baseline:.1f} ms/graph with rdfs inference "
          f"(ratio {baseline / ours:.1f}x)")

    whole_text = sum(1 for g in graphs for q in g
                     if q.predicate == CG.evidence and q.object.value.endswith("/text"))
    evidence = sum(1 for g in graphs for q in g if q.predicate == CG.evidence)
    print(f"evidence links {evidence}, of which whole-text fallbacks {whole_text}")
    outside = Counter(q.object.value for g in graphs for q in g
                      if q.predicate == SKOS.prefLabel and "/role/" in q.subject.value
                      and q.subject not in roles())
    print("titles outside the role vocabulary:", outside.most_common(25))
    other = Counter(q.subject.value for g in graphs for q in g
                    if q.predicate == CG.bodyType and q.object.value.endswith("/other"))
    print(f"bodies typed other: {len(other)}", [k.rsplit('/', 1)[1] for k, _ in
                                                 other.most_common(30)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
