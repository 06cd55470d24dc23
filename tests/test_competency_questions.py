"""The competency questions (ontology/questions/*.rq) answer as their expected files say.

Each question runs as is — its own PREFIX lines, no predeclared prefixes — against a store
built the way users build one: `cadregraph ingest` of the shared dev corpus, then
`cadregraph link` (which also writes the 2025 reorganisation graph). Its
`NN-slug.expected.json` lists the columns, the rows that must be present (facts stated in
the articles), and, where the answer is stable, the exact set of values of a column: a
subset check, so better extraction that finds more does not break it. The dev corpus is
read from ../shared (never copied here); those tests skip when it is absent. The questions
also run against our own examples/articles, adapted as their comment blocks say, to show
they answer wherever the facts exist.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cadregraph.api.cli.main import main
from cadregraph.api.web.questions import header, load_examples, question_files
from cadregraph.ingest.store import EmbeddedStore, open_store
from pyoxigraph import QuerySolutions

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
DEV_FILES = [DEV / "articles.jsonl", DEV / "unlabeled.jsonl"]
EXAMPLE_ARTICLES = ROOT / "examples" / "articles"
FILES = question_files()
IDS = [path.stem for path in FILES]

Row = dict[str, str | None]


def run(store: EmbeddedStore, query: str) -> tuple[list[str], list[Row]]:
    """Columns and rows (IRIs and literals as their plain text, unbound as None)."""
    result = store.raw.query(query, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions), "a competency question is a SELECT query"
    columns = [v.value for v in result.variables]
    rows = [{c: (s[c].value if s[c] is not None else None) for c in columns} for s in result]
    return columns, rows


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def matches(value: str | None, expected: Any) -> bool:
    """One cell against its expectation: a plain value (equal), or {"contains": s},
    {"atLeast": x}, {"atMost": x} (numbers as numbers, dates and text as text)."""
    if not isinstance(expected, dict):
        return value == str(expected)
    if value is None:
        return False
    for test, bound in expected.items():
        a, b = _number(value), _number(str(bound))
        left, right = (a, b) if a is not None and b is not None else (value, str(bound))
        if test == "contains":
            ok = str(bound) in value
        elif test == "atLeast":
            ok = left >= right  # type: ignore[operator]
        elif test == "atMost":
            ok = left <= right  # type: ignore[operator]
        else:
            raise ValueError(f"unknown expectation {test!r}: use contains, atLeast or atMost")
        if not ok:
            return False
    return True


def problems(columns: list[str], rows: list[Row], expected: dict[str, Any]) -> list[str]:
    """Everything in which the answer departs from `expected` (empty when it conforms)."""
    found = []
    if columns != expected["columns"]:
        found.append(f"columns {columns}, expected {expected['columns']}")
    if len(rows) < expected.get("min_rows", 1):
        found.append(f"{len(rows)} rows, expected at least {expected.get('min_rows', 1)}")
    if "max_rows" in expected and len(rows) > expected["max_rows"]:
        found.append(f"{len(rows)} rows, expected at most {expected['max_rows']}")
    for column, values in expected.get("distinct", {}).items():
        seen = sorted({r.get(column) or "" for r in rows})
        if seen != sorted(values):
            found.append(f"distinct {column}: {seen}, expected {sorted(values)}")
    top = expected.get("must_contain_in_first", {"n": len(rows), "rows": []})
    for wanted, among in [(w, rows) for w in expected.get("must_contain", [])] + [
            (w, rows[:top["n"]]) for w in top["rows"]]:
        if not any(all(matches(r.get(c), v) for c, v in wanted.items()) for r in among):
            found.append(f"no row matches {wanted} (among {len(among)} rows)")
    return found


def expected_of(path: Path) -> dict[str, Any]:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    missing = [str(f) for f in DEV_FILES if not f.is_file()]
    if missing:
        pytest.skip(f"the shared dev corpus is not next to the repo ({', '.join(missing)} "
                    "absent); the competency questions' expected answers are about it")
    folder = tmp_path_factory.mktemp("dev-store")
    # Failing articles would show in the answers; the summary names them, so say so here.
    assert main(["ingest", *map(str, DEV_FILES), "--store", str(folder), "--quiet"]) == 0
    assert main(["link", "--store", str(folder), "--quiet"]) == 0
    store = open_store(folder)
    assert isinstance(store, EmbeddedStore)
    yield store
    store.close()


def test_every_question_is_documented_and_has_an_expected_answer() -> None:
    assert len(FILES) >= 7, FILES
    for path in FILES:
        lines = header(path.read_text(encoding="utf-8"))
        text = "\n".join(lines)
        assert lines[0] and lines[1] and lines[0] != lines[1], f"{path.name}: EN + VI titles"
        assert "Returns:" in text and "Trả về:" in text, f"{path.name}: what it returns"
        assert "Adapt:" in text and "Sửa:" in text, f"{path.name}: how to adapt it"
        expected = expected_of(path)
        assert expected["columns"] and (expected.get("must_contain")
                                        or expected.get("must_contain_in_first")), path.name


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_question_answers_on_the_dev_corpus(dev_store: EmbeddedStore, path: Path) -> None:
    columns, rows = run(dev_store, path.read_text(encoding="utf-8"))
    assert not problems(columns, rows, expected_of(path)), problems(
        columns, rows, expected_of(path))


def test_the_comparison_catches_a_wrong_answer(dev_store: EmbeddedStore) -> None:
    path = next(p for p in FILES if p.stem.endswith("post-in-year"))
    columns, rows = run(dev_store, path.read_text(encoding="utf-8"))
    expected = expected_of(path)
    wrong_person = dict(expected, distinct={"name": ["Lê Hồng Quang"]})
    wrong_year = dict(expected, must_contain=[{"name": "Đặng Thị Hoa Rây", "date": "2023-11-10"}])
    assert problems(columns, rows, wrong_person) and problems(columns, rows, wrong_year)
    assert problems(columns[1:], rows, expected)  # a lost column is reported too


# The examples' own facts (examples/README.md), and how each question is adapted to them:
# the default value in the question is replaced, as its "Adapt:" section tells users to.
ON_EXAMPLES: dict[str, tuple[tuple[str, str] | None, list[dict[str, Any]]]] = {
    "posts-over-time": (('"Đặng Thị Hoa Rây"', '"Trần Thị Minh Khuê"'), [
        {"roleLabel": "Phó Bí thư", "articleId": "vidu-2020-dai-hoi-tan-phong",
         "date": "2020-09-20"},
        {"roleLabel": "Bí thư", "bodyLabel": "Thành ủy Tân Phong",
         "articleId": "vidu-2022-trao-quyet-dinh", "first": "2022-06-02"}]),
    "post-in-year": (
        ("post/bi-thu/thanhuy-long-xuyen> 2024", "post/bi-thu/thanhuy-tan-phong> 2022"),
        [{"name": "Trần Thị Minh Khuê", "articleId": "vidu-2022-trao-quyet-dinh"}]),
    "replacements": (("post/chu-tich/ubnd-tinh-an-giang>", "post/bi-thu/thanhuy-tan-phong>"),
                          [{"newName": "Trần Thị Minh Khuê", "oldName": "Lê Văn Thạch"}]),
    "reorganisation": (None, []),  # ingest alone writes no reorganisation graph
    "resolution-citations": (
        ("resolution/35-2023-ubtvqh15>", "resolution/18-nq-tw>"),
        [{"articleId": "vidu-2023-lam-viec-binh-yen", "sentence": {"contains": "18-NQ/TW"}}]),
    "co-attendance": (None, [{"events": {"atLeast": 1}}]),
    "positions-with-sentences": (None, [
        {"name": "Hồ Thị Thanh Vân", "roleLabel": "Chủ tịch",
         "bodyLabel": {"contains": "Hội đồng nhân dân"}, "articleId": "vidu-2021-ky-hop-thu-nhat",
         "sentence": {"contains": "Hồ Thị Thanh Vân"}}]),
}


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    if not EXAMPLE_ARTICLES.is_dir():
        pytest.skip(f"no example articles at {EXAMPLE_ARTICLES}")
    from cadregraph.ingest.pipeline import ingest

    store = open_store(tmp_path_factory.mktemp("examples-store"))
    assert isinstance(store, EmbeddedStore)
    assert ingest([EXAMPLE_ARTICLES], store, progress=False).ok
    yield store
    store.close()


def test_every_question_has_an_example_case() -> None:
    assert sorted(ON_EXAMPLES) == sorted(e["id"] for e in load_examples())


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_question_adapted_to_the_examples(example_store: EmbeddedStore, path: Path) -> None:
    query = path.read_text(encoding="utf-8")
    swap, wanted = ON_EXAMPLES[path.stem.split("-", 1)[1]]
    if swap is not None:
        assert query.count(swap[0]) == 1, f"{path.name}: the default {swap[0]} moved"
        query = query.replace(*swap)
    columns, rows = run(example_store, query)
    expected = {"columns": expected_of(path)["columns"], "min_rows": 1 if wanted else 0,
                "must_contain": wanted}
    assert not problems(columns, rows, expected), problems(columns, rows, expected)
