"""Namespaces and the mapping between resource IRIs and page paths.

Every resource IRI is `cgr:` + a path (`person/…`, `body/…`, `article/{key}/event/3`); its page
lives at the same path under the web root, so the mapping is a prefix swap. Paths coming from a
URL are validated against a strict character class before they become IRIs, so a query built
from them can never receive anything but a well-formed IRI.
"""

from __future__ import annotations

import re

from cadregraph.ontology.terms import NAMESPACES
from cadregraph.ontology.terms import PREFIXES as TERMS_PREFIXES

PREFIXES: dict[str, str] = dict(NAMESPACES)

CG = PREFIXES["cg"]
CGR = PREFIXES["cgr"]

# Kinds with a page; the first path segment of a resource IRI under cgr:.
PAGE_KINDS = ("person", "body", "event", "document", "article", "place", "post")

# Slug characters only: no spaces, quotes, angle brackets or backslashes can reach a query.
_SAFE_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~\-]*(?:/[A-Za-z0-9._~\-]+)*$")

SPARQL_PREFIXES = TERMS_PREFIXES  # the prefix block every query may rely on


def iri_for_path(kind: str, rest: str) -> str | None:
    """The resource IRI a page path names, or None when the path is not a valid resource path."""
    if kind not in PAGE_KINDS or not _SAFE_PATH.match(rest) or ".." in rest:
        return None
    return f"{CGR}{kind}/{rest}"


def path_for_iri(iri: str) -> str | None:
    """The page path of a resource IRI, or None when it has no page here (external IRIs)."""
    if not iri.startswith(CGR):
        return None
    local = iri[len(CGR):]
    kind, _, rest = local.partition("/")
    if kind not in PAGE_KINDS or not rest or not _SAFE_PATH.match(rest):
        return None
    return "/" + local


def kind_of(iri: str) -> str | None:
    """The page kind of an IRI: the last typed segment (article/k/event/3 is an event)."""
    path = path_for_iri(iri)
    if path is None:
        return None
    parts = path.strip("/").split("/")
    if parts[0] == "person" and len(parts) >= 3:  # person/{p}/holding/{h}: linking's holdings
        return parts[2]
    if parts[0] == "article" and len(parts) == 3:  # a sentence (s3) or the text node
        return "article-part"
    if parts[0] == "article" and len(parts) >= 4:
        return {"person": "mention", "event": "event", "holding": "holding",
                "citation": "citation"}.get(parts[2], "article-part")
    return parts[0]


def compact(iri: str) -> str:
    """A prefixed name for display (cgr:body/x), or the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
