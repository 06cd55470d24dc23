"""The web application factory: SPARQL endpoint, landing page, health check, web pages.

    app = create_app(Settings(store_location="/data/store"))   # opens the store itself
    app = create_app(store=my_store)                           # tests, demo, notebooks

A folder the factory opens read-only is a `SnapshotStore`: requests notice new writes
(another process ingesting) within `settings.refresh_interval_s` and see them from then on.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import AsyncIterator
from typing import Any

from cadregraph.api.landing import build_landing_router
from cadregraph.api.settings import Settings
from cadregraph.api.snapshot import FollowWrites, SnapshotStore
from cadregraph.api.sparql.answer import QueryRunner
from cadregraph.api.sparql.endpoint import build_sparql_router
from cadregraph.api.sparql.execute import raw_store
from cadregraph.api.sparql.isolated import IsolatedQueries
from cadregraph.api.sparql.pool import WorkerPool
from fastapi import FastAPI
from fastapi.responses import JSONResponse


def create_app(settings: Settings | None = None, store: Any = None) -> FastAPI:
    """Build the app over `store` (a GraphStore or pyoxigraph Store), else open
    `settings.location` (read-write only when updates are allowed)."""
    settings = settings or Settings()
    owned = store is None
    if owned:
        store = _open(settings)
    raw_store(store)  # fail now, with the reason, if this store cannot serve SPARQL
    pool = WorkerPool(settings.query_workers)
    isolated = _isolated(store, settings)
    if isinstance(store, SnapshotStore) and isolated is not None:
        store.on_reopen(isolated.reopen)
    runner = QueryRunner(store, settings, pool, isolated)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            pool.close()
            if isolated is not None:
                isolated.close()
            if owned and hasattr(store, "close"):
                store.close()

    app = FastAPI(title=settings.title, lifespan=lifespan,
                  description="Vietnamese local political news as a knowledge graph: "
                  "SPARQL 1.1 endpoint at /sparql, pages for persons, bodies, events and "
                  "documents, search and graphs.")
    app.state.settings, app.state.store, app.state.pool = settings, store, pool
    app.state.isolated, app.state.queries = isolated, runner
    if isinstance(store, SnapshotStore):
        app.add_middleware(FollowWrites, snapshot=store)

    @app.get("/health", summary="Liveness check", include_in_schema=True)
    async def health() -> JSONResponse:
        return JSONResponse({"status": "ok", "store": getattr(store, "location", "memory"),
                             "updates": settings.allow_update,
                             "query_timeout_s": settings.query_timeout_s,
                             "max_rows": settings.result_limit,
                             "isolated_queries": isolated is not None,
                             "snapshot": _snapshot_state(store, settings)})

    app.include_router(build_sparql_router(runner))
    app.include_router(build_landing_router(store, settings, pool))
    app.include_router(_web_router(store, settings))
    return app


def _open(settings: Settings) -> Any:
    """Read-write only with updates allowed: a read-only server never takes the folder's
    write lock, so `cadregraph ingest` can write beside it (the snapshot follows)."""
    from cadregraph.ingest.store import is_remote, open_store

    if is_remote(str(settings.store_location or "")):  # Path() would mangle the URL
        return open_store(str(settings.store_location), read_only=not settings.allow_update)
    if settings.allow_update:
        return open_store(settings.location)
    return SnapshotStore(settings.location, settings.refresh_interval_s)


def _snapshot_state(store: Any, settings: Settings) -> dict[str, Any] | None:
    if not isinstance(store, SnapshotStore):
        return None
    return {"generation": store.generation, "refresh_interval_s": settings.refresh_interval_s,
            "last_error": store.last_error}


def _isolated(store: Any, settings: Settings) -> IsolatedQueries | None:
    """Query processes when the store is a folder opened read-only (children open their
    own snapshots of it); in-memory and writable stores keep queries in threads."""
    path = getattr(store, "path", None)
    if not settings.isolate_queries or path is None or not getattr(store, "read_only", False):
        return None
    try:
        return IsolatedQueries(str(path), settings.query_workers)
    except RuntimeError as error:
        warnings.warn(f"{error}; queries run in threads instead (an overrunning query keeps "
                      "its thread until it ends)", stacklevel=2)
        return None


def _web_router(store: Any, settings: Settings) -> Any:
    from cadregraph.api.web.routes import build_router

    return build_router(store, settings)
