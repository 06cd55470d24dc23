"""ArticleRecord → quads: content, provenance and determinism, checked in a real Oxigraph store."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
from cadregraph.ingest.rdf import article_graph_iri, article_iri, article_quads, body_iri
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position, Sentence
from cadregraph.ontology.terms import CG, PREFIXES, XSD
from pyoxigraph import Literal, NamedNode, RdfFormat, Store, serialize
from test_rdf_examples import rich_record


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store()  # in memory, but the real engine
    store.extend(article_quads(rich_record()))
    return store


def rows(store: Store, query: str) -> list[tuple[str | None, ...]]:
    result = store.query(PREFIXES + query)
    found = [tuple(term.value if term is not None else None for term in row) for row in result]
    return sorted(found, key=lambda row: tuple(value or "" for value in row))


def test_everything_is_in_the_article_graph() -> None:
    quads = article_quads(rich_record())
    assert quads and {q.graph_name for q in quads} == {article_graph_iri("example-1")}


def test_article_node(store: Store) -> None:
    found = rows(store, """SELECT ?id ?date ?site WHERE { GRAPH ?g {
        ?a a schema:NewsArticle ; cg:articleId ?id ; schema:datePublished ?date ;
           schema:publisher ?site ; cg:contentHash ?h } }""")
    assert found == [("example-1", "2025-06-21", "bao.example.vn")]


def test_holdings_carry_role_body_flags_and_evidence(store: Store) -> None:
    found = rows(store, """SELECT ?name ?roleLabel ?body ?former ?acting ?text WHERE { GRAPH ?g {
        ?h a org:Membership ; org:member/schema:name ?name ; cg:roleLabel ?roleLabel ;
           org:organization/skos:prefLabel ?body ; cg:former ?former ; cg:acting ?acting ;
           cg:evidence/cg:text ?text ; cg:post/org:postIn ?b ; org:organization ?b } }""")
    assert len(found) == 8
    minh = {r[1]: r for r in found if r[0] == "Trần Văn Minh"}
    assert minh["Phó Bí thư Thường trực"][3:5] == ("true", "false")
    assert minh["Chủ tịch"][2:5] == ("Ủy ban nhân dân tỉnh An Giang", "false", "true")
    # Nam's positions had no evidence: the sentence naming him was found instead.
    assert {r[5] for r in found if r[0] == "Lê Hoàng Nam"} == {
        "Ông Lê Hoàng Nam, Chánh Văn phòng Tỉnh ủy, Giám đốc Sở Nội vụ tỉnh An Giang và "
        "Phó Trưởng ban Tổ chức lâm thời đã dự."}


def test_one_body_spelt_two_ways_is_one_node(store: Store) -> None:
    found = rows(store, """SELECT ?pref ?alt WHERE { GRAPH ?g {
        ?b cg:bodyType ?t ; skos:prefLabel ?pref ; skos:altLabel ?alt } }""")
    assert found == [("Hội đồng nhân dân thành phố Long Xuyên", "HĐND TP. Long Xuyên")]


def test_body_types_parents_and_areas(store: Store) -> None:
    found = dict(rows(store, """SELECT ?label ?type WHERE { GRAPH ?g {
        ?b skos:prefLabel ?label ; cg:bodyType ?type } }"""))
    base = "https://w3id.org/cadregraph/id/body-type/"
    assert found["Ban Thường vụ Tỉnh ủy An Giang"] == base + "standing-committee"
    assert found["Sở Nội vụ tỉnh An Giang"] == base + "state-department"
    assert found["Ủy ban Kiểm tra Thành ủy Long Xuyên"] == base + "inspection-commission"
    assert found["Cơ quan không rõ loại"] == base + "other"  # unknown key from the extractor
    parents = rows(store, """SELECT ?child ?parent WHERE { GRAPH ?g {
        ?c org:subOrganizationOf ?p . ?c skos:prefLabel ?child . ?p skos:prefLabel ?parent } }""")
    assert ("Ban Thường vụ Tỉnh ủy An Giang", "Tỉnh ủy An Giang") in parents
    assert ("Sở Nội vụ tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang") in parents
    assert ("Ủy ban Kiểm tra Thành ủy Long Xuyên", "Thành ủy Long Xuyên") in parents
    areas = rows(store, """SELECT ?body ?place WHERE { GRAPH ?g {
        ?b cg:area/schema:name ?place ; skos:prefLabel ?body } }""")
    assert ("Thành ủy Long Xuyên", "Long Xuyên") in areas


def test_roles_outside_the_vocabulary_are_described_in_the_graph(store: Store) -> None:
    found = rows(store, """SELECT ?label WHERE { GRAPH ?g { ?r a skos:Concept ;
        skos:prefLabel ?label ; skos:inScheme <https://w3id.org/cadregraph/id/vocab/roles> } }""")
    assert found == [("Phó Trưởng ban lâm thời",)]


def test_events(store: Store) -> None:
    found = rows(store, """SELECT ?class ?date WHERE { GRAPH ?g {
        ?e a cg:Event , schema:Event , ?class . FILTER(?class NOT IN (cg:Event, schema:Event))
        OPTIONAL { ?e schema:startDate ?date } } }""")
    classes = {c.rsplit("#", 1)[1]: d for c, d in found}
    assert classes == {"Congress": "2025-06-20", "CouncilSession": "2024-07-05",
                       "Conference": None, "WorkingSession": "2025-06-21",
                       "VoterMeeting": None, "Ceremony": "2025-06-21"}
    assert len(rows(store, "SELECT ?e WHERE { GRAPH ?g { ?e cg:eventType ?t } }")) == 7
    # The invalid date is kept as text, never as a date.
    assert rows(store, "SELECT ?t WHERE { GRAPH ?g { ?e cg:dateText ?t } }") == [("2025-13-40",)]
    participants = rows(store, """SELECT ?name WHERE { GRAPH ?g {
        ?e a cg:Congress ; cg:participant/schema:name ?name } }""")
    assert participants == [("Nguyễn Thị Lan",), ("Phạm Quốc Bảo",)]


def test_documents_and_citations(store: Store) -> None:
    found = rows(store, """SELECT ?number ?type ?issuer WHERE { GRAPH ?g {
        ?c a cg:Citation ; cg:cites ?d ; cg:evidence ?s . ?d cg:documentType ?type .
        OPTIONAL { ?d cg:documentNumber ?number }
        OPTIONAL { ?d cg:issuer/skos:prefLabel ?issuer } } }""")
    base = "https://w3id.org/cadregraph/id/document-type/"
    assert ("05-CT/TW", base + "directive", "Bộ Chính trị") in found
    assert ("35/2024/NQ-HĐND", base + "resolution", "HĐND tỉnh An Giang") in found
    assert (None, base + "plan", "Đảng ủy phường Mỹ Thới") in found
    assert ("12/CĐ-TTg", base + "cong-dien", None) in found
    typed = rows(store, "SELECT ?d WHERE { GRAPH ?g { ?d a cg:Resolution , schema:Legislation } }")
    assert len(typed) == 1


def test_places_and_mentions(store: Store) -> None:
    places = rows(store, """SELECT ?name ?level WHERE { GRAPH ?g {
        ?p a schema:AdministrativeArea ; schema:name ?name OPTIONAL { ?p cg:level ?level } } }""")
    assert places == [("An Giang", "province"), ("Long Xuyên", None),
                      ("phường Mỹ Thới", "commune")]
    mentioned = rows(store, f"SELECT ?x WHERE {{ GRAPH ?g {{ <{article_iri('example-1').value}> "
                            "schema:mentions ?x } }")
    assert (body_iri("Bộ Chính trị").value,) in mentioned


def test_same_record_same_quads_same_order() -> None:
    first = article_quads(rich_record())
    assert article_quads(rich_record()) == first
    assert article_quads(copy.deepcopy(rich_record())) == first


def test_quads_do_not_depend_on_the_process() -> None:
    """Set iteration order changes with PYTHONHASHSEED; the output must not."""
    script = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
              "from test_rdf_examples import rich_record\n"
              "from cadregraph.ingest.rdf import article_quads\n"
              "from pyoxigraph import serialize, RdfFormat\n"
              "sys.stdout.buffer.write(serialize(article_quads(rich_record()), "
              "format=RdfFormat.N_QUADS))\n")
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                              env={"PYTHONHASHSEED": seed, "PATH": ""})
        outputs.add(done.stdout)
    here = serialize(article_quads(rich_record()), format=RdfFormat.N_QUADS)
    assert outputs == {here}


