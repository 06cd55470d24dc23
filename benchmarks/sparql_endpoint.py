"""What the /sparql endpoint costs over a direct pyoxigraph query, and what a runaway query
does to everyone else. Prints figures; asserts nothing.

    python benchmarks/sparql_endpoint.py [--articles 2000] [--rounds 200]

Figures: median latency of a one-entity lookup (direct call, via the endpoint over real
HTTP), the ratio between them; the same lookup's median latency while a runaway aggregate
occupies one worker, as a ratio of the idle figure; throughput of 4 concurrent clients.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from web_fixture import live_server  # noqa: E402

from cadregraph.api.app import create_app  # noqa: E402
from cadregraph.api.settings import Settings  # noqa: E402

EX = "http://example.org/"
NAME = ox.NamedNode("https://schema.org/name")
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def build(articles: int) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}person/{i}"), NAME, ox.Literal(f"Person {i}"),
                         ox.NamedNode(f"{EX}graph/{i}")) for i in range(articles))
    return store


def lookup(i: int) -> str:
    return f"SELECT ?n WHERE {{ <{EX}person/{i}> schema:name ?n }}"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed_http(client: httpx.Client, url: str, rounds: int) -> list[float]:
    out = []
    for i in range(rounds):
        start = time.perf_counter()
        client.get(f"{url}/sparql", params={"query": lookup(i)}).raise_for_status()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    store = build(args.articles)
    direct = []
    for i in range(args.rounds):
        start = time.perf_counter()
        list(store.query(lookup(i), use_default_graph_as_union=True,
                         prefixes={"schema": "https://schema.org/"}))
        direct.append(time.perf_counter() - start)
    app = create_app(Settings(query_timeout_s=600), store=store)
    with live_server(app) as url, httpx.Client() as client:
        idle = timed_http(client, url, args.rounds)
        runaway = threading.Thread(target=lambda: httpx.get(
            f"{url}/sparql", params={"query": RUNAWAY.replace("?g ?h ?i", "?g ?h ?i . ?j ?k ?l")},
            timeout=600))
        runaway.start()
        while app.state.pool.busy == 0:
            time.sleep(0.01)
        loaded = timed_http(client, url, args.rounds)
        still_busy = app.state.pool.busy
        results: list[list[float]] = [[] for _ in range(4)]
        start = time.perf_counter()
        threads = [threading.Thread(target=lambda k=k: results[k].extend(
            timed_http(httpx.Client(), url, args.rounds))) for k in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    print(f"store: {len(store):,} quads in {args.articles:,} named graphs; {args.rounds} rounds")
    print(f"lookup, direct pyoxigraph:        {median_ms(direct):7.2f} ms median")
    print(f"lookup, /sparql over HTTP (idle): {median_ms(idle):7.2f} ms median "
          f"({median_ms(idle) / median_ms(direct):.1f}x direct)")
    print(f"lookup, while a runaway runs:     {median_ms(loaded):7.2f} ms median "
          f"({median_ms(loaded) / median_ms(idle):.2f}x idle; runaway still running: "
          f"{still_busy == 1})")
    print(f"4 concurrent clients (runaway running): {4 * args.rounds / elapsed:.0f} queries/s")
    print("(the runaway keeps one core busy until it ends; the process exits without it)")


if __name__ == "__main__":
    main()
