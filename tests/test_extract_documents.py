"""Documents: types, every numbering form of domain §6.2, issuers from codes and words."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.document_vocabulary import document_vocabulary
from cadregraph.ingest.extract.documents import extract_documents
from cadregraph.ingest.records import Article, Evidence, Organization


def _docs(text: str, province: str | None = None, locality: str | None = None,
          bodies: tuple[str, ...] = ()):
    context = Context(article=Article(id="t", text=text), text=text, sentences=[],
                      province=province, locality=locality)
    organizations = [Organization(name=b, mentions=[Evidence(-1, m.start(), m.end())
                                                    for m in re.finditer(re.escape(b), text)])
                     for b in bodies]
    return [(d.type, d.number, d.issuer) for d in extract_documents(context, organizations)]


def test_party_numbers_and_tw_issuers() -> None:
    text = ("Thực hiện Chỉ thị số 05-CT/TW, Nghị quyết số 18-NQ/TW, Kết luận 121-KL/TW, "
            "Quy định số 08-QĐi/TW và Quyết định số 1158-QĐNS/TW.")
    assert _docs(text) == [
        ("Chỉ thị", "05-CT/TW", "Bộ Chính trị"),
        ("Nghị quyết", "18-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
        ("Kết luận", "121-KL/TW", "Bộ Chính trị"),
        ("Quy định", "08-QĐi/TW", "Bộ Chính trị"),
        ("Quyết định", "1158-QĐNS/TW", "Bộ Chính trị"),
    ]


def test_state_numbers_and_local_issuers_take_the_province() -> None:
    text = ("Nghị quyết số 35/2024/NQ-HĐND, Quyết định số 1994/QĐ-UBND, Kế hoạch số 86-KH/TU, "
            "Luật số 72/2025/QH15 và Nghị định 45/2025/NĐ-CP.")
    assert _docs(text, province="An Giang") == [
        ("Nghị quyết", "35/2024/NQ-HĐND", "Hội đồng nhân dân tỉnh An Giang"),
        ("Quyết định", "1994/QĐ-UBND", "Ủy ban nhân dân tỉnh An Giang"),
        ("Kế hoạch", "86-KH/TU", "Tỉnh ủy An Giang"),
        ("Luật", "72/2025/QH15", "Quốc hội"),
        ("Nghị định", "45/2025/NĐ-CP", "Chính phủ"),
    ]
    assert _docs("công văn 388 /UBND-KGVX; nghị quyết 18-nq/tw", province="Quảng Nam") == [
        ("Công văn", "388/UBND-KGVX", "Ủy ban nhân dân tỉnh Quảng Nam"),
        ("Nghị quyết", "18-nq/tw", "Ban Chấp hành Trung ương Đảng")]
    assert _docs("Kế hoạch số 12-KH/TU", province="Cần Thơ") == [
        ("Kế hoạch", "12-KH/TU", "Thành ủy Cần Thơ")]


def test_bare_numbers_noise_and_of_phrases() -> None:
    text = ("Chỉ thị 05 của bộ Chính trị; Nghị quyết 68- NQ/TW; Nghị quyết 68-NQ-TW; "
            "Nghị định 178; Kế hoạch 5 năm; Chỉ thị 17 của Ban Thường vụ Tỉnh ủy.")
    assert _docs(text, province="Nghệ An") == [
        ("Chỉ thị", "05", "Bộ Chính trị"),
        ("Nghị quyết", "68-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
        ("Nghị định", "178", "Chính phủ"),
        ("Chỉ thị", "17", "Ban Thường vụ Tỉnh ủy Nghệ An"),
    ]


def test_lists_of_numbers_share_type_and_issuer_and_titles_are_read() -> None:
    assert _docs("Chỉ thị 03, 05 của Bộ Chính trị; Nghị quyết 57 và 59-NQ/TW") == [
        ("Chỉ thị", "03", "Bộ Chính trị"), ("Chỉ thị", "05", "Bộ Chính trị"),
        ("Nghị quyết", "57", "Ban Chấp hành Trung ương Đảng"),
        ("Nghị quyết", "59-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
    ]
    assert _docs("Chỉ thị 05, 10 đảng viên dự") == [("Chỉ thị", "05", None)]
    text = 'Chỉ thị số 23-CT/TW ngày 9-02-2018 của Ban Bí thư về "Tiếp tục đổi mới"'
    context = Context(article=Article(id="t", text=text), text=text, sentences=[])
    (document,) = extract_documents(context, [])
    assert (document.issuer, document.date, document.title) == (
        "Ban Bí thư", "2018-02-09", "Tiếp tục đổi mới")


def test_national_issuer_phrase_beats_a_body_inside_it() -> None:
    text = "Quyết định số 45 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ"
    start = text.index("Chính phủ")
    inner = Organization(name="Chính phủ", mentions=[Evidence(-1, start, start + 9)])
    context = Context(article=Article(id="t", text=text), text=text, sentences=[])
    (document,) = extract_documents(context, [inner])
    assert (document.issuer, document.title) == ("Thủ tướng Chính phủ", "tiếp nhận hồ sơ")


def test_issuer_from_a_body_found_in_the_article_and_date() -> None:
    text = "Nghị quyết số 12/NQ-HĐND ngày 18/7/2023 của HĐND thành phố Long Xuyên về vốn."
    context = Context(article=Article(id="t", text=text), text=text, sentences=[])
    start = text.index("HĐND thành phố")
    body = Organization(name="Hội đồng nhân dân thành phố Long Xuyên",
                        mentions=[Evidence(-1, start, start + 29)])
    (document,) = extract_documents(context, [body])
    assert document.issuer == "Hội đồng nhân dân thành phố Long Xuyên"
    assert (document.number, document.date) == ("12/NQ-HĐND", "2023-07-18")


def test_standalone_code_and_what_is_not_a_document() -> None:
    assert _docs("Số 445-KL/TU", province="Thừa Thiên Huế") == [
        ("Kết luận", "445-KL/TU", "Tỉnh ủy Thừa Thiên Huế")]
    assert _docs("Nhà nước và Pháp luật\n11/01/2019 14:07") == []
    # The plenum's ordinal is not a document number.
    assert _docs("Nghị quyết Trung ương 4 (khóa XII)") == [
        ("Nghị quyết", None, "Ban Chấp hành Trung ương Đảng")]


def test_vocabulary_files_round_trip() -> None:
    vocab = document_vocabulary()
    assert vocab.types["chỉ thị"] == "Chỉ thị" and vocab.code_types["KL"] == "Kết luận"
    assert vocab.issuer_for_code("QH15", "NQ") == "Quốc hội"
    assert vocab.implied["Nghị định"] == "Chính phủ"
    assert vocab.code_types["CĐ"] == "Công điện"
    assert _docs("Chủ tịch UBND đã có Công điện số 2/CĐ-UBND về việc đôn đốc.", "Hà Nội") == [
        ("Công điện", "2/CĐ-UBND", "Ủy ban nhân dân thành phố Hà Nội")]


def test_documents_cited_by_name() -> None:
    text = ("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ "
            "2020 – 2025, ông vi phạm Luật Phòng, chống tham nhũng và Luật Đất đai năm 2013. "
            "Luật sư Trần Văn An dự. Luật Ngân sách mới ban hành. Ông sửa Quy chế làm việc của "
            "Tỉnh ủy. Nghị quyết Trung ương 4 và Nghị quyết Trung ương 4 (khóa XII).")
    start = text.index("Tỉnh ủy.")
    committee = Organization(name="Tỉnh ủy Khánh Hòa", mentions=[Evidence(-1, start, start + 7)])
    context = Context(article=Article(id="t", text=text), text=text, sentences=[])
    found = [(d.type, d.number, d.issuer, d.title)
             for d in extract_documents(context, [committee])]
    assert found == [
        ("Nghị quyết", None, "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
         "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025"),
        ("Nghị quyết", None, "Ban Chấp hành Trung ương Đảng",
         "Nghị quyết Trung ương 4 (khóa XII)"),
        ("Luật", None, "Quốc hội", "Luật Phòng chống tham nhũng"),
        ("Luật", None, "Quốc hội", "Luật Đất đai"),
        ("Luật", None, "Quốc hội", "Luật Ngân sách"),
        ("Quy chế", None, "Tỉnh ủy Khánh Hòa", "Quy chế làm việc của Tỉnh ủy"),
    ]
    congress = "Nghị quyết Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025"
    assert _docs(congress)[0][2] == "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội"
