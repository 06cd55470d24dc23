"""The SPARQL the Python API and the exports run, one `.rq` file per question.

Queries rely on the prefixes of `cadregraph.api.python.ns` (passed to the engine, not
declared in the files) and on the union of all named graphs as the default graph.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> str:
    """The text of `{name}.rq`; raises a KeyError listing the available names otherwise."""
    path = resources.files(__name__).joinpath(f"{name}.rq")
    if not path.is_file():
        raise KeyError(f"no query named {name!r}; available: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def names() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__name__).iterdir()
                  if p.name.endswith(".rq"))
