"""The records that flow between pipeline stages.

read → `Article`; normalise + extract → `ArticleRecord` (facts with their evidence);
link → `entity` filled on persons, organizations and documents; rdf → quads.
`ArticleRecord.to_contract()` is the scored view described in ../shared/contract/README.md.
Every fact keeps `Evidence`: character offsets into `ArticleRecord.text` (the normalised
title + body the extractor read) and the index of the sentence holding it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "congress",
    "council_session",
    "conference",
    "working_session",
    "voter_meeting",
    "ceremony",
    "other",
)


@dataclass(frozen=True)
class Article:
    """One input article as read from disk, before normalisation."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    url: str | None = None
    site: str | None = None
    province: str | None = None
    source: str | None = None  # the file (and line) it came from, for error messages

    @property
    def content_hash(self) -> str:
        """Hash of everything that can change what is extracted; equal hash ⇒ same graph."""
        parts = [self.id, self.title or "", self.published or "", self.url or "",
                 self.site or "", self.province or "", self.text]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# `Sentence` and `Evidence` are made by the dozen per article. A frozen dataclass's own
# `__init__` sets each field through `object.__setattr__` (a slow generic call per field); these
# write the instance's dict directly instead, which the frozen `__setattr__` does not guard.
# Fields, equality, hashing, `replace` and pickling stay those of the frozen dataclass.


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        fields = self.__dict__
        fields["index"], fields["start"], fields["end"], fields["text"] = index, start, end, text


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span of `ArticleRecord.text` inside sentence `sentence`."""

    sentence: int
    start: int
    end: int

    def __init__(self, sentence: int, start: int, end: int) -> None:
        fields = self.__dict__
        fields["sentence"], fields["start"], fields["end"] = sentence, start, end


@dataclass
class Position:
    role: str
    body: str
    former: bool = False
    acting: bool = False
    evidence: Evidence | None = None
    body_type: str | None = None  # a key of the body-type vocabulary, when known
    place: str | None = None  # the administrative area the body belongs to

    def key(self) -> tuple[str, str]:
        return (self.role, self.body)


@dataclass
class Person:
    name: str
    positions: list[Position] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)
    entity: str | None = None
    gender: str | None = None  # "female"/"male" from Thị/Văn cues or ông/bà; None if unknown


@dataclass
class Organization:
    name: str
    body_type: str | None = None
    place: str | None = None
    mentions: list[Evidence] = field(default_factory=list)
    entity: str | None = None


@dataclass
class Event:
    type: str
    date: str | None = None
    name: str | None = None  # e.g. "Đại hội Đảng bộ phường Mỹ Thới lần thứ I"
    participants: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Document:
    type: str
    number: str | None = None
    issuer: str | None = None
    title: str | None = None
    date: str | None = None
    evidence: Evidence | None = None
    entity: str | None = None


@dataclass
class ArticleRecord:
    """Everything read out of one article; the unit that is linked and mapped to one graph."""

    article: Article
    text: str  # normalised title + body; all offsets point into it
    sentences: list[Sentence] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # provinces/districts/communes named
    province: str | None = None  # the province the article is about, when known

    @property
    def id(self) -> str:
        return self.article.id

    def sentence_text(self, evidence: Evidence | None) -> str | None:
        if evidence is None or not 0 <= evidence.sentence < len(self.sentences):
            return None
        return self.sentences[evidence.sentence].text

    def to_contract(self) -> dict[str, Any]:
        """The article record of the extraction contract (JSON-ready)."""

        def position(p: Position) -> dict[str, Any]:
            out: dict[str, Any] = {"role": p.role, "body": p.body}
            if p.former:
                out["former"] = True
            if p.acting:
                out["acting"] = True
            return out

        def person(p: Person) -> dict[str, Any]:
            out: dict[str, Any] = {"name": p.name, "positions": [position(x) for x in p.positions]}
            if p.entity:
                out["entity"] = p.entity
            return out

        def organization(o: Organization) -> dict[str, Any]:
            out: dict[str, Any] = {"name": o.name}
            if o.entity:
                out["entity"] = o.entity
            return out

        def event(e: Event) -> dict[str, Any]:
            return {"type": e.type, "date": e.date, "participants": list(e.participants),
                    "organizations": list(e.organizations)}

        def document(d: Document) -> dict[str, Any]:
            out: dict[str, Any] = {"type": d.type, "number": d.number, "issuer": d.issuer}
            if d.title:
                out["title"] = d.title
            if d.date:
                out["date"] = d.date
            return out

        return {
            "id": self.id,
            "persons": [person(p) for p in self.persons],
            "organizations": [organization(o) for o in self.organizations],
            "events": [event(e) for e in self.events],
            "documents": [document(d) for d in self.documents],
        }


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read as an article; readers yield it instead of raising."""

    source: str
    reason: str  # says what is wrong and what to do about it
