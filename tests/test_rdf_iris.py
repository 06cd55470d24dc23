"""Deterministic IRIs: same content → same IRI, different content → different IRI."""

from __future__ import annotations

import re

import pytest
from cadregraph.ingest.rdf import iris
from cadregraph.ingest.rdf.vocab import VOCAB_DIR, body_types, event_types
from cadregraph.ingest.records import EVENT_TYPES
from cadregraph.ontology.terms import RESOURCE_BASE, SKOS
from pyoxigraph import NamedNode, RdfFormat, parse

SAFE_PATH = re.compile(r"^[a-z0-9/-]+$")


def _path(node: NamedNode) -> str:
    assert node.value.startswith(RESOURCE_BASE), node
    return node.value[len(RESOURCE_BASE):]


def test_article_iris_are_readable_and_distinct() -> None:
    graph, article = iris.article_graph_iri("p0042"), iris.article_iri("p0042")
    assert _path(graph).startswith("graph/article/p0042-")
    assert _path(article) == "article/" + _path(graph).rsplit("/", 1)[1]
    # Ids that slug alike still get different keys (the hash is of the raw id).
    assert iris.article_iri("Bài 1") != iris.article_iri("bai-1")
    assert iris.sentence_iri("p0042", 3).value == article.value + "/s3"


def test_person_mentions_are_scoped_to_their_article() -> None:
    a = iris.person_mention_iri("a1", "Đặng Thị Hoa Rây")
    assert re.search(r"/person/dang-thi-hoa-ray-[0-9a-f]{6}$", _path(a))
    assert a == iris.person_mention_iri("a1", "Đặng  Thị Hoa Rây ")  # spacing is not a name
    assert a != iris.person_mention_iri("a2", "Đặng Thị Hoa Rây")
    # Two officials of one article whose names fold alike stay two mentions.
    hung, hung2 = (iris.person_mention_iri("a1", n) for n in ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"))
    assert hung != hung2 and _path(hung).rsplit("-", 1)[0] == _path(hung2).rsplit("-", 1)[0]


def test_bodies_posts_and_roles() -> None:
    assert iris.body_iri("HĐND TP. Long Xuyên") == iris.body_iri(
        "Hội đồng nhân dân thành phố Long Xuyên")
    assert _path(iris.body_iri("Tỉnh ủy An Giang")) == "body/tinhuy-an-giang"
    assert iris.body_iri("Tỉnh ủy") != iris.body_iri("Tỉnh ủy An Giang")
    assert _path(iris.body_iri("HĐND TP. Long Xuyên")) == "body/hdnd-thanh-pho-long-xuyen"


@pytest.mark.parametrize(("a", "b"), [
    ("HĐND TP. Long Xuyên", "Hội đồng nhân dân thành phố Long Xuyên"),
    ("UBND tỉnh An Giang", "UBND An Giang"),  # a province, and nothing else is called so
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP.HCM"),
    ("Thành ủy TP. Long Xuyên", "Thành ủy Long Xuyên"),  # Thành ủy is a city's either way
    ("Huyện ủy huyện Chợ Mới", "Huyện ủy Chợ Mới"),
    ("Ban Chấp hành Đảng bộ phường Mỹ Thới", "Đảng ủy phường Mỹ Thới"),
    ("UBND P. Mỹ Thới", "Ủy ban nhân dân phường Mỹ Thới"),
])
def test_spellings_of_one_body_are_one_iri(a: str, b: str) -> None:
    assert iris.body_iri(a) == iris.body_iri(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Hội đồng nhân dân thành phố Long Xuyên", "Hội đồng nhân dân phường Long Xuyên"),
    ("Hội đồng nhân dân phường Long Xuyên", "Hội đồng nhân dân xã Long Xuyên"),
    ("Ủy ban nhân dân tỉnh Yên Bái", "Ủy ban nhân dân thành phố Yên Bái"),
    ("Ủy ban nhân dân tỉnh Kiên Giang", "Ủy ban nhân dân thị trấn Kiến Giang"),
    # "Kiến Giang" folds like the province "Kiên Giang" but is a township: no level guessed
    ("Ủy ban nhân dân tỉnh Kiên Giang", "UBND Kiến Giang"),
    # Bắc Ninh is a province and a city in it: a bare name is neither
    ("UBND tỉnh Bắc Ninh", "UBND Bắc Ninh"),
    ("Đảng ủy phường Long Phước", "Đảng ủy xã Long Phước"),
])
def test_bodies_of_different_levels_are_different_iris(a: str, b: str) -> None:
    assert iris.body_iri(a) != iris.body_iri(b)
    assert _path(iris.post_iri("Bí thư", "Thành ủy Long Xuyên")) == "post/bi-thu/thanhuy-long-xuyen"
    assert _path(iris.role_iri("Phó Bí thư Thường trực")) == "role/pho-bi-thu-thuong-truc"
    # A name that folds to nothing still gets an IRI of its own.
    assert iris.body_iri("—") != iris.body_iri("…")


