"""Queries in child processes that are killed at the timeout.

Threads keep the server answering while a query runs, but pyoxigraph cannot be interrupted:
a runaway aggregate, or a query whose plan explodes (measured: 300 OPTIONALs take 20 s just
to plan, 400 more than 30 s), keeps its worker and a core busy long after its 503. When the
store is a folder served read-only (the default `cadregraph serve`), each child opens its
own read-only snapshot of it, so the parent can kill a child that overruns and start a fresh
one. A query that crashes pyoxigraph (a native stack overflow) then loses one child, not the
server. Children serialise results themselves: pickling pyoxigraph terms costs ~30 µs each.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from cadregraph.api.sparql.errors import SparqlError
from cadregraph.api.sparql.pool import timeout_error

LOG = logging.getLogger("cadregraph.sparql")
STARTUP_S = 120.0  # a child imports pyoxigraph and rdflib, then opens the store


@dataclass
class QueryJob:
    text: str
    options: dict[str, Any]
    base_iri: str
    max_rows: int
    timeout_s: float
    accept: str | None = None
    format: str | None = None
    generation: int = 0  # the store snapshot the query must see (stamped by `run`)


def _child_main(conn: Any, path: str, generation: int) -> None:
    # Ctrl-C reaches the whole process group; the parent stops its children itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Big native stack for pyoxigraph's recursive parser, as in the thread pool.
    threading.stack_size(256 * 1024 * 1024)
    worker = threading.Thread(target=_child_loop, args=(conn, path, generation))
    worker.start()
    worker.join()


def _child_loop(conn: Any, path: str, generation: int) -> None:
    import pyoxigraph as ox
    from cadregraph.api.sparql import negotiate
    from cadregraph.api.sparql.execute import run_query
    from cadregraph.api.sparql.pool import Deadline

    try:
        store = ox.Store.read_only(path)
    except OSError as error:
        conn.send(("failed", str(error)))
        return
    conn.send(("ready",))
    while True:
        try:
            job: QueryJob = conn.recv()
        except (EOFError, OSError):
            return
        if job.generation > generation:  # the parent saw new writes since this one opened
            try:
                store, generation = ox.Store.read_only(path), job.generation
            except Exception:  # noqa: BLE001 - caught mid-write: answer from the previous
                pass  # snapshot, and try again at the next query
        try:
            outcome = run_query(store, job.text, job.options, job.base_iri,
                                Deadline(job.timeout_s), job.max_rows)
            chosen = negotiate.choose(outcome.kind, job.accept, job.format)
            reply: tuple = ("ok", chosen.write(outcome), chosen.content_type)
            del outcome
        except SparqlError as error:
            reply = ("error", error.status, error.message, error.limit, error.headers)
        except Exception as error:  # noqa: BLE001 - reported to the client, child lives on
            reply = ("error", 500, f"The query failed: {error}", None, {})
        conn.send(reply)


class _Child:
    def __init__(self, context: Any, path: str, generation: int = 0) -> None:
        self.conn, child_end = context.Pipe()
        self.process = context.Process(target=_child_main, args=(child_end, path, generation),
                                       name="cadregraph-sparql", daemon=True)
        self.process.start()
        child_end.close()
        # The start-up watcher and `close()` may both kill a child that is still starting;
        # closing its pipe twice would close whatever file reused that descriptor.
        self._kill_lock, self._killed = threading.Lock(), False

    def wait_ready(self, timeout_s: float) -> str | None:
        """None once the child has opened the store, else why it did not."""
        try:
            if not self.conn.poll(timeout_s):
                return f"no answer within {timeout_s:g} s"
            message = self.conn.recv()
        except (EOFError, OSError):
            return "it exited while starting"
        return None if message[0] == "ready" else message[1]

    def kill(self) -> None:
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
            self.process.kill()
            self.process.join(10)
            self.conn.close()


class IsolatedQueries:
    """A fixed number of query processes over the store folder `path` (read-only)."""

    def __init__(self, path: str, workers: int) -> None:
        self.path, self.workers, self.killed = path, workers, 0
        # Bumped by `reopen()`; each child reopens its snapshot before its next query.
        self.generation = 0
        self._context = multiprocessing.get_context("spawn")  # fork + threads is unsafe
        self._idle: queue.SimpleQueue[_Child] = queue.SimpleQueue()
        self._closed = False
        self._waiters = ThreadPoolExecutor(max_workers=8 * workers,
                                           thread_name_prefix="sparql-wait")
        self._children = [_Child(self._context, path) for _ in range(workers)]
        # The first child proves the set-up works (else the caller falls back to threads);
        # the others join as they become ready, so the server starts answering sooner.
        problem = self._children[0].wait_ready(STARTUP_S)
        if problem is not None:
            self.close()
            raise RuntimeError(f"a query process could not open {path}: {problem}")
        self._idle.put(self._children[0])
        for child in self._children[1:]:
            self._admit_when_ready(child)

    async def run(self, job: QueryJob) -> tuple[bytes, str]:
        """(body, content type) of `job`; a SparqlError for limits, faults and bad queries."""
        job.generation = self.generation
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._waiters, self._run, job)

    def reopen(self, generation: int | None = None) -> None:
        """The store folder has new data: children reopen their snapshots before their next
        query (a reopening costs 20 ms–0.5 s, charged to that query), not all at once."""
        self.generation = self.generation + 1 if generation is None else generation

    def _run(self, job: QueryJob) -> tuple[bytes, str]:
        give_up = time.monotonic() + job.timeout_s
        busy = SparqlError(503, f"The server is busy: all {self.workers} query workers "
                           f"stayed occupied for {job.timeout_s:g} s. Try again later.",
                           limit="busy", headers={"Retry-After": "10"})
        try:
            child = self._idle.get(timeout=job.timeout_s)
        except queue.Empty:
            raise busy from None
        if give_up - time.monotonic() <= 0.001:  # no time left to run it: keep the child
            self._idle.put(child)
            raise busy
        try:
            child.conn.send(job)
            if not child.conn.poll(max(give_up - time.monotonic(), 0)):
                self._replace(child)
                raise timeout_error(job.timeout_s)
            reply = child.conn.recv()
        except (EOFError, OSError):
            if self._closed:
                raise SparqlError(503, "The server is shutting down.", limit="busy") from None
            self._replace(child)
            raise SparqlError(500, "The query crashed the process running it (a fresh one "
                              "is starting). Simplify the query: fewer nested groups or "
                              "chained operators.") from None
        self._idle.put(child)
        if reply[0] == "ok":
            return reply[1], reply[2]
        _, status, message, limit, headers = reply
        raise SparqlError(status, message, limit=limit, headers=headers)

    @property
    def available(self) -> int:
        """Children idle and ready now."""
        return self._idle.qsize()

    def _replace(self, child: _Child) -> None:
        """Kill `child`; a fresh one joins the idle queue once it has opened the store (its
        start-up must not count against some query's timeout)."""
        self.killed += 1
        child.kill()
        if self._closed:
            return
        fresh = _Child(self._context, self.path, self.generation)
        self._children = [c for c in self._children if c is not child] + [fresh]
        self._admit_when_ready(fresh)

    def _admit_when_ready(self, child: _Child) -> None:
        def admit() -> None:
            problem = child.wait_ready(STARTUP_S)
            if self._closed:  # `close()` kills every child, this one included
                return
            if problem is None:
                self._idle.put(child)
                return
            LOG.warning("a SPARQL query process did not start (%s); %d remain",
                        problem, len(self._children) - 1)
            child.kill()

        threading.Thread(target=admit, name="sparql-start", daemon=True).start()

    def close(self) -> None:
        self._closed = True
        for child in self._children:
            child.kill()
        self._waiters.shutdown(wait=False, cancel_futures=True)
