"""What the SPARQL limit and isolation tests share: a runaway query, a cheap one, waiting for
the server's state, and racing queries against a live server from threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx

EX = "http://example.org/"
# Three-way cross product: n³ combinations evaluated natively before the one COUNT row
# exists, so no Python code runs (and no deadline check happens) while it works.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CHEAP = f"ASK {{ <{EX}s0> ?p ?o }}"


def wait_until(condition: Callable[[], bool], what: str, limit_s: float = 120.0) -> None:
    give_up = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < give_up, f"gave up waiting for {what}"
        time.sleep(0.01)


class Race:
    """Queries sent to the live server at `url`; `finished` lists their names in the order
    their answers (each a 200) came back."""

    def __init__(self, url: str) -> None:
        self.url, self.finished = url, []

    def run(self, name: str, query: str) -> None:
        response = httpx.get(f"{self.url}/sparql", params={"query": query}, timeout=300)
        assert response.status_code == 200
        self.finished.append(name)

    def start(self, name: str, query: str) -> threading.Thread:
        thread = threading.Thread(target=self.run, args=(name, query))
        thread.start()
        return thread
