"""What the /sparql endpoint costs over a direct pyoxigraph query, and what a runaway query
does to everyone else, with queries in threads (in-memory store) and in processes (a
read-only store folder, the default of `cadregraph serve`). Prints figures; asserts nothing.

    python benchmarks/sparql_endpoint.py [--articles 2000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from cadregraph.api.app import create_app  # noqa: E402
from cadregraph.api.settings import Settings  # noqa: E402
from cadregraph.ingest.store import open_store  # noqa: E402
from web_fixture import live_server  # noqa: E402

EX = "http://example.org/"
NAME = ox.NamedNode("https://schema.org/name")
# Four-way cross product over the store: minutes of native work, no row until the end.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def quads(articles: int) -> list[ox.Quad]:
    return [ox.Quad(ox.NamedNode(f"{EX}person/{i}"), NAME, ox.Literal(f"Person {i}"),
                    ox.NamedNode(f"{EX}graph/{i}")) for i in range(articles)]


def lookup(i: int) -> str:
    return f"SELECT ?n WHERE {{ <{EX}person/{i}> schema:name ?n }}"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed_http(url: str, rounds: int) -> list[float]:
    out = []
    with httpx.Client() as client:
        for i in range(rounds):
            start = time.perf_counter()
            client.get(f"{url}/sparql", params={"query": lookup(i)}).raise_for_status()
            out.append(time.perf_counter() - start)
    return out


def _fire_runaway(url: str) -> None:
    try:  # the answer never matters; the client gives up long before the query ends
        httpx.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=5)
    except httpx.HTTPError:
        pass


def measure(app, rounds: int, busy) -> tuple[float, float, float]:
    """(idle median ms, median ms while a runaway runs, queries/s of 4 clients meanwhile)."""
    with live_server(app) as url:
        idle = timed_http(url, rounds)
        threading.Thread(target=_fire_runaway, args=(url,), daemon=True).start()
        while not busy():
            time.sleep(0.01)
        loaded = timed_http(url, rounds)
        results: list[list[float]] = [[] for _ in range(4)]
        threads = [threading.Thread(target=lambda k=k: results[k].extend(
            timed_http(url, rounds))) for k in range(4)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        rate = 4 * rounds / (time.perf_counter() - start)
    return median_ms(idle), median_ms(loaded), rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    memory = ox.Store()
    memory.extend(quads(args.articles))
    direct = []
    for i in range(args.rounds):
        start = time.perf_counter()
        list(memory.query(lookup(i), use_default_graph_as_union=True,
                          prefixes={"schema": "https://schema.org/"}))
        direct.append(time.perf_counter() - start)
    print(f"store: {args.articles:,} quads in {args.articles:,} named graphs; "
          f"{args.rounds} rounds; lookup direct in pyoxigraph: {median_ms(direct):.2f} ms")
    threads_app = create_app(Settings(query_timeout_s=600), store=memory)
    rows = {"threads (memory store)": measure(threads_app, args.rounds,
                                              lambda: threads_app.state.pool.busy > 0)}
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "store") as store:
            store.raw.extend(quads(args.articles))
        # 600 s timeout: the runaway keeps its process for the whole measurement.
        app = create_app(Settings(store_location=Path(folder) / "store", query_timeout_s=600))
        while app.state.isolated.available < app.state.pool.workers:
            time.sleep(0.05)  # all query processes started
        rows["processes (store folder)"] = measure(
            app, args.rounds, lambda: app.state.isolated.available < app.state.pool.workers)
        app.state.isolated.close()
    for mode, (idle, loaded, rate) in rows.items():
        print(f"{mode:26} idle {idle:6.2f} ms ({idle / median_ms(direct):5.0f}x direct); "
              f"runaway running {loaded:6.2f} ms ({loaded / idle:.2f}x idle); "
              f"4 clients {rate:5.0f} q/s")


if __name__ == "__main__":
    main()
