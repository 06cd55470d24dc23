"""The quad accumulator every mapping step writes into, and typed-literal helpers."""

from __future__ import annotations

import datetime as dt

from cadregraph.ingest.rdf.iris import article_iri, sentence_iri, text_iri
from cadregraph.ingest.rdf.keys import fold
from cadregraph.ingest.records import ArticleRecord, Evidence
from cadregraph.ontology.terms import CG, DCTERMS, RDF, XSD
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

Term = NamedNode | BlankNode | Literal


def string(value: str) -> Literal:
    return Literal(value)


def vi(value: str) -> Literal:
    return Literal(value, language="vi")


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def any_uri(value: str) -> Literal:
    # A literal, not an IRI: page URLs often hold spaces or other characters IRIs forbid.
    return Literal(value, datatype=XSD.anyURI)


def boolean(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=XSD.boolean)


def iso_date(value: str | None) -> Literal | None:
    """An xsd:date literal when `value` is a real calendar date (YYYY-MM-DD), else None."""
    if not value:
        return None
    try:
        return Literal(dt.date.fromisoformat(value.strip()).isoformat(), datatype=XSD.date)
    except ValueError:
        return None


class GraphBuilder:
    """Collects the quads of one article graph: duplicates dropped, first-seen order kept."""

    def __init__(self, record: ArticleRecord, graph: NamedNode) -> None:
        self.record = record
        self.graph = graph
        self.article = article_iri(record.id)
        self._quads: dict[Quad, None] = {}
        self._folded: list[str] | None = None
        self._sentences_written: set[NamedNode] = set()
        self._single: set[tuple[NamedNode, NamedNode]] = set()

    def add(self, subject: NamedNode, predicate: NamedNode, obj: Term | None) -> None:
        if obj is not None:
            self._quads.setdefault(Quad(subject, predicate, obj, self.graph), None)

    def add_once(self, subject: NamedNode, predicate: NamedNode, obj: Term | None) -> None:
        """Add unless `subject` already has a `predicate`: for single-valued properties of
        nodes several facts of one article describe (the first description wins)."""
        if obj is not None and (subject, predicate) not in self._single:
            self._single.add((subject, predicate))
            self.add(subject, predicate, obj)

    def quads(self) -> list[Quad]:
        return list(self._quads)

    def date(self, subject: NamedNode, predicate: NamedNode, value: str | None) -> None:
        """A valid date goes in as xsd:date (once); anything else is kept as cg:dateText."""
        literal = iso_date(value)
        if literal is not None:
            self.add_once(subject, predicate, literal)
        elif value and value.strip():
            self.add(subject, CG.dateText, string(value.strip()))

    # --- evidence -----------------------------------------------------------------------

    def sentence(self, index: int) -> NamedNode | None:
        """The node of sentence `index`, written once; None when the index is unusable."""
        sentences = self.record.sentences
        if not 0 <= index < len(sentences) or sentences[index].start >= sentences[index].end:
            return None
        node = sentence_iri(self.record.id, index)
        if node not in self._sentences_written:
            self._sentences_written.add(node)
            s = sentences[index]
            self.add(node, RDF.type, CG.Sentence)
            self.add(node, CG.text, string(s.text))
            self.add(node, CG.start, integer(s.start))
            self.add(node, CG.end, integer(s.end))
            self.add(node, DCTERMS.isPartOf, self.article)
        return node

    def find_sentence(self, *needles: str | None) -> NamedNode | None:
        """The first sentence whose folded text contains a folded needle (tried in order)."""
        if self._folded is None:
            self._folded = [fold(s.text) for s in self.record.sentences]
        for needle in needles:
            key = fold(needle)
            if not key:
                continue
            for index, text in enumerate(self._folded):
                if f" {key} " in f" {text} ":
                    found = self.sentence(index)
                    if found is not None:
                        return found
        return None

    def whole_text(self) -> NamedNode | None:
        """Evidence of last resort: the whole normalised text as one span (never lose a fact
        because the extractor gave no usable sentence)."""
        text = self.record.text
        if not text:
            return None
        node = text_iri(self.record.id)
        self.add(node, RDF.type, CG.Sentence)
        self.add(node, CG.text, string(text))
        self.add(node, CG.start, integer(0))
        self.add(node, CG.end, integer(len(text)))
        self.add(node, DCTERMS.isPartOf, self.article)
        return node

    def evidence(self, subject: NamedNode, evidence: Evidence | None,
                 *needles: str | None) -> None:
        """cg:evidence of `subject`: the given sentence (and span, when it lies inside it),
        else a sentence naming a needle, else the whole text."""
        node = self.sentence(evidence.sentence) if evidence is not None else None
        if node is not None and evidence is not None:
            self.add(subject, CG.evidence, node)
            sentence = self.record.sentences[evidence.sentence]
            if sentence.start <= evidence.start < evidence.end <= sentence.end:
                self.add_once(subject, CG.evidenceStart, integer(evidence.start))
                self.add_once(subject, CG.evidenceEnd, integer(evidence.end))
            return
        self.add(subject, CG.evidence, self.find_sentence(*needles) or self.whole_text())
