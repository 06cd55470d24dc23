"""The app factory, landing page, health check, settings and the `cadregraph serve` command."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pyoxigraph as ox
import pytest
from cadregraph.api.app import create_app
from cadregraph.api.cli.main import main
from cadregraph.api.settings import Settings
from cadregraph.ingest.store import open_store
from cadregraph.ontology.terms import CG, ORG, RDF, SCHEMA
from fastapi.testclient import TestClient

CGR = "https://w3id.org/cadregraph/id/"


def _graph_store() -> ox.Store:
    """3 articles, 2 persons, 1 body, 2 events, 1 document, each in its own graph."""
    store = ox.Store()
    made = {SCHEMA.NewsArticle: 3, CG.Person: 2, ORG.Organization: 1, SCHEMA.Event: 2,
            CG.Document: 1}
    for cls, n in made.items():
        for i in range(n):
            node = ox.NamedNode(f"{CGR}{cls.value.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}/{i}")
            store.add(ox.Quad(node, RDF.type, cls, ox.NamedNode(f"{CGR}graph/article/a{i}")))
    return store


def test_landing_page_counts_what_the_graph_holds():
    with TestClient(create_app(Settings(title="Test graph"), store=_graph_store())) as client:
        page = client.get("/")
    assert page.status_code == 200
    text = page.text
    for figure in ("<strong>3</strong> articles", "<strong>2</strong> persons",
                   "<strong>1</strong> bodies", "<strong>2</strong> events",
                   "<strong>1</strong> documents"):
        assert figure in text
    for link in ('href="/sparql"', 'href="/search"', 'href="/query"', 'href="/ontology"'):
        assert link in text
    assert "<title>Test graph</title>" in text


def test_health():
    with TestClient(create_app(Settings(query_timeout_s=7), store=ox.Store())) as client:
        health = client.get("/health").json()
        assert health["status"] == "ok" and health["query_timeout_s"] == 7
        assert health["updates"] is False
        assert health["snapshot"] is None  # an in-memory store has nothing to follow


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"allow_update": True}, "update_token"),
    ({"query_timeout_s": 0}, "query_timeout_s"),
    ({"result_limit": 0}, "result_limit"),
])
def test_settings_refuse_unsafe_or_impossible_values(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Settings(**kwargs)


def test_factory_opens_a_store_folder_read_only_by_default(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.raw.add(ox.Quad(ox.NamedNode(f"{CGR}x"), RDF.type, CG.Person,
                              ox.NamedNode(f"{CGR}graph/linking")))
    app = create_app(Settings(store_location=tmp_path / "store", query_workers=1))
    with TestClient(app) as client:
        assert app.state.store.read_only is True
        answer = client.get("/sparql", params={"query": "ASK { ?x a cg:Person }"}).json()
        assert answer["boolean"] is True


def test_serve_help_teaches_and_bad_options_fail_clearly(capsys, monkeypatch, tmp_path):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    assert "Examples:" in capsys.readouterr().out
    monkeypatch.delenv("CADREGRAPH_UPDATE_TOKEN", raising=False)
    assert main(["serve", "--allow-update"]) == 2
    assert "--update-token" in capsys.readouterr().err
    assert main(["serve", "--store", str(tmp_path / "nothing-here")]) == 1
    assert "cadregraph ingest" in capsys.readouterr().err


def test_cadregraph_serve_runs_a_real_server(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.raw.add(ox.Quad(ox.NamedNode(f"{CGR}x"), RDF.type, CG.Person,
                              ox.NamedNode(f"{CGR}graph/linking")))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "CADREGRAPH_UPDATE_TOKEN": "tok"}
    server = subprocess.Popen(
        [sys.executable, "-m", "cadregraph.api.cli.main", "serve", "--store",
         str(tmp_path / "store"), "--port", str(port), "--allow-update", "--timeout", "5",
         "--workers", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        give_up = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{url}/health").json()
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < give_up, "cadregraph serve did not start"
                time.sleep(0.2)
        assert health["updates"] is True and health["query_timeout_s"] == 5
        update = httpx.post(f"{url}/sparql", data={"update": f"CLEAR GRAPH <{CGR}graph/linking>"},
                            headers={"Authorization": "Bearer tok"})
        assert update.status_code == 200, update.text
        answer = httpx.get(f"{url}/sparql", params={"query": "ASK { ?x a cg:Person }"})
        assert answer.json()["boolean"] is False
    finally:
        server.terminate()
        server.wait(30)
