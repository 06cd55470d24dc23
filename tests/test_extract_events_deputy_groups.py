"""A group of a council's deputies ("tổ đại biểu HĐND …") meeting voters acts for the council:
the council holds the meeting, though each deputy listed holds its seat ("Đại biểu")."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article, Organization, Person, Position
from test_extract_events_title_bodies import _at


def _hosts(text: str, title: str) -> list[str]:
    context = Context(article=Article(id="t", text=text, published="2024-05-30"), text=text,
                      sentences=split_sentences(text))
    seat = _at(context, title)
    persons = [Person(name=name, mentions=[_at(context, name)],
                      positions=[Position("Đại biểu", "Hội đồng nhân dân tỉnh Long An",
                                          evidence=seat)])
               for name in ("Trần Văn Bạch", "Lê Thị Mai")]
    council = Organization(name="Hội đồng nhân dân tỉnh Long An", mentions=[seat])
    (event,) = extract_events(context, persons, [council])
    return event.organizations


def test_a_group_of_deputies_meeting_voters_names_their_council_as_host() -> None:
    text = ("Ngày 28-5, tổ đại biểu HĐND tỉnh đơn vị số 3 gồm các ông bà: Trần Văn Bạch, Lê Thị "
            "Mai đã tiếp xúc với cử tri xã Tân Lợi.")
    assert _hosts(text, "đại biểu HĐND tỉnh") == ["Hội đồng nhân dân tỉnh Long An"]


def test_a_deputy_named_with_his_seat_names_no_host() -> None:
    text = ("Ngày 28-5, ông Trần Văn Bạch, đại biểu HĐND tỉnh, và bà Lê Thị Mai đã tiếp xúc với "
            "cử tri xã Tân Lợi.")
    assert _hosts(text, "đại biểu HĐND tỉnh") == []
