"""Deterministic IRIs derived from content (patterns in ontology/README.md).

Everything under `cgr:` = https://w3id.org/cadregraph/id/. Article-scoped nodes (sentences,
mentions, holdings, events, citations) live under the article's IRI; bodies, posts, roles,
documents and places are shared between articles, so equal content gives equal IRIs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cadregraph.ingest.rdf.keys import body_key, fold, short_hash, slug
from cadregraph.ingest.rdf.levels import identity_key
from cadregraph.ingest.rdf.numbers import canonical_number
from cadregraph.ingest.rdf.vocab import body_types, document_type_key, event_types
from cadregraph.ontology.load import VOCABULARY_GRAPH  # noqa: F401 - re-exported
from cadregraph.ontology.terms import RESOURCE_BASE
from pyoxigraph import NamedNode

LINKING_GRAPH = NamedNode(RESOURCE_BASE + "graph/linking")
REORGANISATION_GRAPH = NamedNode(RESOURCE_BASE + "graph/reorganisation")

# Issuer codes whose numbers are unique nationwide; any other code (TU, HU, HĐND, UBND …)
# repeats in every province, so the issuer becomes part of the document's IRI.
_NATIONAL_CODE = re.compile(r"^(?:.*tw|qh\d*|ubtvqh\d*|cp|ttg|bct|bbt|ctn|b[a-z]{1,4})$")
_LOCAL_CODE = re.compile(r"(?:tu|hu|du|qu|thu|hdnd|ubnd)$")


def _iri(path: str) -> NamedNode:
    return NamedNode(RESOURCE_BASE + path)


@lru_cache(maxsize=1 << 16)  # every quad of an article needs it; ids repeat per batch
def article_key(article_id: str) -> str:
    """Slug of the id (readable) plus a hash of it (ids differing only in case or accents)."""
    return f"{slug(article_id)[:40].rstrip('-') or 'article'}-{short_hash(article_id, length=8)}"


def article_graph_iri(article_id: str) -> NamedNode:
    return _iri(f"graph/article/{article_key(article_id)}")


def article_iri(article_id: str) -> NamedNode:
    return _iri(f"article/{article_key(article_id)}")


def sentence_iri(article_id: str, index: int) -> NamedNode:
    return _iri(f"article/{article_key(article_id)}/s{index}")


def text_iri(article_id: str) -> NamedNode:
    """The whole normalised text as one span: evidence of last resort."""
    return _iri(f"article/{article_key(article_id)}/text")


def person_mention_iri(article_id: str, name: str) -> NamedNode:
    """`article/{key}/person/{name-slug}-{6 hex}`: the slug is readable, the hash of the exact
    name (NFC, spacing normalised) keeps "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng" apart."""
    exact = unicodedata.normalize("NFC", " ".join(name.split()))
    return _iri(f"article/{article_key(article_id)}/person/"
                f"{slug(exact) or 'unnamed'}-{short_hash(exact, length=6)}")


def holding_iri(article_id: str, name: str, role: str, body: str) -> NamedNode:
    digest = short_hash(fold(name), fold(role), body_slug(body), length=12)
    return _iri(f"article/{article_key(article_id)}/holding/{digest}")


@lru_cache(maxsize=1 << 17)
def body_slug(body_name: str) -> str:
    """Slug of the body's identity key (level kept: `levels.identity_key`); names that fold
    to nothing keep a hash of themselves."""
    return slug(identity_key(body_name)) or slug(body_name) or "unnamed-" + short_hash(body_name)


# The reorganisation graph alone names ~45,000 bodies, many several times: cached.
@lru_cache(maxsize=1 << 17)
def body_iri(body_name: str) -> NamedNode:
    return _iri(f"body/{body_slug(body_name)}")


def _role_slug(role: str) -> str:
    return slug(role) or "unnamed-" + short_hash(role)


def role_iri(role: str) -> NamedNode:
    return _iri(f"role/{_role_slug(role)}")


def post_iri(role: str, body: str) -> NamedNode:
    return _iri(f"post/{_role_slug(role)}/{body_slug(body)}")


def body_type_iri(key: str) -> NamedNode:
    """Concept of the body-type scheme; unknown keys fall back to `other`."""
    types = body_types()
    return types.get(key) or types["other"]


def event_type_iri(key: str) -> NamedNode:
    types = event_types()
    return types.get(key) or types["other"]


def document_type_slug(doc_type: str) -> str:
    return (document_type_key(doc_type) or slug(doc_type) or "document").replace("_", "-")


def document_type_iri(doc_type: str) -> NamedNode:
    return _iri(f"document-type/{document_type_slug(doc_type)}")


def _issuer_code(number: str) -> str:
    tail = fold(number.rsplit("/", 1)[-1]) if "/" in number else ""
    return tail.split()[-1] if tail else ""


def _number_slug(number: str) -> str:
    """Slug of the number with leading zeros dropped ('05-CT/TW' and '5-CT/TW' are one)."""
    return re.sub(r"^0+(?=\d)", "", slug(number))


def document_iri(doc_type: str, number: str | None, issuer: str | None,
                 title: str | None = None, date: str | None = None) -> NamedNode:
    """`document/{type}/{number}` (+ `/{issuer}` for locally numbered documents).

    The number is first put in its canonical form (`numbers.canonical_number`, the one
    linking uses), so "Chỉ thị 05 của Bộ Chính trị" and "05/CT-TW" are "05-CT/TW". Without
    a number the document is known by its issuer, title and date only.
    """
    type_slug = document_type_slug(doc_type)
    canonical = canonical_number(doc_type, number, issuer)
    if canonical and re.search(r"\d", canonical):
        path = f"document/{type_slug}/{_number_slug(canonical)}"
        code = _issuer_code(canonical)
        national = bool(code) and bool(_NATIONAL_CODE.match(code)) and not _LOCAL_CODE.search(code)
        if issuer and not national:
            path += f"/{body_slug(issuer)}"
        return _iri(path)
    digest = short_hash(fold(number), identity_key(issuer) if issuer else None, fold(title),
                        date)
    return _iri(f"document/{type_slug}/unnumbered-{digest}")


def event_iri(article_id: str, event_type: str, date: str | None, name: str | None = None,
              anchor: str | None = None) -> NamedNode:
    """`article/{key}/event/{type}-{date|undated}-{hash}`; `anchor` separates same-day events
    (the mapping passes the evidence offsets and participants)."""
    digest = short_hash(event_type, date, fold(name), anchor, length=8)
    return _iri(f"article/{article_key(article_id)}/event/"
                f"{slug(event_type) or 'event'}-{date or 'undated'}-{digest}")


def citation_iri(article_id: str, document: NamedNode, sentence: int | None) -> NamedNode:
    digest = short_hash(document.value, str(sentence), length=10)
    return _iri(f"article/{article_key(article_id)}/citation/{digest}")


def place_iri(name: str) -> NamedNode:
    """`place/{slug}` of the name without level words ('TP. Long Xuyên' = 'Long Xuyên')."""
    return _iri(f"place/{slug(body_key(name)) or slug(name) or short_hash(name)}")


def person_iri(name: str, discriminator: str) -> NamedNode:
    """Canonical person (linking graph): `person/{name-slug}-{hash of discriminator}`."""
    digest = short_hash(fold(name), discriminator, length=8)
    return _iri(f"person/{slug(name) or 'unnamed'}-{digest}")
