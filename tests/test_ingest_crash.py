"""An ingest killed with SIGKILL never leaves half an article behind (real processes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cadregraph.ingest.pipeline import ingest
from cadregraph.ingest.rdf import article_graph_iri
from cadregraph.ingest.store import EmbeddedStore, GraphStore, open_store
from cadregraph.ingest.store.embedded import BULK_MARKER
from ingest_inputs import variants, write_jsonl
from pyoxigraph import Literal, NamedNode, Quad

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

BATCH = 5
# Runs the real pipeline and says on stdout when each batch has been committed.
CHILD = """
import sys
from cadregraph.ingest.pipeline import ingest
from cadregraph.ingest.store import open_store
store = open_store(sys.argv[1])
def committed(store, records):
    print("committed", len(records), flush=True)
ingest([sys.argv[2]], store, batch_size={batch}, bulk={bulk}, bulk_min=5,
       after_batch=committed)
print("done", flush=True)
"""


def graph_contents(store: GraphStore, graph: NamedNode) -> set[str]:
    raw = store.raw
    assert raw is not None
    return {str(q) for q in raw.quads_for_pattern(None, None, None, graph)}


@pytest.mark.parametrize("bulk", [False, True], ids=["transactions", "bulk-loader"])
def test_killed_ingest_leaves_only_complete_articles(tmp_path: Path, bulk: bool) -> None:
    articles = variants(30)
    source = write_jsonl(tmp_path / "a.jsonl", articles)
    with open_store(tmp_path / "reference") as reference:
        ingest([source], reference, batch_size=BATCH, bulk=bulk, bulk_min=5, after_batch=None)
        expected = {a["id"]: graph_contents(reference, article_graph_iri(a["id"]))
                    for a in articles}

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(batch=BATCH, bulk=bulk),
         str(tmp_path / "store"), str(source)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("committed"), child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)  # somewhere inside the following batches
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with open_store(tmp_path / "store") as store:
        present = {a["id"] for a in articles
                   if store.graph_hash(article_graph_iri(a["id"])) is not None}
        assert len(present) >= BATCH  # the batch reported committed survived the kill
        for article_id, quads in expected.items():
            found = graph_contents(store, article_graph_iri(article_id))
            assert found in (set(), quads), f"{article_id} is incomplete after the kill"
        assert not (store.path / BULK_MARKER).exists()
        # Running the same ingest again completes the store.
        summary = ingest([source], store, batch_size=BATCH, bulk=bulk, bulk_min=5,
                         after_batch=None)
        assert summary.failed == 0 and summary.unchanged == len(present)
        assert all(graph_contents(store, article_graph_iri(i)) == quads
                   for i, quads in expected.items())


def test_interrupted_bulk_load_is_undone_at_the_next_open(tmp_path: Path) -> None:
    base = "https://w3id.org/cadregraph/id/"
    kept, loading = NamedNode(base + "graph/kept"), NamedNode(base + "graph/loading")
    with open_store(tmp_path) as store:
        store.replace_graph(kept, [Quad(NamedNode(base + "a"), NamedNode(base + "p"),
                                        Literal("kept"), kept)])
        # The state a bulk load leaves when killed: marker written, part of the quads in.
        (tmp_path / BULK_MARKER).write_text(json.dumps([loading.value]), encoding="utf-8")
        store.raw.bulk_extend([Quad(NamedNode(base + "b"), NamedNode(base + "p"),
                                    Literal("half"), loading)])
    with pytest.warns(UserWarning, match="interrupted during a bulk load"):
        reader = open_store(tmp_path, read_only=True)
    assert isinstance(reader, EmbeddedStore) and reader.recovered == []
    reader.close()
    with open_store(tmp_path) as store:
        assert isinstance(store, EmbeddedStore) and store.recovered == [loading]
        assert store.named_graphs() == [kept]
        assert not (tmp_path / BULK_MARKER).exists()
