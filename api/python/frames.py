"""SPARQL results as pandas DataFrames whose columns have the types the literals declare.

A column is converted only when every bound value in it agrees (all xsd:date, all numbers, …);
a column mixing kinds stays as Python strings so nothing is silently coerced to NaN.
IRIs become plain strings; unbound values become missing values (None / NaT / <NA>).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, QueryTriples, Triple

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = {f"{XSD}{t}" for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
_FLOAT = {f"{XSD}{t}" for t in ("decimal", "double", "float")}
_DATE = {f"{XSD}{t}" for t in ("date", "dateTime", "dateTimeStamp")}
_BOOLEAN = f"{XSD}boolean"


def _kind(term: Any) -> str:
    if isinstance(term, NamedNode | BlankNode):
        return "iri"
    if isinstance(term, Literal):
        datatype = term.datatype.value if term.datatype is not None else ""
        if datatype in _INTEGER:
            return "integer"
        if datatype in _FLOAT:
            return "float"
        if datatype in _DATE:
            return "date"
        if datatype == _BOOLEAN:
            return "boolean"
        return "string"
    return "other"


def _text(term: Any) -> str | None:
    if term is None:
        return None
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, NamedNode | Literal):
        return term.value
    return str(term)


def typed_column(terms: list[Any]) -> pd.Series:
    """One result column as a Series: datetime, Int64/float, boolean or str (object)."""
    kinds = {_kind(t) for t in terms if t is not None}
    values = [_text(t) for t in terms]
    if kinds == {"date"}:
        try:
            # Mixed offsets (or none) are normalised to naive UTC so the column stays datetime64.
            parsed = pd.to_datetime(values, format="ISO8601", utc=True)
            return pd.Series(parsed.tz_convert(None))
        except (ValueError, TypeError):
            return pd.Series(values, dtype=object)
    if kinds == {"integer"}:
        try:
            return pd.Series([None if v is None else int(v) for v in values], dtype="Int64")
        except ValueError:
            return pd.Series(values, dtype=object)
    if kinds and kinds <= {"integer", "float"}:
        return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype(float)
    if kinds == {"boolean"}:
        return pd.Series([None if v is None else v in ("true", "1") for v in values],
                         dtype="boolean")
    return pd.Series(values, dtype=object)


def solutions_frame(results: QuerySolutions) -> pd.DataFrame:
    """A SELECT result as a DataFrame with one column per projected variable, in order."""
    names = [v.value for v in results.variables]
    columns: dict[str, list[Any]] = {name: [] for name in names}
    for solution in results:
        for name in names:
            columns[name].append(solution[name])
    return pd.DataFrame({name: typed_column(terms) for name, terms in columns.items()},
                        columns=names)


def triples_frame(results: QueryTriples) -> pd.DataFrame:
    """A CONSTRUCT/DESCRIBE result as subject/predicate/object columns (objects typed)."""
    rows: list[Triple] = list(results)
    return pd.DataFrame({
        "subject": typed_column([t.subject for t in rows]),
        "predicate": typed_column([t.predicate for t in rows]),
        "object": typed_column([t.object for t in rows]),
    }, columns=["subject", "predicate", "object"])
