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


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int  # brace/paren/bracket depth the token sits at (an opener sits outside)

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


@dataclass
class Shape:
    """What the guards and the protocol need to know about a query or update text."""

    tokens: list[Token]
    max_depth: int = 0
    operators: int = 0
    keywords: set[str] = field(default_factory=set)

    def top_keywords(self) -> set[str]:
        return {t.keyword for t in self.tokens if t.kind == "word" and t.depth == 0}


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        if kind in ("ws", "comment"):
            continue
        value = match.group()
        if kind == "punct" and value in _CLOSE:
            depth = max(depth - 1, 0)
        tokens.append(Token(kind, value, match.start(), depth))
        if kind == "punct" and value in _OPEN:
            depth += 1
    return tokens


def shape(text: str) -> Shape:
    tokens = tokenize(text)
    result = Shape(tokens)
    for token in tokens:
        result.max_depth = max(result.max_depth, token.depth)
        if token.kind == "punct" and token.text in _OPERATOR_PUNCT:
            result.operators += 1
        elif token.kind == "word":
            result.keywords.add(token.keyword)
            if token.keyword in _OPERATOR_WORDS:
                result.operators += 1
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
