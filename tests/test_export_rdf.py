"""RDF exports round-trip: re-importing them gives back the same quads, graphs included."""

from __future__ import annotations

from pathlib import Path

import pytest
from cadregraph.api.export import export
from pyapi_support import fixture_graph
from pyoxigraph import RdfFormat, Store
from rdflib import Dataset


def _quads(store: Store) -> set[str]:
    return {str(q) for q in store}


@pytest.mark.parametrize(("name", "fmt"), [("nquads", RdfFormat.N_QUADS),
                                           ("trig", RdfFormat.TRIG)])
def test_dump_reimports_to_the_same_quad_set(tmp_path: Path, name: str, fmt: RdfFormat) -> None:
    graph = fixture_graph()
    [out] = export(graph, name, tmp_path / f"graph.{name}")
    again = Store()
    again.load(path=str(out), format=fmt)
    assert _quads(again) == _quads(graph.store)
    assert set(again.named_graphs()) == set(graph.store.named_graphs())
    assert len(list(again.named_graphs())) >= 5  # three articles, linking, reorganisation


def test_jsonld_parses_back_to_the_same_quads(tmp_path: Path) -> None:
    graph = fixture_graph()
    [out] = export(graph, "jsonld", tmp_path / "graph.jsonld")
    dataset = Dataset()
    dataset.parse(out, format="json-ld")
    back = Store()
    back.load(dataset.serialize(format="nquads").encode("utf-8"), format=RdfFormat.N_QUADS)
    assert _quads(back) == _quads(graph.store)
    assert '"@context"' in out.read_text(encoding="utf-8")


def test_store_folder_and_dump_export_alike(tmp_path: Path) -> None:
    [nq] = export(fixture_graph(), "nquads", tmp_path / "a.nq")
    [trig] = export(nq, "trig", tmp_path / "b.trig")  # a dump is a valid source too
    again = Store()
    again.load(path=str(trig), format=RdfFormat.TRIG)
    assert _quads(again) == _quads(fixture_graph().store)


def test_wrong_target_kind_is_explained(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="one file"):
        export(fixture_graph(), "nquads", tmp_path)
    with pytest.raises(ValueError, match="nquads"):
        export(fixture_graph(), "xlsx", tmp_path / "x.xlsx")
