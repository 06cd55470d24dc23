"""Worker threads that run store work off the event loop, with deadlines.

pyoxigraph releases the GIL while it parses, plans and evaluates (measured: a 7 s
aggregate left a 1 ms ticker thread running the whole time), so threads keep the server
answering while a query runs. A query cannot be cancelled from Python, though: a timed-out
job gets a 503 at once, its rows stop being read at the next solution, and a worker stuck
inside one long native step finishes it in the background. The pool is bounded so a flood
of runaway queries queues (and times out) instead of starving the machine.

The threads get large stacks because pyoxigraph recurses on the native stack while it
parses and optimises; the guards keep queries far below what even the default stack holds,
and the big stack is the second line of defence (a stack overflow kills the process).
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from cadregraph.api.sparql.errors import SparqlError

T = TypeVar("T")
_STACK_BYTES = 256 * 1024 * 1024  # virtual; only touched pages cost memory
_stack_lock = threading.Lock()


class Deadline:
    """The time a job must finish by; jobs call `check()` between units of work."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.started = threading.Event()
        self.abandoned = threading.Event()

    def expired(self) -> bool:
        return self.abandoned.is_set() or time.monotonic() > self.at

    def check(self) -> None:
        if self.expired():
            raise timeout_error(self.seconds)


def timeout_error(seconds: float) -> SparqlError:
    return SparqlError(503, f"Query stopped after {seconds:g} s, the server's query timeout. "
                       "Add a LIMIT, make the patterns more specific, or ask the operator to "
                       "raise the limit (cadregraph serve --timeout SECONDS).", limit="timeout")


def _detached(exc: BaseException) -> BaseException:
    """`exc` without tracebacks: their frames hold pyoxigraph result iterators, which must be
    freed on the thread that made them (pyoxigraph raises if another thread drops them)."""
    seen = exc
    while seen is not None:
        seen.__traceback__ = None
        seen = seen.__cause__ or seen.__context__
    return exc


class WorkerPool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._jobs: queue.SimpleQueue[tuple[Callable[[], object], Future] | None] = (
            queue.SimpleQueue())
        self._threads: list[threading.Thread] = []
        self._busy = 0
        self._busy_lock = threading.Lock()
        with _stack_lock:
            previous = threading.stack_size(_STACK_BYTES)
            try:
                for n in range(workers):
                    thread = threading.Thread(target=self._work, name=f"sparql-{n}", daemon=True)
                    thread.start()
                    self._threads.append(thread)
            finally:
                threading.stack_size(previous)

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            fn, future = item
            if not future.set_running_or_notify_cancel():
                continue
            with self._busy_lock:
                self._busy += 1
            try:
                future.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting request
                future.set_exception(_detached(exc))
            finally:
                with self._busy_lock:
                    self._busy -= 1

    @property
    def busy(self) -> int:
        """Jobs running now, including timed-out ones still finishing a native step."""
        return self._busy

    async def run(self, fn: Callable[[Deadline], T], timeout_s: float | None) -> T:
        """Run `fn(deadline)` on a worker; raise a 503 SparqlError when the deadline passes."""
        deadline = Deadline(timeout_s if timeout_s is not None else float("inf"))

        def job() -> T:
            deadline.started.set()
            deadline.check()  # waited in the queue past its deadline: do not start it
            return fn(deadline)

        future: Future = Future()
        self._jobs.put((job, future))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=timeout_s)
        except TimeoutError:
            deadline.abandoned.set()
            future.cancel()
            if not deadline.started.is_set():
                raise SparqlError(503, f"The server is busy: all {self.workers} query workers "
                                  f"stayed occupied for {timeout_s:g} s. Try again later.",
                                  limit="busy", headers={"Retry-After": "10"}) from None
            raise timeout_error(deadline.seconds) from None

    def close(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)
