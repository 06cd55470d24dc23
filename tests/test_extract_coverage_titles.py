"""Coverage of the domain reference's title vocabulary (§2 titles, chains, name placement,
omission, modifiers and appointment verbs; §3's title abbreviations; §4.4-4.6 later mentions,
capitals and bylines, minority names), one probe sentence per form, kept as data in
tests/data/coverage_titles.jsonl (fictional people, real kinds of bodies and places).

Each line: "case", "section", "text", optional "province"/"published", "persons" (name →
the exact set of [role, body] posts; a third element "former"/"acting" checks that flag),
optional "only_persons" (no other person may be read), "xfail" (why the case fails today:
it is xfailed strictly, so a fix shows up as an unexpected pass) and "note"."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.records import Article, Position
from coverage_cases import case_params, load_cases

CASES = load_cases("coverage_titles.jsonl")


def _fold(text: str) -> str:
    # the scorer compares bodies and names case-blind and without punctuation variants
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'")


def _post(position: Position, flags: bool) -> tuple[str, ...]:
    marks = ("former",) * position.former + ("acting",) * position.acting if flags else ()
    return (_fold(position.role), _fold(position.body), *marks)


@pytest.mark.parametrize("case", case_params(CASES, "case"))
def test_title_coverage(case: dict[str, Any]) -> None:
    record = extract(Article(id=case["case"], text=case["text"], province=case.get("province"),
                             published=case.get("published")))
    read = {_fold(p.name): p for p in record.persons}
    for name, posts in case["persons"].items():
        assert _fold(name) in read, f"{name} not read; read {sorted(read)}"
        flags = any(len(post) > 2 for post in posts)
        want = {(_fold(post[0]), _fold(post[1]), *post[2:]) for post in posts}
        assert {_post(x, flags) for x in read[_fold(name)].positions} == want
    if case.get("only_persons"):
        assert set(read) == {_fold(name) for name in case["persons"]}


def test_cases_file_is_well_formed() -> None:
    assert len({c["case"] for c in CASES}) == len(CASES) > 100
    assert all(c["text"] and c["section"] for c in CASES)
