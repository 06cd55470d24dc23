"""A hand-written article record holding every kind of fact, for the rdf/SHACL tests.

The text is ours (not corpus text). Offsets are computed from it, so the record is
consistent by construction; the tests below check that it really is.
"""

from __future__ import annotations

from cadregraph.ingest.records import (
    Article,
    ArticleRecord,
    Document,
    Event,
    Evidence,
    Organization,
    Person,
    Position,
    Sentence,
)

SENTENCES = [
    "Bà Nguyễn Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Long Xuyên, "
    "Chủ tịch HĐND TP. Long Xuyên dự kỳ họp.",
    "Ông Trần Văn Minh, nguyên Phó Bí thư Thường trực Tỉnh ủy An Giang, quyền Chủ tịch "
    "Ủy ban nhân dân tỉnh An Giang, phát biểu.",
    "Ông Lê Hoàng Nam, Chánh Văn phòng Tỉnh ủy, Giám đốc Sở Nội vụ tỉnh An Giang và "
    "Phó Trưởng ban Tổ chức lâm thời đã dự.",
    "Hội đồng nhân dân thành phố Long Xuyên khai mạc kỳ họp thứ 15 ngày 5/7/2024.",
    "Đại hội Đảng bộ phường Mỹ Thới lần thứ I diễn ra ngày 20/6/2025.",
    "Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị và Nghị quyết số "
    "35/2024/NQ-HĐND của HĐND tỉnh An Giang.",
    "Đoàn công tác làm việc với Ủy ban Kiểm tra Thành ủy Long Xuyên.",
    "Đại biểu HĐND tiếp xúc cử tri phường Mỹ Thạnh; lễ trao quyết định cũng được tổ chức.",
    "Kế hoạch của Đảng ủy phường Mỹ Thới và Công điện 12/CĐ-TTg được phổ biến.",
]
TITLE = "Thành phố Long Xuyên tổ chức nhiều hoạt động"


def _build() -> tuple[str, list[Sentence]]:
    parts, sentences, offset = [], [], 0
    for index, text in enumerate([TITLE, *SENTENCES]):
        sentences.append(Sentence(index=index, start=offset, end=offset + len(text), text=text))
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), sentences


TEXT, SENTENCE_LIST = _build()


def ev(sentence: int, needle: str) -> Evidence:
    """Evidence for the first occurrence of `needle` inside sentence `sentence`."""
    s = SENTENCE_LIST[sentence]
    start = TEXT.index(needle, s.start, s.end)
    return Evidence(sentence=sentence, start=start, end=start + len(needle))


