"""Coverage of the domain reference's bodies (§1.1–1.8) and their abbreviations and spelling
variants (§3), one probe sentence per listed form, kept as data in
tests/data/coverage_bodies.jsonl (one case a line, like spaCy's pattern files).

A case gives `text`, optionally the article's `province`, and the facts expected:
`persons` maps a full name to ALL its (role, body) pairs (the contract wants every post and no
other); `organizations` lists bodies that must be among the article's organizations. A case
with `"xfail": "reason"` is a known gap: it must still fail, so a fix shows up (strict)."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest
from coverage_cases import case_params, load_cases
from test_extract_people_general import run

# The scorer (contract README) ignores case and level words and reads TP.HCM as Hồ Chí Minh:
# "Hội Nông dân Đồng Tháp" = "Hội Nông dân tỉnh Đồng Tháp"; every other difference counts.
# ("tỉnh ủy", "huyện đoàn" name a committee; "xã hội" is no level), nor spaces round a hyphen.
_LEVEL_WORDS = re.compile(
    r"\b(?:tỉnh|thành phố|thị xã|thị trấn|huyện|quận|phường|xã) (?!ủy|đoàn|hội)")
_HYPHEN = re.compile(r"\s*-\s*")


def _fold(text: str) -> str:
    text = _HYPHEN.sub("-", unicodedata.normalize("NFC", text).casefold())
    return _LEVEL_WORDS.sub("", text)


def _pairs(pairs: Any) -> set[tuple[str, str]]:
    return {(_fold(role), _fold(body)) for role, body in pairs}


def problems(case: dict[str, Any]) -> list[str]:
    """What the extractor reads differently from the case's expected facts (empty: agrees)."""
    persons, organizations, _ = run(case["text"], province=case.get("province"))
    found = {name: _pairs(posts) for name, posts in persons.items()}
    wrong = []
    for name, posts in case.get("persons", {}).items():
        if _pairs(posts) != found.get(name):
            wrong.append(f"{name}: expected {sorted(_pairs(posts))}, read "
                         f"{sorted(found[name]) if name in found else 'no such person'}")
    folded = {_fold(o) for o in organizations}
    wrong += [f"organization missing: {o}" for o in case.get("organizations", [])
              if _fold(o) not in folded]
    return wrong


CASES = load_cases("coverage_bodies.jsonl")


def test_cases_are_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    for case in CASES:
        assert case["text"] and (case.get("persons") or case.get("organizations")), case["id"]


@pytest.mark.parametrize("case", case_params(CASES, "id"))
def test_body_form_is_read(case: dict[str, Any]) -> None:
    assert problems(case) == []


if __name__ == "__main__":
    # `python tests/test_extract_coverage_bodies.py [FILE]`: print every case that disagrees.
    import sys
    cases = CASES if len(sys.argv) < 2 else \
        [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    failing = 0
    for case in cases:
        wrong = problems(case)
        if wrong:
            failing += 1
            print(f"{case['id']}{' [xfail]' if 'xfail' in case else ''}: {case['text']}")
            for line in wrong:
                print("   ", line)
    print(f"{failing} of {len(cases)} cases disagree")
