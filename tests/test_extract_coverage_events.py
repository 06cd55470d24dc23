"""Coverage probes for the domain reference's event, document and date forms (§5-§7).

One case per line in data/coverage_events.jsonl: a sentence we wrote in the shape a local
news article prints, the article's published date/province when the reading needs them, and
the facts the contract expects. A case the extractor does not read yet carries
``"xfail": "reason"`` and is xfailed strictly, so it shows up the day it starts passing.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from cadregraph.ingest.extract.article import extract
from cadregraph.ingest.records import Article
from coverage_cases import case_params, load_cases

CASES = load_cases("coverage_events.jsonl")


def _fold(name: str | None) -> str | None:
    # Issuers are compared the way the scorer compares bodies: case and NFC only matter.
    return None if name is None else unicodedata.normalize("NFC", name).casefold()


def _lead(number: str) -> str:
    # The scorer matches documents on their leading serial number ("35/2024/NQ-HĐND" -> 35).
    digits = ""
    for char in number.lstrip():
        if not char.isdigit():
            break
        digits += char
    return digits


def _read(case: dict[str, Any]) -> tuple[list[tuple], list[tuple]]:
    record = extract(Article(id="probe", text=case["text"], published=case.get("published"),
                             province=case.get("province")))
    events = sorted(((e.type, e.date, sorted(e.participants)) for e in record.events),
                    key=repr)
    documents = sorted(((d.type, _lead(d.number), _fold(d.issuer))
                        for d in record.documents if d.number), key=repr)
    return events, documents


def _check(case: dict[str, Any]) -> None:
    events, documents = _read(case)
    if "events" in case:
        seen = [(kind, date) for kind, date, _ in events]
        assert seen == sorted(((e[0], e[1]) for e in case["events"]), key=repr), events
        for expected in case["events"]:
            if len(expected) > 2:
                who = [p for kind, date, p in events if (kind, date) == tuple(expected[:2])]
                assert who == [sorted(expected[2])], events
    if "documents" in case:
        assert [(t, n) for t, n, _ in documents] == sorted(
            ((t, n) for t, n, _ in case["documents"]), key=repr), documents
        for kind, number, issuer in case["documents"]:
            if issuer is not None:
                assert (kind, number, _fold(issuer)) in documents, documents


@pytest.mark.parametrize("case", case_params(CASES, "section"))
def test_coverage_case(case: dict[str, Any]) -> None:
    _check(case)


def test_cases_are_well_formed() -> None:
    # A case with nothing to check would pass whatever the extractor reads.
    assert len({case["section"] for case in CASES}) == len(CASES)
    for case in CASES:
        assert case["text"] and ("events" in case or "documents" in case), case["section"]
