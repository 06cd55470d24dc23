"""Linking time for 10k and 100k synthetic articles, and their ratio (target: near 10).

Synthetic articles are built from the dev vocabulary: name syllables (family, middle, given)
and posts (role + body, with the province swapped) of ../shared/corpus/dev/gold.jsonl. A
population of officials grows with the corpus (one per 4 articles), each with a province,
a birth year and one to three posts; every article names 3–6 officials of one province, some
with their birth year, so homonyms, variants and contradictions occur as in real news.

    python benchmarks/link.py                 # 10k and 100k
    python benchmarks/link.py --sizes 2000 20000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from cadregraph.ingest.link.features import mention_features
from cadregraph.ingest.link.geo import gazetteer
from cadregraph.ingest.link.linker import link_mentions
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def vocabulary() -> tuple[list[list[str]], list[tuple[str, str]], list[str]]:
    gold = SHARED / "corpus" / "dev" / "gold.jsonl"
    if not gold.exists():
        sys.exit(f"benchmarks/link.py: needs the dev gold at {gold} (../shared beside the repo)")
    provinces = sorted(set(gazetteer().provinces.values()))
    pattern = re.compile("|".join(re.escape(p) for p in sorted(provinces, key=len, reverse=True)))
    parts: list[set[str]] = [set(), set(), set()]
    posts: set[tuple[str, str]] = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        for person in json.loads(line)["persons"]:
            names = person["name"].split()
            if len(names) >= 3:
                parts[0].add(names[0])
                parts[1].update(names[1:-1])
                parts[2].add(names[-1])
            for p in person["positions"]:
                if pattern.search(p["body"]):
                    posts.add((p["role"], pattern.sub("{P}", p["body"])))
    return [sorted(x) for x in parts], sorted(posts), provinces


def corpus(n: int, seed: int = 7) -> list[ArticleRecord]:
    (family, middle, given), posts, provinces = vocabulary()
    rng = random.Random(seed)
    people = []
    for _ in range(max(n // 4, 10)):
        province = rng.choice(provinces)
        name = " ".join([rng.choice(family), *rng.sample(middle, rng.choice((1, 1, 2))),
                         rng.choice(given)])
        held = [(r, b.replace("{P}", province)) for r, b in rng.sample(posts, rng.randint(1, 3))]
        people.append((name, province, rng.randint(1955, 1985), held))
    by_province: dict[str, list] = {}
    for person in people:
        by_province.setdefault(person[1], []).append(person)
    records = []
    places = sorted(by_province)
    for i in range(n):
        local = by_province[rng.choice(places)]
        chosen = rng.sample(local, min(len(local), rng.randint(3, 6)))
        date = f"{rng.randint(2012, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines, persons = [], []
        for name, _province, born, held in chosen:
            role, body = rng.choice(held)
            birth = f" (sinh năm {born})" if rng.random() < 0.2 else ""
            lines.append(f"Ông {name}{birth}, {role} {body}, phát biểu.")
            persons.append(Person(name=name, positions=[Position(role=role, body=body)]))
        text = " ".join(lines)
        records.append(ArticleRecord(article=Article(id=f"syn{i:07d}", text=text,
                                                     published=date),
                                     text=text, persons=persons))
    return records


def measure(n: int) -> dict[str, float]:
    records = corpus(n)
    # CPU time is reported beside wall time: on a shared machine the wall clock also counts
    # other processes' turns.
    start, cpu_start = time.perf_counter(), time.process_time()
    features = [f for r in records for f in mention_features(r)]
    cpu_middle = time.process_time()
    linking = link_mentions(features)
    end, cpu_end = time.perf_counter(), time.process_time()
    return {"articles": n, "mentions": len(features), "persons": len(linking.entities),
            "features_s": cpu_middle - cpu_start, "cluster_s": cpu_end - cpu_middle,
            "total_s": cpu_end - cpu_start, "wall_s": end - start}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args(argv)
    results = [measure(n) for n in args.sizes]
    for r in results:
        print(f"{r['articles']:>8} articles {r['mentions']:>8} mentions -> {r['persons']:>7} "
              f"persons: features {r['features_s']:6.1f}s  clustering {r['cluster_s']:6.1f}s  "
              f"total {r['total_s']:6.1f}s CPU, {r['wall_s']:6.1f}s wall  "
              f"({r['total_s'] / r['articles'] * 1e3:.2f} ms CPU/article)")
    base = results[0]
    for r in results[1:]:
        print(f"ratio {r['articles']}/{base['articles']} articles = "
              f"{r['articles'] / base['articles']:.0f}x: CPU time "
              f"{r['total_s'] / base['total_s']:.1f}x, wall {r['wall_s'] / base['wall_s']:.1f}x "
              f"(features {r['features_s'] / base['features_s']:.1f}x, "
              f"clustering {r['cluster_s'] / base['cluster_s']:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
