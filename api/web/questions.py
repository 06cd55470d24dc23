"""The worked examples of the query page: the competency questions in ontology/questions/.

Each `NN-slug.rq` there is a complete SPARQL query whose leading comment block says, in
English then Vietnamese, what it asks, what it returns and how to adapt it; its expected
answer on the dev corpus sits beside it (`NN-slug.expected.json`) and is checked by
tests/test_competency_questions.py. The page shows the files as they are, so what users run
is what the tests run: there is no second copy of the queries to drift.
"""

from __future__ import annotations

import re
from pathlib import Path

import cadregraph.ontology

QUESTIONS = Path(cadregraph.ontology.__file__).parent / "questions"
_NAME = re.compile(r"^(\d+)-([a-z0-9-]+)$")


def question_files(folder: Path = QUESTIONS) -> list[Path]:
    """The `NN-slug.rq` files of `folder`, in their numbered order."""
    return sorted((p for p in folder.glob("*.rq") if _NAME.match(p.stem)),
                  key=lambda p: (int(p.stem.split("-", 1)[0]), p.stem))


def header(text: str) -> list[str]:
    """The leading comment lines of a query, without their '#'."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return lines


def load_question(path: Path) -> dict[str, str]:
    """{'id', 'number', 'title', 'title_vi', 'query'} of one .rq file.

    The id is the slug without its number, so links such as /query?example=co-attendance
    survive a renumbering. Raises ValueError when the file lacks its two title lines.
    """
    match = _NAME.match(path.stem)
    if match is None:
        raise ValueError(f"{path.name}: a question file is named NN-slug.rq")
    text = path.read_text(encoding="utf-8")
    titles = [line for line in header(text) if line][:2]
    if len(titles) < 2:
        raise ValueError(f"{path}: the query must start with two comment lines, the question "
                         "in English then in Vietnamese")
    return {"id": match.group(2), "number": match.group(1), "title": titles[0],
            "title_vi": titles[1], "query": text}


def load_examples(folder: Path = QUESTIONS) -> list[dict[str, str]]:
    return [load_question(path) for path in question_files(folder)]


EXAMPLES: list[dict[str, str]] = load_examples()