def test_a_record_with_nothing_extracted_still_describes_the_article() -> None:
    record = ArticleRecord(article=Article(id="empty", text=""), text="")
    quads = article_quads(record)
    assert {q.predicate for q in quads} >= {CG.articleId, CG.contentHash}


def test_evidence_falls_back_to_the_whole_text_when_no_sentence_names_the_person() -> None:
    text = "Một câu không có tên."
    record = ArticleRecord(
        article=Article(id="x", text=text), text=text,
        sentences=[Sentence(0, 0, len(text), text)],
        persons=[Person("Võ Văn Kiệt", positions=[Position("Bí thư", "Tỉnh ủy Cà Mau")])])
    store = Store()
    store.extend(article_quads(record))
    found = rows(store, """SELECT ?start ?end WHERE { GRAPH ?g {
        ?h a org:Membership ; cg:evidence [ cg:start ?start ; cg:end ?end ] } }""")
    assert found == [("0", str(len(text)))]


def test_typed_literals() -> None:
    quads = article_quads(rich_record())
    starts = [q.object for q in quads if q.predicate == CG.start]
    assert starts and all(isinstance(o, Literal) and o.datatype == XSD.integer for o in starts)
    flags = [q.object for q in quads if q.predicate in (CG.former, CG.acting)]
    assert flags and all(o.datatype == XSD.boolean for o in flags)
    assert all(isinstance(q.subject, NamedNode) for q in quads)  # no blank nodes: mergeable