def rich_record(article_id: str = "example-1") -> ArticleRecord:
    article = Article(id=article_id, text=TEXT[len(TITLE) + 1:], title=TITLE,
                      published="2025-06-21", url="https://bao.example.vn/bai-1",
                      site="bao.example.vn", province="An Giang")
    lan = Person("Nguyễn Thị Lan", gender="female", mentions=[ev(1, "Nguyễn Thị Lan")], positions=[
        Position("Ủy viên", "Ban Thường vụ Tỉnh ủy An Giang", evidence=ev(1, "Ủy viên"),
                 body_type="standing_committee", place="An Giang"),
        Position("Bí thư", "Thành ủy Long Xuyên", evidence=ev(1, "Bí thư"),
                 body_type="party_committee", place="Long Xuyên"),
        Position("Chủ tịch", "HĐND TP. Long Xuyên", evidence=ev(1, "Chủ tịch")),
    ])
    minh = Person("Trần Văn Minh", gender="male", mentions=[ev(2, "Trần Văn Minh")], positions=[
        Position("Phó Bí thư Thường trực", "Tỉnh ủy An Giang", former=True,
                 evidence=ev(2, "nguyên")),
        Position("Chủ tịch", "Ủy ban nhân dân tỉnh An Giang", acting=True,
                 evidence=ev(2, "quyền")),
    ])
    # No evidence at all on purpose: the mapping must find the sentence by the name.
    nam = Person("Lê Hoàng Nam", positions=[
        Position("Chánh Văn phòng", "Văn phòng Tỉnh ủy An Giang"),
        Position("Giám đốc", "Sở Nội vụ tỉnh An Giang"),
        Position("Phó Trưởng ban lâm thời", "Ban Tổ chức Tỉnh ủy An Giang"),  # not in vocab
    ])
    organizations = [
        Organization("Hội đồng nhân dân thành phố Long Xuyên", body_type="peoples_council",
                     place="Long Xuyên", mentions=[ev(4, "Hội đồng nhân dân")]),
        Organization("Đảng ủy phường Mỹ Thới", mentions=[ev(5, "Đảng bộ phường Mỹ Thới")]),
        Organization("Ủy ban Kiểm tra Thành ủy Long Xuyên", body_type="inspection_commission"),
        Organization("Bộ Chính trị", body_type="national_body"),
        Organization("Cơ quan không rõ loại", body_type="no_such_key"),
    ]
    events = [
        Event("council_session", "2024-07-05", name="Kỳ họp thứ 15 HĐND thành phố Long Xuyên",
              participants=["Nguyễn Thị Lan"],
              organizations=["Hội đồng nhân dân thành phố Long Xuyên"], evidence=ev(4, "kỳ họp")),
        Event("congress", "2025-06-20", name="Đại hội Đảng bộ phường Mỹ Thới lần thứ I",
              participants=["Nguyễn Thị Lan", "Phạm Quốc Bảo"],  # Bảo is not among persons
              organizations=["Đảng ủy phường Mỹ Thới"], evidence=ev(5, "Đại hội")),
        Event("conference", None, participants=["Trần Văn Minh"],
              organizations=["Tỉnh ủy An Giang"], evidence=ev(6, "Hội nghị")),
        Event("working_session", "2025-06-21",
              organizations=["Ủy ban Kiểm tra Thành ủy Long Xuyên"],
              evidence=ev(7, "Đoàn công tác")),
        Event("voter_meeting", "2025-13-40", evidence=ev(8, "tiếp xúc cử tri")),  # invalid date
        Event("ceremony", "2025-06-21", evidence=ev(8, "lễ trao quyết định")),
        Event("other", None),
    ]
    documents = [
        Document("Chỉ thị", "05-CT/TW", "Bộ Chính trị", evidence=ev(6, "05-CT/TW")),
        Document("Nghị quyết", "35/2024/NQ-HĐND", "HĐND tỉnh An Giang", date="2024-12-10",
                 title="Nghị quyết về chính sách hỗ trợ", evidence=ev(6, "35/2024/NQ-HĐND")),
        Document("Kế hoạch", None, "Đảng ủy phường Mỹ Thới", evidence=ev(9, "Kế hoạch")),
        Document("Công điện", "12/CĐ-TTg", None, evidence=ev(9, "12/CĐ-TTg")),
    ]
    return ArticleRecord(article=article, text=TEXT, sentences=list(SENTENCE_LIST),
                         persons=[lan, minh, nam], organizations=organizations, events=events,
                         documents=documents, places=["Long Xuyên", "phường Mỹ Thới", "An Giang"],
                         province="An Giang")


def test_rich_record_offsets_point_into_the_text() -> None:
    record = rich_record()
    for sentence in record.sentences:
        assert record.text[sentence.start:sentence.end] == sentence.text
    spans = [p.evidence for person in record.persons for p in person.positions if p.evidence]
    spans += [e.evidence for e in record.events if e.evidence]
    spans += [d.evidence for d in record.documents if d.evidence]
    assert len(spans) == 15
    for span in spans:
        sentence = record.sentences[span.sentence]
        assert sentence.start <= span.start < span.end <= sentence.end


def test_rich_record_covers_every_event_type() -> None:
    from cadregraph.ingest.records import EVENT_TYPES

    assert {e.type for e in rich_record().events} == set(EVENT_TYPES)
