"""Running SELECT queries with bound values against the store the app was given.

Values from URLs are passed as `substitutions` (SEP-0007) on an embedded store, never spliced
into query text. A remote store has no substitutions: there the bound IRI, already validated
against a strict character class, is placed by a BIND at the top of the WHERE clause.
Queries see the union of all named graphs: each article is its own graph.
"""

from __future__ import annotations

import re
from typing import Any

from cadregraph.api.web.ns import SPARQL_PREFIXES
from pyoxigraph import BlankNode, Literal, NamedNode, Store, Variable

_SAFE_IRI = re.compile(r"^https?://[A-Za-z0-9._~\-/#:%]+$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def raw_store(store: Any) -> Store | None:
    """The pyoxigraph Store behind a GraphStore (`.raw`, None when remote), or the Store."""
    return store if isinstance(store, Store) else getattr(store, "raw", None)


def quad_count(store: Any) -> int:
    raw = raw_store(store)
    return len(raw) if raw is not None else int(store.count_quads())


def run(store: Any, query: str, bindings: dict[str, NamedNode] | None = None) -> Any:
    """Execute (prefixes prepended) and return pyoxigraph results, embedded or remote."""
    text = SPARQL_PREFIXES + query
    raw = raw_store(store)
    if raw is not None:
        subs = {Variable(k): v for k, v in (bindings or {}).items()}
        return raw.query(text, use_default_graph_as_union=True, substitutions=subs or None)
    for name, node in (bindings or {}).items():
        if not isinstance(node, NamedNode) or not _SAFE_IRI.match(node.value):
            raise ValueError(f"refusing to inline {node!r} into a remote query")
        text = _WHERE.sub(lambda m, n=name, v=node: f"{m.group(0)} BIND({v} AS ?{n})", text,
                          count=1)
    return store.query(text, use_default_graph_as_union=True)


def select(store: Any, query: str, **bindings: NamedNode) -> list[dict[str, Any]]:
    """Rows of a SELECT as {variable: python value or IRI string}."""
    results = run(store, query, bindings)
    names = [v.value for v in results.variables]
    return [{name: python_value(solution[name]) for name in names} for solution in results]


def python_value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, NamedNode | BlankNode):
        return term.value
    if isinstance(term, Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith("#boolean"):
            return term.value in ("true", "1")
        return term.value
    return str(term)
