"""Every article graph passes ontology/shapes.ttl — and the shapes do catch broken graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.rdf import article_quads
from cadregraph.ingest.records import (
    Article,
    ArticleRecord,
    Document,
    Event,
    Organization,
    Person,
    Position,
)
from cadregraph.ontology.shacl import validate_graph
from cadregraph.ontology.terms import CG, ORG, RDF, SCHEMA, XSD
from pyoxigraph import Literal, NamedNode, Quad
from test_rdf_examples import rich_record

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def _articles(name: str) -> list[Article]:
    path = DEV / name
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared corpus is not next to the repo)")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            out.append(Article(id=data["id"], text=data["text"], title=data.get("title"),
                               published=data.get("published"), url=data.get("url"),
                               site=data.get("site"), province=data.get("province")))
    return out


def _failures(records: list[ArticleRecord]) -> dict[str, str]:
    failures = {}
    for record in records:
        report = validate_graph(article_quads(record))
        if not report.conforms:
            failures[record.id] = report.text[:2000]
    return failures


def test_the_rich_example_conforms() -> None:
    report = validate_graph(article_quads(rich_record()))
    assert report.conforms, report.text


@pytest.mark.slow
def test_every_dev_article_graph_from_the_extractor_conforms() -> None:
    articles = _articles("articles.jsonl") + _articles("unlabeled.jsonl")
    assert len(articles) == 329
    records = [extract(article) for article in articles]
    assert _failures(records) == {}


def test_gold_records_mapped_as_article_graphs_conform() -> None:
    """Hand-annotated facts over the dev articles (no offsets: evidence is looked up)."""
    articles = {a.id: a for a in _articles("articles.jsonl")}
    records = []
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        article = articles[gold["id"]]
        text = article.text if not article.title else f"{article.title}\n\n{article.text}"
        records.append(ArticleRecord(
            article=article, text=text, sentences=split_sentences(text),
            persons=[Person(p["name"], positions=[
                Position(x["role"], x["body"], former=bool(x.get("former")),
                         acting=bool(x.get("acting"))) for x in p.get("positions") or []])
                for p in gold.get("persons") or []],
            organizations=[Organization(o["name"]) for o in gold.get("organizations") or []],
            events=[Event(e["type"], e.get("date"), participants=e.get("participants") or [],
                          organizations=e.get("organizations") or [])
                    for e in gold.get("events") or []],
            documents=[Document(d["type"], d.get("number"), d.get("issuer"), d.get("title"),
                                d.get("date")) for d in gold.get("documents") or []]))
    assert len(records) == 45 and sum(len(r.persons) for r in records) > 100
    assert _failures(records) == {}


# --- the shapes catch broken graphs ------------------------------------------------------


def _broken(drop=lambda q: False, add: list[Quad] | None = None) -> str:
    quads = [q for q in article_quads(rich_record()) if not drop(q)]
    report = validate_graph(quads + (add or []))
    assert not report.conforms
    return report.text


def _graph() -> NamedNode:
    return article_quads(rich_record())[0].graph_name


def _first(predicate: NamedNode) -> Quad:
    return next(q for q in article_quads(rich_record()) if q.predicate == predicate)


def test_a_holding_without_evidence_fails() -> None:
    holding = _first(ORG.member).subject
    text = _broken(drop=lambda q: q.subject == holding and q.predicate == CG.evidence)
    assert "cg:evidence" in text and holding.value in text


def test_a_holding_without_role_or_member_fails() -> None:
    holding = _first(ORG.member).subject
    assert "one role concept" in _broken(
        drop=lambda q: q.subject == holding and q.predicate == ORG.role)
    assert "exactly one member" in _broken(
        drop=lambda q: q.subject == holding and q.predicate == ORG.member)


def test_a_sentence_with_start_not_before_end_fails() -> None:
    start = _first(CG.start)
    late = Literal("100000", datatype=XSD.integer)
    text = _broken(drop=lambda q: q == start,
                   add=[Quad(start.subject, CG.start, late, start.graph_name)])
    assert "start < end" in text


def test_an_event_date_that_is_not_an_xsd_date_fails() -> None:
    event = _first(CG.eventType).subject
    text = _broken(add=[Quad(event, SCHEMA.startDate, Literal("5/7/2024"), _graph())])
    assert "xsd:date" in text


def test_an_event_without_a_type_fails() -> None:
    event = _first(CG.eventType).subject
    assert "cg:eventType" in _broken(
        drop=lambda q: q.subject == event and q.predicate == CG.eventType)


def test_a_document_without_a_type_fails() -> None:
    document = _first(CG.documentNumber).subject
    assert "cg:documentType" in _broken(
        drop=lambda q: q.subject == document and q.predicate == CG.documentType)


def test_an_article_without_hash_fails() -> None:
    assert "cg:contentHash" in _broken(drop=lambda q: q.predicate == CG.contentHash)


def test_a_body_with_two_preferred_labels_fails() -> None:
    body = _first(CG.bodyType).subject
    extra = Quad(body, NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                 Literal("Tên khác", language="vi"), _graph())
    assert "skos:prefLabel" in _broken(add=[extra])


def test_a_member_that_is_not_a_person_mention_fails() -> None:
    holding = _first(ORG.member).subject
    stranger = NamedNode("https://w3id.org/cadregraph/id/article/x/person/nobody")
    text = _broken(drop=lambda q: q.subject == holding and q.predicate == ORG.member,
                   add=[Quad(holding, ORG.member, stranger, _graph()),
                        Quad(stranger, RDF.type, ORG.Organization, _graph())])
    assert "ClassConstraintComponent" in text


def test_a_span_ending_before_it_starts_fails() -> None:
    start = _first(CG.evidenceStart)
    late = Literal("999999", datatype=XSD.integer)
    text = _broken(drop=lambda q: q == start,
                   add=[Quad(start.subject, CG.evidenceStart, late, start.graph_name)])
    assert "0 <= start < end" in text
