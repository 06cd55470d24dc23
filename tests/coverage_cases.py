"""The coverage probes' cases (tests/data/coverage_*.jsonl, one case a line), shared by the
three table-driven tests: loaded once, and made pytest parameters, a case with
`"xfail": "reason"` xfailed strictly so that a fix shows up as an unexpected pass."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of `tests/data/<name>`."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def case_params(cases: list[dict[str, Any]], key: str) -> list[Any]:
    """One parameter per case, named by its `key` field, strictly xfailed where it says why."""
    return [pytest.param(case, id=case[key],
                         marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)]
                         if "xfail" in case else [])
            for case in cases]
