"""The Python API: typed DataFrames from SPARQL, bindings, opening stores and dumps."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cadregraph.api.python import Graph, iri, open_graph
from cadregraph.ingest.store import EmbeddedStore
from pyapi_support import FIXTURE, fixture_graph
from pyoxigraph import NamedNode, RdfFormat, Store


def test_select_columns_are_typed() -> None:
    frame = fixture_graph().query("""
        SELECT ?article ?day ?n ?former ?headline WHERE {
          ?article a schema:NewsArticle ; schema:datePublished ?day ; schema:headline ?headline .
          { SELECT ?article (COUNT(?s) AS ?n) WHERE { ?s dcterms:isPartOf ?article }
            GROUP BY ?article }
          OPTIONAL { ?h prov:wasDerivedFrom ?article ; cg:former ?former }
        }""")
    assert isinstance(frame, pd.DataFrame) and len(frame) > 0
    assert pd.api.types.is_datetime64_any_dtype(frame["day"])
    assert str(frame["n"].dtype) == "Int64"
    assert str(frame["former"].dtype) == "boolean"
    assert all(isinstance(v, str) and v.startswith("https://") for v in frame["article"])
    assert frame["headline"].map(type).eq(str).all()


def test_column_mixing_kinds_stays_text() -> None:
    frame = fixture_graph().query(
        'SELECT ?v WHERE { VALUES ?v { "2024-01-02"^^xsd:date "not a date" } }')
    assert frame["v"].dtype == object
    assert set(frame["v"]) == {"2024-01-02", "not a date"}


def test_bindings_select_one_person() -> None:
    graph = fixture_graph()
    persons = graph.table("persons")
    person = persons.loc[persons["mentions"].idxmax(), "person"]
    frame = graph.query("SELECT ?m WHERE { ?p cg:hasMention ?m }", p=iri(person))
    expected = graph.query(
        f"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ <{person}> cg:hasMention ?m }}")
    assert len(frame) == expected["n"][0] >= 2


def test_ask_and_construct() -> None:
    graph = fixture_graph()
    assert graph.query("ASK { ?p a cg:Person }") is True
    assert graph.query("ASK { ?p a cg:Nothing }") is False
    triples = graph.query("CONSTRUCT { ?b skos:prefLabel ?l } WHERE { ?b skos:prefLabel ?l }")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) > 0


def test_unlinked_mentions_count_as_persons() -> None:
    # Without the linking graph each mention is its own person; with it, mentions merge.
    graph = fixture_graph()
    linked = graph.table("persons")
    mentions = graph.query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a cg:PersonMention }")
    assert len(linked) < mentions["n"][0]
    unlinked = open_graph(_without_linking(graph))
    assert len(unlinked.table("persons")) == mentions["n"][0]


def _without_linking(graph: Graph) -> Store:
    store = Store()
    store.extend(q for q in graph.store if q.graph_name != NamedNode(
        "https://w3id.org/cadregraph/id/graph/linking"))
    return store


def test_first_and_last_attested() -> None:
    graph = fixture_graph()
    positions = graph.table("positions")
    linked = graph.query("""SELECT ?person ?post ?first ?last WHERE {
        ?h a cg:Holding ; org:member ?person ; cg:post ?post ;
           cg:firstAttested ?first ; cg:lastAttested ?last }""")
    assert len(linked) > 0
    by_linking = set(zip(linked["person"], linked["post"], strict=True))
    current = positions[~positions["former"].astype(bool)]
    for (person, post), rows in current.groupby(["person", "post"]):
        if (person, post) in by_linking:  # linking's own dates win
            row = linked[(linked["person"] == person) & (linked["post"] == post)].iloc[0]
            assert (rows["first_attested"] == row["first"]).all()
            assert (rows["last_attested"] == row["last"]).all()
        else:  # else computed from the dates of the articles naming the post as current
            assert (rows["first_attested"] == rows["date"].min()).all()
            assert (rows["last_attested"] == rows["date"].max()).all()
    assert any((rows["first_attested"] != rows["date"].min()).any()
               for _, rows in current.groupby(["person", "post"]))  # the fixture tells them apart
    only_former = positions[positions["former"].astype(bool)]
    assert len(only_former) > 0 and only_former["first_attested"].isna().all()
    assert positions["date"].notna().all()  # an undated article falls back to its event date


def test_open_store_folder_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with EmbeddedStore(folder) as store:
        store.raw.bulk_load(path=str(FIXTURE), format=RdfFormat.TRIG)
    graph = open_graph(folder)
    assert len(graph) == len(fixture_graph()) > 0
    assert "https://w3id.org/cadregraph/id/graph/linking" in graph.graphs()


def test_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="cadregraph ingest"):
        open_graph(tmp_path / "nowhere")
    odd = tmp_path / "data.csv"
    odd.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"\.nq"):
        open_graph(odd)
    with pytest.raises(TypeError, match="store folder"):
        open_graph(42)
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="cadregraph ingest"):
        open_graph(tmp_path / "empty")
    with pytest.raises(OSError, match="not a cadregraph store"):
        open_graph(tmp_path)  # a folder with other things in it
    with pytest.raises(ValueError, match="SPARQL server"):
        open_graph("http://127.0.0.1:7878")
