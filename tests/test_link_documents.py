"""Documents: one node whatever form the number is written in; bodies by folded key."""

from cadregraph.ingest.link import link_batch
from cadregraph.ingest.link.documents import canonical_number, document_entity
from cadregraph.ingest.records import Article, ArticleRecord, Document, Organization


def test_number_forms_of_one_directive_agree() -> None:
    forms = [("05-CT/TW", None), ("số 05-CT/TW", None), ("5-CT/TW", None),
             ("05/CT-TW", None), ("05", "Bộ Chính trị"), ("05", "Ban Bí thư")]
    assert {canonical_number("Chỉ thị", n, i) for n, i in forms} == {"05-CT/TW"}
    assert len({document_entity("Chỉ thị", n, i) for n, i in forms}) == 1
    assert document_entity("Chỉ thị", "05", None) != document_entity("Chỉ thị", "05-CT/TW", None)


def test_state_and_local_numbers() -> None:
    assert canonical_number("Nghị quyết", "35 / 2024 / nq-hđnd") == "35/2024/NQ-HĐND"
    assert canonical_number("Quyết định", "983-QD/TU") == "983-QĐ/TU"
    assert canonical_number("Kế hoạch", None) is None
    # the same local number in two provinces is two documents
    assert document_entity("Quyết định", "983-QĐ/TU", "Tỉnh ủy Bắc Giang") != \
        document_entity("Quyết định", "983-QĐ/TU", "Tỉnh ủy An Giang")


def test_link_batch_fills_document_and_body_entities() -> None:
    text = "Thành ủy TP. Long Xuyên quán triệt Chỉ thị số 05-CT/TW."
    records = [ArticleRecord(article=Article(id=f"x{i}", text=text), text=text,
                             organizations=[Organization(name=name)],
                             documents=[Document(type="Chỉ thị", number=number, issuer=issuer)])
               for i, (name, number, issuer) in enumerate([
                   ("Thành ủy TP. Long Xuyên", "số 05-CT/TW", None),
                   ("Thành ủy Long Xuyên", "05", "Bộ Chính trị")])]
    link_batch(records)
    assert records[0].documents[0].entity == records[1].documents[0].entity
    assert records[0].organizations[0].entity == records[1].organizations[0].entity
    assert records[0].documents[0].number == "số 05-CT/TW"  # as written, for the contract


def test_the_mapping_and_linking_share_one_number_form() -> None:
    from cadregraph.ingest.rdf.iris import document_iri

    # "05/CT-TW" is canonicalised by the mapping itself, not only when linking set `entity`
    assert document_iri("Chỉ thị", "05/CT-TW", None) == document_iri("Chỉ thị", "05-CT/TW", None)
    assert document_iri("Chỉ thị", "số 05", "Bộ Chính trị").value == document_entity(
        "Chỉ thị", "05-CT/TW", None)
    # a Quy định may be "…-QĐ/TW" or "…-QĐi/TW": a bare number is not completed
    assert canonical_number("Quy định", "08", "Bộ Chính trị") == "8"


def test_a_local_document_gets_the_issuer_the_article_names_in_full() -> None:
    text = "Đảng ủy phường Khuê Trung trao Quyết định số 79-QĐ/ĐU của Đảng ủy."
    record = ArticleRecord(
        article=Article(id="kt", text=text), text=text,
        organizations=[Organization(name="Đảng ủy phường Khuê Trung"),
                       Organization(name="Ban Thường vụ Đảng ủy phường Khuê Trung")],
        documents=[Document(type="Quyết định", number="79-QĐ/ĐU", issuer="Đảng ủy")])
    link_batch([record])
    entity = record.documents[0].entity
    assert entity.endswith("/document/decision/79-qd-du/danguy-phuong-khue-trung")
    # two committees named: which one issued it is unknown, so the issuer stays as written
    record.organizations.append(Organization(name="Đảng ủy xã Hòa Phước"))
    link_batch([record])
    assert record.documents[0].entity.endswith("/document/decision/79-qd-du/danguy")
