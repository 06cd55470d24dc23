"""Shared helpers for the web, browser and security tests: a small store and a live server.

The store is loaded from fixtures/web_graph.trig, written by hand in the shape of
ontology/README.md. `live_server` runs a real uvicorn server on a free localhost port.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import uvicorn
from cadregraph.api.web.routes import build_router
from fastapi import FastAPI

FIXTURE = Path(__file__).with_name("fixtures") / "web_graph.trig"
CGR = "https://w3id.org/cadregraph/id/"


def fixture_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return store


def make_app(store: ox.Store) -> FastAPI:
    """The application as users get it when the factory exists, else just our router."""
    try:
        from cadregraph.api.app import create_app  # owned by the app helper
    except ImportError:
        create_app = None
    if create_app is not None and "store" in inspect.signature(create_app).parameters:
        return create_app(store=store)
    app = FastAPI()
    app.include_router(build_router(store, None))
    return app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """Serve `app` with uvicorn in a thread; yields the base URL, stops it afterwards."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
README_SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# The README's pictures are rewritten only on request (CADREGRAPH_SCREENSHOTS=1 pytest -m
# browser): an ordinary test run must not leave the work tree changed.
SCREENSHOTS = (README_SCREENSHOTS if os.environ.get("CADREGRAPH_SCREENSHOTS") == "1"
               else Path(tempfile.gettempdir()) / "cadregraph-screenshots")


def chromium_missing() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM}: install it with `apt-get install chromium`"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing: pip install playwright (no browser download)"
    return None


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# Counts the drawn pixels of the vis-network canvas: not fully transparent and not white.
CANVAS_INK = """() => {
  const canvas = document.querySelector('#graph canvas');
  if (!canvas) { return -1; }
  const ctx = canvas.getContext('2d');
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) { ink++; }
  }
  return ink;
}"""


def is_local(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.hostname in ("127.0.0.1", "localhost")
