"""A SPARQL tokenizer just good enough to see a request's shape without evaluating it.

pyoxigraph parses and plans on the native stack: a query nested a few thousand levels deep,
or a chain of a few thousand operators, overflows it and kills the whole server process
(measured: 3,000 nested braces, 20,000 `UNION`s, 5,000 `BIND`s all segfault in 0.5.13).
So the guards need the nesting depth and operator count before pyoxigraph sees the text, and
the protocol needs to know where a request's own USING/WITH/FROM clauses are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<name>(?:[^\W\d][\w-]*(?:\.[\w-]+)*)?:(?:[\w%-]+(?:[.:][\w%-]+)*)?)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>[^\W\d]\w*)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<punct>&&|\|\||!=|<=|>=|\^\^|.)
    """,
    re.VERBOSE | re.DOTALL,
)

_OPEN, _CLOSE = set("{(["), set("})]")
# Tokens that build a binary or n-ary node in the parsed algebra: long runs of them recurse.
_OPERATOR_PUNCT = {".", ";", ",", "|", "/", "+", "-", "*", "&&", "||", "=", "!=", "<", ">",
                   "<=", ">=", "^", "!"}
_OPERATOR_WORDS = {"UNION", "OPTIONAL", "MINUS", "BIND", "FILTER", "GRAPH", "SERVICE",
                   "EXISTS", "IN"}


class Token(NamedTuple):
    kind: str
    text: str
    start: int
    depth: int  # brace/paren/bracket depth the token sits at (an opener sits outside)

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


@dataclass
class Shape:
    """What the guards and the protocol need to know about a query or update text.

    When a scan stops early at a limit, `max_depth`/`operators` are just past that limit.
    """

    max_depth: int = 0
    operators: int = 0
    keywords: set[str] = field(default_factory=set)
    top_keywords: set[str] = field(default_factory=set)  # words outside any { } ( ) [ ]


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    append, depth = tokens.append, 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "ws" or kind == "comment":
            continue
        value = match.group()
        if kind == "punct":
            if value in _CLOSE:
                depth = depth - 1 if depth else 0
            elif value in _OPEN:
                append(Token(kind, value, match.start(), depth))
                depth += 1
                continue
        append(Token(kind, value, match.start(), depth))
    return tokens


def shape(text: str, max_depth: int | None = None, max_operators: int | None = None) -> Shape:
    """Scan `text` without keeping tokens; stop as soon as a given limit is passed, so a
    hostile request costs no more than the limit's worth of scanning."""
    result = Shape()
    depth = 0
    depth_cap = max_depth if max_depth is not None else float("inf")
    operator_cap = max_operators if max_operators is not None else float("inf")
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "punct":
            value = match.group()
            if value in _OPEN:
                depth += 1
                if depth > result.max_depth:
                    result.max_depth = depth
                    if depth > depth_cap:
                        return result
            elif value in _CLOSE:
                depth = depth - 1 if depth else 0
            elif value in _OPERATOR_PUNCT:
                result.operators += 1
        elif kind == "word":
            word = match.group().upper()
            result.keywords.add(word)
            if depth == 0:
                result.top_keywords.add(word)
            if word in _OPERATOR_WORDS:
                result.operators += 1
        else:
            continue
        if result.operators > operator_cap:
            return result
    return result


def add_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Give every DELETE/INSERT … WHERE operation the protocol's USING clauses.

    The SPARQL 1.1 Protocol says `using-graph-uri`/`using-named-graph-uri` act as USING /
    USING NAMED on the request's operations; pyoxigraph takes no dataset for updates, so the
    clauses are written into the text, right before each top-level WHERE of a Modify (the
    `DELETE WHERE` shorthand takes no USING and is left alone).
    """
    clauses = "".join(f" USING <{iri}>" for iri in using)
    clauses += "".join(f" USING NAMED <{iri}>" for iri in using_named)
    if not clauses:
        return update
    tokens = tokenize(update)
    cuts = [tok.start for prev, tok in zip([None, *tokens], tokens, strict=False)
            if tok.keyword == "WHERE" and tok.depth == 0
            and not (prev is not None and prev.keyword == "DELETE")]
    out, last = [], 0
    for cut in cuts:
        out.extend([update[last:cut], clauses.strip(), " "])
        last = cut
    out.append(update[last:])
    return "".join(out)