def test_facts_keep_the_span_they_were_read_from(store: Store) -> None:
    found = rows(store, """SELECT ?role ?start ?end ?sentenceText ?sStart WHERE { GRAPH ?g {
        ?h org:member/schema:name "Nguyễn Thị Lan" ; cg:roleLabel ?role ;
           cg:evidenceStart ?start ; cg:evidenceEnd ?end ;
           cg:evidence [ cg:text ?sentenceText ; cg:start ?sStart ] } }""")
    assert len(found) == 3
    for _role, start, end, sentence, sentence_start in found:
        words = sentence[int(start) - int(sentence_start):int(end) - int(sentence_start)]
        assert words in ("Ủy viên", "Bí thư", "Chủ tịch")
    # Nam's positions came without a span: the holding has evidence but no span.
    assert rows(store, """SELECT ?h WHERE { GRAPH ?g { ?h org:member/schema:name "Lê Hoàng Nam" ;
        cg:evidenceStart ?s } }""") == []


def test_a_document_linking_identified_keeps_that_iri() -> None:
    from cadregraph.ingest.records import Document

    record = rich_record()
    linked = "https://w3id.org/cadregraph/id/document/directive/5-ct-tw"
    record.documents = [Document("Chỉ thị", "05/CT-TW", None, entity=linked),
                        Document("Chỉ thị", "7", None, entity="not an iri"),
                        Document("Chỉ thị", "8", None, entity="https://elsewhere.example/x")]
    cited = [q.object.value for q in article_quads(record) if q.predicate == CG.cites]
    assert cited[0] == linked
    assert cited[1:] == [v.value for v in (iris_document("7"), iris_document("8"))]


def iris_document(number: str) -> NamedNode:
    from cadregraph.ingest.rdf.iris import document_iri

    return document_iri("Chỉ thị", number, None)
