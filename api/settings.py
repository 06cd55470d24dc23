"""Server settings: one dataclass, filled by `cadregraph serve` or by tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cadregraph.api.sparql.guard import Limits


def default_store_location() -> Path:
    """$CADREGRAPH_STORE, else ~/.local/share/cadregraph/store (the CLI's documented default)."""
    env = os.environ.get("CADREGRAPH_STORE")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".local" / "share" / "cadregraph" / "store"


@dataclass
class Settings:
    """What the web app needs to know; every limit here has a `cadregraph serve` option.

    `store_location` None means the default location. Updates stay refused unless
    `allow_update` is set, and then only for requests carrying `update_token` as a bearer
    token: a public read-only endpoint must not become a public write endpoint by accident.
    """

    store_location: str | Path | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    allow_update: bool = False
    update_token: str | None = None
    query_timeout_s: float = 30.0
    result_limit: int = 100_000
    base_url: str = ""
    title: str = "cadregraph"
    max_query_chars: int = 200_000
    max_body_bytes: int = 16 * 1024 * 1024
    max_nesting: int = 100
    max_operators: int = 5_000
    query_workers: int = 4
    isolate_queries: bool = True  # kill overrunning queries (read-only store folders only)
    # A folder served read-only is a snapshot: look for new writes (e.g. a running
    # `cadregraph ingest`) at most this often, on request, and reopen it when there are some.
    refresh_interval_s: float = 5.0

    def __post_init__(self) -> None:
        if self.allow_update and not self.update_token:
            raise ValueError("allow_update needs an update_token: pass --update-token TOKEN "
                             "or set CADREGRAPH_UPDATE_TOKEN, and send it as "
                             "'Authorization: Bearer TOKEN' with each update")
        if self.query_timeout_s <= 0:
            raise ValueError(f"query_timeout_s must be positive, got {self.query_timeout_s}")
        if self.result_limit < 1:
            raise ValueError(f"result_limit must be at least 1, got {self.result_limit}")
        if self.query_workers < 1:
            raise ValueError(f"query_workers must be at least 1, got {self.query_workers}")
        if self.refresh_interval_s < 0:
            raise ValueError("refresh_interval_s must be 0 (check on every request) or more, "
                             f"got {self.refresh_interval_s}")
        self.base_url = self.base_url.rstrip("/")

    @property
    def location(self) -> Path:
        return Path(self.store_location) if self.store_location else default_store_location()

    @property
    def limits(self) -> Limits:
        return Limits(max_query_chars=self.max_query_chars, max_depth=self.max_nesting,
                      max_operators=self.max_operators)
