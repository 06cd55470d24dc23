"""The offline network page: self-contained (no CDN) and drawn by a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from cadregraph.api.python.network_html import write_network_html
from pyapi_support import fixture_graph


def _page(tmp_path: Path) -> Path:
    network = fixture_graph().to_networkx("co-attendance")
    return write_network_html(network, tmp_path / "net.html", title="Ai gặp ai <test>",
                              group="body_name", caption="officials & events")


def test_page_is_self_contained(tmp_path: Path) -> None:
    page = _page(tmp_path).read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "vis.Network" in page and len(page) > 300_000  # vis-network is inlined
    assert "Ai gặp ai &lt;test&gt;" in page and "officials &amp; events" in page
    labels = {d["label"] for _, d in fixture_graph().to_networkx("co-attendance").nodes(data=True)}
    assert all(label in page for label in labels)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")
def test_page_draws_offline_in_a_browser(tmp_path: Path) -> None:
    page = _page(tmp_path)
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--no-first-run",
             f"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom",
             page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-ready="yes"' in dom  # set by vis-network's first afterDrawing event
    assert "<canvas" in dom
