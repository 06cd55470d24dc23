"""One way to run a read query for every page that takes queries from users.

`/sparql` and the `/query` page both go through `QueryRunner.answer`: the structure guard,
then a query process that is killed at the timeout (store folders served read-only) or a
worker thread with a deadline (in-memory and writable stores), the row limit, and the
serialisation done where the query ran. Nothing a user types runs anywhere else.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from cadregraph.api.settings import Settings
from cadregraph.api.sparql import negotiate
from cadregraph.api.sparql.execute import Dataset, dataset_options, raw_store, run_query
from cadregraph.api.sparql.guard import check_query
from cadregraph.api.sparql.isolated import IsolatedQueries, QueryJob
from cadregraph.api.sparql.pool import Deadline, WorkerPool


@dataclass
class QueryRunner:
    store: Any  # resolved to its pyoxigraph Store per query: snapshots get reopened
    settings: Settings
    pool: WorkerPool
    isolated: IsolatedQueries | None = None

    async def answer(self, text: str, dataset: Dataset, base_iri: str, accept: str | None,
                     wanted: str | None = None) -> tuple[bytes, str]:
        """(body, content type) of the query `text`; a SparqlError (with the HTTP status)
        when a guard or limit refuses it, it is malformed, or no format fits `accept`."""
        settings = self.settings
        # Scanning a long query is pure Python: keep it off the event loop.
        shape = await asyncio.to_thread(check_query, text, settings.limits)
        options = dataset_options(dataset, has_from="FROM" in shape.keywords)
        if self.isolated is not None:
            return await self.isolated.run(QueryJob(
                text, options, base_iri, settings.result_limit, settings.query_timeout_s,
                accept, wanted))
        raw = raw_store(self.store)

        def job(deadline: Deadline) -> tuple[bytes, str]:
            outcome = run_query(raw, text, options, base_iri, deadline, settings.result_limit)
            chosen = negotiate.choose(outcome.kind, accept, wanted)
            return chosen.write(outcome), chosen.content_type

        return await self.pool.run(job, settings.query_timeout_s)
