"""A body named in an event's sentences only as a document's issuer ("trao Quyết định của Bộ
Chính trị", "các chỉ thị, nghị quyết của Bộ Chính trị, Ban Bí thư") did not hold the event;
named otherwise in them, it still does."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_hosts import issuer_spans
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article, Evidence, Organization
from test_extract_events_general import mentions_of


def _hosts(text: str, names: tuple[str, ...]) -> list[str]:
    context = Context(article=Article(id="t", text=text, published="2024-05-12"), text=text,
                      sentences=split_sentences(text))
    bodies = [Organization(name=name, mentions=mentions_of(context, name)) for name in names]
    (event,) = extract_events(context, [], bodies)
    return event.organizations


def test_the_issuer_of_a_decision_handed_over_holds_no_meeting() -> None:
    text = ("Sáng 11/5, Tỉnh ủy Hà Giang tổ chức hội nghị công bố Quyết định của Bộ Chính trị "
            "về công tác cán bộ.")
    assert _hosts(text, ("Tỉnh ủy Hà Giang", "Bộ Chính trị")) == ["Tỉnh ủy Hà Giang"]


def test_issuers_listed_and_a_numbered_dated_document() -> None:
    text = ("Ngày 3-12, Huyện ủy Bắc Mê tổ chức hội nghị quán triệt các chỉ thị, nghị quyết của "
            "Bộ Chính trị, Ban Bí thư và Chỉ thị số 20-CT/TW ngày 18-01-2018 của Ban Bí thư.")
    assert _hosts(text, ("Huyện ủy Bắc Mê", "Bộ Chính trị", "Ban Bí thư")) == ["Huyện ủy Bắc Mê"]


def test_a_body_acting_in_the_sentences_still_holds_it() -> None:
    text = ("Sáng 11/5, Ban Bí thư tổ chức hội nghị triển khai Quyết định của Ban Bí thư và "
            "Quyết định của Bộ Chính trị về công tác cán bộ.")
    assert _hosts(text, ("Ban Bí thư", "Bộ Chính trị")) == ["Ban Bí thư"]


def test_issuer_spans_reads_only_the_issuers() -> None:
    text = "Ủy ban MTTQ tỉnh góp ý dự thảo nghị quyết của HĐND tỉnh và UBND tỉnh, cùng Sở Nội vụ."
    spans = [Evidence(0, m.start(), m.end())
             for m in re.finditer(r"Ủy ban MTTQ tỉnh|HĐND tỉnh|UBND tỉnh|Sở Nội vụ", text)]
    found = {text[start:end] for start, end in issuer_spans(text, spans)}
    assert found == {"HĐND tỉnh", "UBND tỉnh"}
