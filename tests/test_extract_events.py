"""Events: which sentences report a dated meeting, its type, participants and host bodies."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import EVENT_TYPES, Article, Evidence, Organization, Person


def _context(text: str, published: str | None = None) -> Context:
    sentences = split_sentences(text)
    return Context(article=Article(id="t", text=text, published=published), text=text,
                   sentences=sentences)


def _mentions(context: Context, phrase: str) -> list[Evidence]:
    out = []
    for match in re.finditer(re.escape(phrase), context.text):
        sentence = context.sentence_at(match.start())
        assert sentence is not None
        out.append(Evidence(sentence.index, match.start(), match.end()))
    return out


def _events(text: str, published: str | None = None, names: tuple[str, ...] = (),
            bodies: tuple[str, ...] = ()):
    context = _context(text, published)
    persons = [Person(name=n, mentions=_mentions(context, n)) for n in names]
    organizations = [Organization(name=b, mentions=_mentions(context, b)) for b in bodies]
    return extract_events(context, persons, organizations)


def test_working_session_with_participants_and_bodies() -> None:
    text = ("Sáng ngày 3/4, Đoàn công tác Ban Thường vụ Thành ủy do đồng chí Trần Thị Lan làm "
            "trưởng đoàn đã có buổi làm việc với Đảng ủy phường Mỹ Hòa. Kết luận buổi làm việc, "
            "đồng chí Trần Thị Lan đề nghị Đảng ủy phường tiếp tục cố gắng.")
    (event,) = _events(text, "2024-04-05", names=("Trần Thị Lan",),
                       bodies=("Ban Thường vụ Thành ủy", "Đảng ủy phường Mỹ Hòa"))
    assert (event.type, event.date) == ("working_session", "2024-04-03")
    assert event.participants == ["Trần Thị Lan"]
    assert event.organizations == ["Ban Thường vụ Thành ủy", "Đảng ủy phường Mỹ Hòa"]
    assert event.evidence is not None and text[event.evidence.start:].startswith("Sáng ngày 3/4")


def test_type_comes_from_the_first_gathering_noun() -> None:
    cases = {
        "Chiều 2-10, Ban Thường vụ Thành ủy tổ chức hội nghị Ban Chấp hành.": "conference",
        "Sáng 15/10, tại Trung tâm Hội nghị Quốc gia, Đảng bộ tổ chức phiên trù bị Đại hội.":
            "congress",
        "Sáng 10/11, HĐND thành phố tổ chức kỳ họp thứ 8.": "council_session",
        "Ngày 11/9, Thường trực Tỉnh ủy tổ chức lễ công bố và trao quyết định.": "ceremony",
        "Chiều 28/11, Đoàn ĐBQH tỉnh tiếp xúc cử tri tại thành phố.": "voter_meeting",
        "Sáng 9/8, Ban tổ chức Đại hội Tuyên dương nông dân tổ chức họp báo.": "conference",
        "Chiều 17.3, Chủ tịch Quốc hội cùng Đoàn công tác đến dâng hương.": "ceremony",
        "Sáng 6/4, Quốc hội miễn nhiệm Phó Chủ tịch nước.": "council_session",
        "Sáng 1/7, HĐND tỉnh khóa IX tổ chức phiên họp thứ nhất.": "council_session",
        "Sáng 4/12, Thường trực HĐND thành phố tổ chức phiên họp thường kỳ.": "conference",
        "Cử tri phát biểu tại buổi tiếp xúc ngày 28/11/2024.": "voter_meeting",
        "Sáng 4/10, tại Hội trường tỉnh diễn ra Lễ khai mạc Đại hội Đoàn tỉnh.": "congress",
        "Ngày 3-7, Ủy ban Kiểm tra Trung ương tổ chức kỳ họp thứ 15.": "conference",
    }
    for text, expected in cases.items():
        (event,) = _events(text, "2024-12-01")
        assert event.type == expected, text


def test_plans_decisions_and_periods_are_not_events() -> None:
    text = ("Ngày 1-7, Bộ Chính trị chỉ định ông An giữ chức Phó Bí thư. Đại hội dự kiến diễn "
            "ra kể từ ngày 19/11. Trong năm 2023, Đảng ủy đã triển khai kiểm tra, giám sát. "
            "Ngày 28-12, UBND tỉnh đã có thông báo. Ngày 14/6, Huyện ủy cho biết Thường vụ Huyện "
            "ủy đã họp. Ngày 3-2, Chủ tịch UBND có Công điện về quản lý lễ hội.")
    assert _events(text, "2024-12-30") == []


def test_two_dated_events_split_participants_and_same_day_merges() -> None:
    text = ("Sáng 18.3, Chủ tịch Quốc hội Lê Văn Ba làm việc với Ban Chỉ đạo bầu cử tỉnh. "
            "Ông Phan Văn Tư báo cáo tình hình. Ảnh chụp chiều 18.3 tại buổi làm việc. "
            "Trước đó, chiều 17.3 Chủ tịch Quốc hội Lê Văn Ba đến dâng hương tại đền thờ.")
    events = _events(text, "2021-03-19", names=("Lê Văn Ba", "Phan Văn Tư"))
    assert [(e.date, e.type) for e in events] == [("2021-03-18", "working_session"),
                                                  ("2021-03-17", "ceremony")]
    assert events[0].participants == ["Lê Văn Ba", "Phan Văn Tư"]
    assert events[1].participants == ["Lê Văn Ba"]


def test_people_named_only_for_discipline_did_not_take_part() -> None:
    text = ("Chiều 10/1, Thành ủy tổ chức hội nghị tổng kết. Ông Võ Văn Năm chủ trì. "
            "Ông Đỗ Văn Sáu bị kỷ luật khiển trách.")
    (event,) = _events(text, "2018-01-11", names=("Võ Văn Năm", "Đỗ Văn Sáu"))
    assert event.participants == ["Võ Văn Năm"]


def test_people_replaced_or_listed_after_a_discipline_sentence_did_not_take_part() -> None:
    text = ("Chiều 2-10, Thành ủy tổ chức hội nghị. Hội nghị giới thiệu ông Lê Văn Bảy "
            "thay ông Trần Văn Tám. Hai đảng viên bị kỷ luật. Đó là bà Mai Thị Chín và ông "
            "Hồ Văn Mười.")
    (event,) = _events(text, "2025-10-03",
                       names=("Lê Văn Bảy", "Trần Văn Tám", "Mai Thị Chín", "Hồ Văn Mười"))
    assert event.participants == ["Lê Văn Bảy"]


def test_people_relieved_by_the_council_did_not_take_part() -> None:
    text = ("Sáng 4/9, HĐND huyện tổ chức kỳ họp. HĐND bầu miễn nhiệm chức danh Chủ tịch UBND "
            "huyện đối với ông Lê Văn Một do chuyển công tác và bầu bổ sung Chủ tịch UBND "
            "huyện đối với ông Trần Văn Hai; cho thôi làm nhiệm vụ đại biểu đối với bà Phạm "
            "Thị Ba. Kỳ họp đã miễn nhiệm ông Đỗ Văn Bốn để nghỉ hưu.")
    (event,) = _events(text, "2024-09-04",
                       names=("Lê Văn Một", "Trần Văn Hai", "Phạm Thị Ba", "Đỗ Văn Bốn"))
    assert event.participants == ["Trần Văn Hai", "Đỗ Văn Bốn"]


def test_line_ups_other_times_and_biographies() -> None:
    text = ("Sáng 6/2, HĐND thành phố tổ chức kỳ họp. Ông Lê Văn Một, sinh năm 1970, được bầu "
            "giữ chức Phó Chủ tịch. Ông Một sinh năm 1970. Trước đó, ông Trần Văn Hai được bổ "
            "nhiệm Chánh Văn phòng. Hiện Thường trực HĐND gồm ông Phạm Văn Ba và ông Một. Sau "
            "khi bầu bổ sung, Ủy ban gồm ông Đỗ Văn Bốn và ông Một. Tháng 4.2021, ông Hồ Văn "
            "Năm được bầu làm Phó Chủ tịch. Hiện diện tại kỳ họp có ông Vũ Văn Sáu.")
    names = ("Lê Văn Một", "Trần Văn Hai", "Phạm Văn Ba", "Đỗ Văn Bốn", "Hồ Văn Năm",
             "Vũ Văn Sáu")
    (event,) = _events(text, "2026-02-06", names=names)
    assert event.participants == ["Lê Văn Một", "Vũ Văn Sáu"]


def test_a_sitting_of_a_congress_is_the_congress() -> None:
    text = "Tại phiên thứ nhất của Đại hội đại biểu MTTQ tỉnh diễn ra chiều 16/11, đã hiệp thương."
    (event,) = _events(text, "2025-11-16")
    assert (event.type, event.date) == ("congress", "2025-11-16")
    assert _events("Ngày 14/3, Ủy ban đã tiếp nhận 15 hồ sơ ứng cử.", "2021-03-20") == []


def test_undated_event_is_kept_without_a_date() -> None:
    (event,) = _events("Sáng 30/9, Đảng bộ tỉnh khai mạc Đại hội nhiệm kỳ 2025-2030.")
    assert (event.type, event.date) == ("congress", None)


def test_vocabulary_file_types_are_contract_types() -> None:
    vocab = vocabulary()
    assert vocab.events["tiếp xúc cử tri"] == ("voter_meeting", 9)
    assert {t for t, _ in vocab.events.values()} <= set(EVENT_TYPES)
    assert vocab.future.search("Đại hội dự kiến diễn ra") and vocab.absent.search("bị kỷ luật")
    assert vocab.best("quản lý lễ hội đầu năm") is None
    assert vocab.best("trao đổi với phóng viên") is None
    assert vocab.best("Ủy ban MTTQ tỉnh trao nhà Đại đoàn kết").type == "ceremony"
    assert vocab.best("tổ chức lễ kỷ niệm") is not None
