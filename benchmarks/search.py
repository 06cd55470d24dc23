"""Search latency at 100k articles' worth of persons, against the SPARQL CONTAINS baseline.

Builds an in-memory store shaped like ours: ARTICLES articles, each quoting MENTIONS person
mentions whose names are recombined from the dev vocabulary (the person names and body names
of ../shared/corpus/dev/gold.jsonl), most of them linked to canonical persons as linking
would do, plus bodies. Then it times:
  - the in-memory index (SearchIndex.search) and the full HTTP route (/search.json);
  - `FILTER(CONTAINS(LCASE(?name), …))` on the same store — the scan the index replaces;
and prints median / p95 and the ratio. Nothing is asserted: figures are for reading.

    python benchmarks/search.py                 # 100,000 articles
    python benchmarks/search.py --articles 20000 --queries 100
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from cadregraph.api.web.fold import fold
from cadregraph.api.web.routes import build_router
from cadregraph.api.web.search_index import SearchIndex
from cadregraph.ontology.terms import CG, ORG, PROV, RDF, RESOURCE_BASE, SCHEMA, SKOS
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tqdm import tqdm

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "gold.jsonl"
TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ủy": "uỷ", "ùy": "uỳ",
         "úy": "uý", "ũy": "uỹ", "ụy": "uỵ"}


def vocabulary() -> tuple[list[str], list[str]]:
    if not GOLD.exists():
        sys.exit(f"{GOLD} is missing: this benchmark recombines the dev vocabulary from it")
    persons, bodies = set(), set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        persons.update(p["name"] for p in record.get("persons", []))
        bodies.update(o["name"] for o in record.get("organizations", []))
    return sorted(persons), sorted(bodies)


def synthetic_names(real: list[str], count: int, rng: random.Random) -> list[str]:
    parts = [n.split() for n in real if len(n.split()) >= 2]
    family = sorted({p[0] for p in parts})
    middle = sorted({w for p in parts for w in p[1:-1]})
    given = sorted({p[-1] for p in parts})
    names = set(real)
    while len(names) < count:
        mid = " ".join(rng.sample(middle, rng.choice((1, 1, 2))))
        names.add(f"{rng.choice(family)} {mid} {rng.choice(given)}")
    return sorted(names)


def build_store(articles: int, mentions: int, rng: random.Random) -> tuple[ox.Store, list[str]]:
    real, body_names = vocabulary()
    names = synthetic_names(real, max(articles // 2, len(real)), rng)
    weights = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(len(names))))
    # cumulative weights, computed once: a few names are everywhere, most are rare
    linked = set(rng.sample(range(len(names)), int(0.7 * len(names))))
    mentions_of: dict[int, list[ox.NamedNode]] = {}
    quads: list[ox.Quad] = []
    for a in tqdm(range(articles), desc="articles", unit="art"):
        g = ox.NamedNode(f"{RESOURCE_BASE}graph/article/a{a}")
        art = ox.NamedNode(f"{RESOURCE_BASE}article/a{a}")
        quads += [ox.Quad(art, RDF.type, SCHEMA.NewsArticle, g),
                  ox.Quad(art, SCHEMA.datePublished,
                          ox.Literal(f"20{15 + a % 11}-0{1 + a % 9}-1{a % 10}"), g)]
        for n in set(rng.choices(range(len(names)), cum_weights=weights, k=mentions)):
            m = ox.NamedNode(f"{RESOURCE_BASE}article/a{a}/person/p{n}")
            quads += [ox.Quad(m, RDF.type, CG.PersonMention, g),
                      ox.Quad(m, SCHEMA.name, ox.Literal(names[n]), g),
                      ox.Quad(m, PROV.wasQuotedFrom, art, g)]
            mentions_of.setdefault(n, []).append(m)
    linking = ox.NamedNode(f"{RESOURCE_BASE}graph/linking")
    for n in linked & mentions_of.keys():
        p = ox.NamedNode(f"{RESOURCE_BASE}person/p{n}")
        quads += [ox.Quad(p, RDF.type, CG.Person, linking),
                  ox.Quad(p, SCHEMA.name, ox.Literal(names[n]), linking)]
        quads += [ox.Quad(p, CG.hasMention, m, linking) for m in mentions_of[n]]
    for i, label in enumerate(body_names):
        b = ox.NamedNode(f"{RESOURCE_BASE}body/b{i}")
        quads += [ox.Quad(b, RDF.type, ORG.Organization, linking),
                  ox.Quad(b, SKOS.prefLabel, ox.Literal(label), linking)]
    store = ox.Store()
    t = time.perf_counter()
    store.bulk_extend(quads)
    print(f"store: {len(store):,} quads, {sum(map(len, mentions_of.values())):,} mentions of "
          f"{len(mentions_of):,} names, bulk-loaded in {time.perf_counter() - t:.1f} s")
    return store, [names[n] for n in mentions_of]


def query_forms(name: str, rng: random.Random) -> str:
    """How users type: unaccented, as printed, other tone placement, or the last two words."""
    toned = name
    for new, old in TONES.items():
        toned = toned.replace(new, old)
    return rng.choice([fold(name), name, toned, " ".join(fold(name).split()[-2:]), name.upper()])


def timed(fn, queries: list[str]) -> tuple[list[float], int]:
    times, found = [], 0
    for q in queries:
        t = time.perf_counter()
        found += bool(fn(q))
        times.append(1000 * (time.perf_counter() - t))
    return times, found


def summary(label: str, times: list[float], found: int) -> float:
    med = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    print(f"{label:<38} median {med:8.2f} ms   p95 {p95:8.2f} ms   found {found}/{len(times)}")
    return med


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--mentions", type=int, default=3, help="person mentions per article")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--baseline-queries", type=int, default=20)
    args = ap.parse_args()
    rng = random.Random(42)
    store, names = build_store(args.articles, args.mentions, rng)

    index = SearchIndex(store)
    t = time.perf_counter()
    index.refresh(force=True)
    print(f"index: {index.size:,} entries built in {time.perf_counter() - t:.1f} s")
    queries = [query_forms(rng.choice(names), rng) for _ in range(args.queries)]

    med_index = summary("in-memory index (SearchIndex.search)",
                        *timed(lambda q: index.search(q, 50), queries))
    app = FastAPI()
    app.include_router(build_router(store, None))
    client = TestClient(app)
    client.get("/search.json", params={"q": "warm up"})
    summary("HTTP GET /search.json (same index)",
            *timed(lambda q: client.get("/search.json", params={"q": q}).json()["results"],
                   queries))

    def contains(q: str) -> list[object]:
        # ?q is bound by substitution (so it has to be projected), never spliced in
        text = ("SELECT DISTINCT ?q ?e ?name WHERE { ?e a ?kind ; schema:name ?name . "
                "VALUES ?kind { cg:Person cg:PersonMention } "
                "FILTER(CONTAINS(LCASE(?name), LCASE(?q))) } LIMIT 50")
        return list(store.query(text, use_default_graph_as_union=True,
                                prefixes={"cg": CG.NS, "schema": SCHEMA.NS},
                                substitutions={ox.Variable("q"): ox.Literal(q)}))

    med_scan = summary("SPARQL FILTER CONTAINS baseline",
                       *timed(contains, queries[: args.baseline_queries]))
    print(f"ratio: the index answers {med_scan / med_index:,.0f}x faster (median); the scan "
          "also misses unaccented and re-toned queries (see 'found')")


if __name__ == "__main__":
    main()
