"""Both store implementations keep the same promises (real Oxigraph; the remote one is a real
`oxigraph serve` process on a free localhost port)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cadregraph.ingest.store import CONTENT_HASH, EXTRACTOR_VERSION, GraphStore, open_store
from cadregraph.ontology.terms import SCHEMA
from oxigraph_server import oxigraph_server
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
)

BASE = "https://w3id.org/cadregraph/id/"
GRAPH = NamedNode(BASE + "graph/article/t1")
ARTICLE = NamedNode(BASE + "article/t1")


def article(hash_: str, headline: str, *extra: Quad) -> list[Quad]:
    return [Quad(ARTICLE, CONTENT_HASH, Literal(hash_), GRAPH),
            Quad(ARTICLE, SCHEMA.headline, Literal(headline, language="vi"), GRAPH), *extra]


@pytest.fixture(params=["embedded", "remote"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "embedded":
        opened = open_store(tmp_path / "store")
        yield opened
        opened.close()
    else:
        with oxigraph_server(tmp_path / "server") as url:
            yield open_store(url)


def quads_of(store: GraphStore, tmp_path: Path) -> set[str]:
    path = tmp_path / "dump.nq"
    store.dump(path)
    return set(path.read_text(encoding="utf-8").splitlines())


def test_replace_graph_swaps_the_whole_graph(store: GraphStore, tmp_path: Path) -> None:
    # Quotes, newlines and diacritics must survive the SPARQL text the replacement goes through.
    store.replace_graph(GRAPH, article("h1", 'Hội nghị "lần thứ 2"\nTỉnh ủy'))
    assert store.graph_hash(GRAPH) == "h1"
    store.replace_graph(GRAPH, article("h2", "Kỳ họp HĐND"))
    assert store.graph_hash(GRAPH) == "h2"
    assert store.count_quads() == 2
    (headline,) = [s["h"].value for s in store.query(
        f"SELECT ?h WHERE {{ {ARTICLE} {SCHEMA.headline} ?h }}")]
    assert headline == "Kỳ họp HĐND"
    store.replace_graph(GRAPH, article("h3", 'Hội nghị "lần thứ 2"\nTỉnh ủy'))
    assert any('"Hội nghị \\"lần thứ 2\\"\\nTỉnh ủy"@vi' in line
               for line in quads_of(store, tmp_path))


def test_quads_given_on_the_default_graph_land_in_the_named_graph(store: GraphStore) -> None:
    store.replace_graph(GRAPH, [Quad(ARTICLE, CONTENT_HASH, Literal("h"))])
    assert store.named_graphs() == [GRAPH]
    assert store.graph_hash(GRAPH) == "h"


def test_absent_graph_has_no_hash_and_remove_deletes(store: GraphStore) -> None:
    assert store.graph_hash(GRAPH) is None
    store.replace_graph(GRAPH, article("h1", "x"))
    store.remove_graph(GRAPH)
    assert store.graph_hash(GRAPH) is None
    assert store.count_quads() == 0


def test_query_result_types_match_pyoxigraph(store: GraphStore) -> None:
    store.replace_graph(GRAPH, article("h1", "x"))
    solutions = store.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert isinstance(solutions, QuerySolutions)
    assert [str(v) for v in solutions.variables] == ["?s", "?o"]
    assert len(list(solutions)) == 2
    triples = store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(triples, QueryTriples)
    assert {t.object.value for t in triples} == {"h1", "x"}
    asked = store.query("ASK { ?s ?p ?o }")
    assert isinstance(asked, QueryBoolean) and bool(asked)
    # Without the union, the default graph is empty: all facts live in named graphs.
    assert not bool(store.query("ASK { ?s ?p ?o }", use_default_graph_as_union=False))


def test_bad_query_raises_syntax_error(store: GraphStore) -> None:
    with pytest.raises(SyntaxError):
        store.query("SELECT WHERE")


def test_bulk_load_update_and_counts(store: GraphStore) -> None:
    other = NamedNode(BASE + "graph/bulk")
    store.bulk_load(Quad(NamedNode(f"{BASE}x/{i}"), SCHEMA.name, Literal(str(i)), other)
                    for i in range(250))
    store.update(f"INSERT DATA {{ GRAPH {GRAPH} {{ {ARTICLE} {CONTENT_HASH} \"u\" }} }}")
    assert store.count_quads() == 251
    assert sorted(g.value for g in store.named_graphs()) == sorted([GRAPH.value, other.value])
    assert store.graph_hash(GRAPH) == "u"


def test_replace_with_overlap_blank_nodes_or_nothing(store: GraphStore) -> None:
    extra = Quad(ARTICLE, SCHEMA.name, Literal("a"), GRAPH)
    store.replace_graph(GRAPH, article("h1", "x", extra))
    store.replace_graph(GRAPH, article("h1", "y", extra))  # one quad out, one in
    assert {s["o"].value for s in store.query(
        f"SELECT ?o WHERE {{ {ARTICLE} ?p ?o }}")} == {"h1", "y", "a"}
    blank = Quad(ARTICLE, SCHEMA.name, BlankNode(), GRAPH)
    store.replace_graph(GRAPH, article("h2", "y", blank))
    store.replace_graph(GRAPH, article("h3", "y", Quad(ARTICLE, SCHEMA.name, BlankNode())))
    assert store.count_quads() == 3 and store.graph_hash(GRAPH) == "h3"
    store.replace_graph(GRAPH, [])
    assert store.count_quads() == 0 and store.graph_hash(GRAPH) is None


def test_graph_stamp_reads_hash_and_extractor_version(store: GraphStore) -> None:
    assert store.graph_stamp(GRAPH) is None
    store.replace_graph(GRAPH, article("h1", "Kỳ họp"))  # written before versions were stored
    assert store.graph_stamp(GRAPH) == ("h1", None)
    version = Quad(ARTICLE, EXTRACTOR_VERSION, Literal("0123abcd"), GRAPH)
    store.replace_graph(GRAPH, article("h1", "Kỳ họp", version))
    assert store.graph_stamp(GRAPH) == ("h1", "0123abcd")
    assert store.graph_hash(GRAPH) == "h1"
