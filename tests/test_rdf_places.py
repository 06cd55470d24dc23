"""Place level and containment from the gazetteer, only where every matching unit agrees."""

from __future__ import annotations

import pytest
from cadregraph.ingest.rdf import article_quads
from cadregraph.ingest.rdf.places import PlaceFacts, place_facts
from cadregraph.ontology.terms import SCHEMA
from test_rdf_examples import rich_record


@pytest.mark.parametrize(("name", "province", "facts"), [
    ("An Giang", "An Giang", PlaceFacts("province", None)),
    ("huyện Chợ Mới", "An Giang", PlaceFacts("district", "An Giang")),
    ("TP. Long Xuyên", "An Giang", PlaceFacts("district", "An Giang")),
    ("phường Mỹ Thạnh", "An Giang", PlaceFacts("commune", "Long Xuyên")),
    # A city before 2025 and a ward after: no level, but surely in An Giang.
    ("Long Xuyên", "An Giang", PlaceFacts(None, "An Giang")),
    ("Nơi Không Có", "An Giang", PlaceFacts(None, None)),
    # A province merged away in the 1990s is a province of its own time.
    ("tỉnh Hà Sơn Bình", None, PlaceFacts("province", None)),
])
def test_place_facts(name: str, province: str | None, facts: PlaceFacts) -> None:
    assert place_facts(name, province) == facts


def test_places_in_the_graph_are_contained_in_the_province() -> None:
    quads = article_quads(rich_record())
    names = {q.subject: q.object.value for q in quads if q.predicate == SCHEMA.name
             and "/place/" in q.subject.value}
    within = {(names[q.subject], names[q.object]) for q in quads
              if q.predicate == SCHEMA.containedInPlace}
    assert within == {("Long Xuyên", "An Giang"), ("phường Mỹ Thới", "An Giang")}
