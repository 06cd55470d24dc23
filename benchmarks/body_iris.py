"""How long body IRIs take: cold (every name new) and warm (names seen before), and their
share of building the 2025 reorganisation graph, which names ~45,000 bodies.

    python benchmarks/body_iris.py

Prints per-call microseconds; the warm/cold ratio is measured in the same run.
"""

from __future__ import annotations

import time

from cadregraph.ingest.link.reorg import reorganisation_quads
from cadregraph.ingest.rdf import iris, keys, levels


def _clear() -> None:
    for function in (iris.body_iri, iris.body_slug, levels.identity_key, keys.phrased,
                     keys.body_key, keys.fold, keys.slug):
        function.cache_clear()


def main() -> None:
    names = [f"{head} {level} {place} {i}" for i in range(400)
             for head in ("Hội đồng nhân dân", "UBND", "Đảng ủy", "Ủy ban MTTQ Việt Nam")
             for level, place in (("phường", "Mỹ Thới"), ("xã", "Long Phước"),
                                  ("tỉnh", "An Giang"), ("TP.", "Long Xuyên"))]
    iris.body_iri("warm the gazetteer up")
    _clear()
    start = time.perf_counter()
    for name in names:
        iris.body_iri(name)
    cold = (time.perf_counter() - start) / len(names) * 1e6
    start = time.perf_counter()
    for _ in range(5):
        for name in names:
            iris.body_iri(name)
    warm = (time.perf_counter() - start) / (5 * len(names)) * 1e6
    print(f"body_iri: cold {cold:.1f} µs/call, warm {warm:.2f} µs/call "
          f"({cold / warm:.0f}x) over {len(names)} names")
    _clear()
    calls = 0
    original = iris.body_iri

    def counted(name: str):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(name)

    import cadregraph.ingest.link.reorg as reorg
    reorg.body_iri = counted
    start = time.perf_counter()
    quads = reorganisation_quads()
    total = time.perf_counter() - start
    reorg.body_iri = original
    _clear()
    start = time.perf_counter()
    for _ in range(1):
        reorganisation_quads()
    print(f"reorganisation graph: {len(quads)} quads, {calls} body_iri calls, "
          f"{total:.2f} s cold caches; {time.perf_counter() - start:.2f} s again "
          f"({total / calls * 1e6:.0f} µs of graph per body_iri call)")


if __name__ == "__main__":
    main()
