"""Map the dev corpus to article graphs and validate them: speed and what the mapping saw.

    python benchmarks/rdf_mapping.py [--limit N]

Prints mapping time per article, SHACL time per graph as `validate_graph` runs it (in place,
no inference) against pyshacl's defaults on a quarter of the same graphs (the baseline, same
run), and
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

from cadregraph.ingest.extract import extract
from cadregraph.ingest.rdf import article_quads
from cadregraph.ingest.rdf.vocab import roles
from cadregraph.ingest.records import Article
from cadregraph.ontology.shacl import shapes_graph, to_graph, validate_graph
from cadregraph.ontology.terms import CG, SKOS
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
    start = time.perf_counter()
    graphs = [article_quads(r) for r in records]
    mapping = time.perf_counter() - start
    quads = sum(map(len, graphs))
    print(f"articles {len(records)}, quads {quads}, mapping {mapping:.2f} s "
          f"({1000 * mapping / len(records):.1f} ms/article, {quads / mapping:,.0f} quads/s)")

    start = time.perf_counter()
    failing = [g for g in tqdm(graphs, desc="shacl (validate_graph: in place)")
               if not validate_graph(g).conforms]
    reused = time.perf_counter() - start
    sample = graphs[: max(1, len(graphs) // 4)]
    start = time.perf_counter()
    for g in tqdm(sample, desc="shacl (baseline: pyshacl defaults, graph copied)"):
        validate(to_graph(g), shacl_graph=shapes_graph(), inference="none")
    baseline = (time.perf_counter() - start) / len(sample)
    print(f"shacl: {len(failing)} failing graphs; {1000 * reused / len(graphs):.1f} ms/graph "
          f"in place vs {1000 * baseline:.1f} ms/graph baseline "
          f"(ratio {baseline / (reused / len(graphs)):.2f}x)")

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