def test_documents_numbered_nationally_ignore_the_issuer() -> None:
    a = iris.document_iri("Chỉ thị", "05-CT/TW", "Bộ Chính trị")
    assert _path(a) == "document/directive/5-ct-tw"
    assert a == iris.document_iri("CT", "05-CT/TW", None) == iris.document_iri(
        "Chỉ thị", "5-CT/TW", "Ban Bí thư")
    # A bare number from a central party body is completed to the central numbering.
    assert a == iris.document_iri("Chỉ thị", "05", "Bộ Chính trị")
    assert iris.document_iri("Nghị quyết", "57", "Ban Chấp hành Trung ương Đảng") == \
        iris.document_iri("Nghị quyết", "57-NQ/TW", None)
    # Only for types whose central code is unambiguous (Quy định is QĐ or QĐi).
    assert _path(iris.document_iri("Quy định", "08", "Bộ Chính trị")) == \
        "document/regulation/8/bo-chinh-tri"
    law = iris.document_iri("Luật", "72/2025/QH15", "Quốc hội")
    assert _path(law) == "document/law/72-2025-qh15"


def test_documents_numbered_locally_are_told_apart_by_issuer() -> None:
    a = iris.document_iri("Nghị quyết", "35/2024/NQ-HĐND", "HĐND tỉnh An Giang")
    b = iris.document_iri("Nghị quyết", "35/2024/NQ-HĐND", "HĐND tỉnh Đồng Tháp")
    assert a != b and _path(a) == "document/resolution/35-2024-nq-hdnd/hdnd-tinh-an-giang"
    assert iris.document_iri("Kế hoạch", "86-KH/TU", "Tỉnh ủy An Giang") != iris.document_iri(
        "Kế hoạch", "86-KH/TU", "Tỉnh ủy Kiên Giang")


def test_unnumbered_documents_hash_their_content() -> None:
    a = iris.document_iri("Nghị quyết", None, "Đảng bộ phường Mỹ Thới", title="Nghị quyết Đại hội")
    assert _path(a).startswith("document/resolution/unnumbered-")
    assert a == iris.document_iri("Nghị quyết", None, "Đảng bộ phường Mỹ Thới",
                                  title="Nghị quyết Đại hội")
    assert a != iris.document_iri("Nghị quyết", None, "Đảng bộ phường Mỹ Thạnh",
                                  title="Nghị quyết Đại hội")


def test_events_citations_places() -> None:
    e = iris.event_iri("a1", "council_session", "2024-07-05", "Kỳ họp thứ 15", "4:10")
    assert re.search(r"/event/council-session-2024-07-05-[0-9a-f]{8}$", e.value)
    assert e != iris.event_iri("a1", "council_session", "2024-07-05", "Kỳ họp thứ 16", "4:10")
    assert "undated" in iris.event_iri("a1", "other", None).value
    doc = iris.document_iri("Chỉ thị", "05-CT/TW", None)
    assert iris.citation_iri("a1", doc, 2) != iris.citation_iri("a1", doc, 3)
    assert iris.place_iri("TP. Long Xuyên") == iris.place_iri("thành phố Long Xuyên")
    assert _path(iris.place_iri("An Giang")) == "place/an-giang"


def test_every_resource_path_is_url_safe() -> None:
    nodes = [iris.body_iri("Ủy ban Kiểm tra Thành ủy Long Xuyên"),
             iris.post_iri("Phó Chủ tịch Thường trực", "UBND TP.HCM"),
             iris.document_iri("Quyết định", "1676-QĐ/TU", "Tỉnh ủy An Giang"),
             iris.person_mention_iri("x/y z", "Chau Sóc Khăng"),
             iris.person_iri("Nguyễn Văn A", "born 1970"), iris.article_graph_iri("ID với dấu")]
    for node in nodes:
        assert SAFE_PATH.match(_path(node)), node


def test_vocabulary_concepts_have_the_iris_the_functions_mint() -> None:
    with (VOCAB_DIR / "roles.ttl").open("rb") as handle:
        labels = [(t.subject, t.object.value) for t in parse(handle, format=RdfFormat.TURTLE)
                  if t.predicate == SKOS.prefLabel and t.object.language == "vi"
                  and "/role/" in t.subject.value]
    assert len(labels) > 30
    for concept, label in labels:
        assert iris.role_iri(label) == concept, label
    brief_keys = {"party_committee", "standing_committee", "inspection_commission",
                  "party_department", "party_office", "peoples_council", "peoples_committee",
                  "front_committee", "mass_organisation", "state_department", "national_body",
                  "na_delegation", "police", "military", "court", "procuracy", "other"}
    # The agreed keys, plus party_group (Ban cán sự đảng, Đảng đoàn) and ad_hoc_committee (Ban
    # Chỉ đạo, Tổ công tác …), which otherwise are `other`.
    assert set(body_types()) == brief_keys | {"party_group", "ad_hoc_committee"}
    for key in brief_keys:
        assert _path(iris.body_type_iri(key)) == "body-type/" + key.replace("_", "-")
    assert set(event_types()) == set(EVENT_TYPES)
    assert iris.body_type_iri("no_such_key") == iris.body_type_iri("other")
