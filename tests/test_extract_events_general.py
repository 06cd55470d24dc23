"""Event, date and document classes read on unseen articles, each on a sentence we wrote."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import day_mentions
from cadregraph.ingest.extract.documents import extract_documents
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article, Evidence, Person


def _events(text: str, published: str | None = None, names: tuple[str, ...] = ()):
    sentences = split_sentences(text)
    context = Context(article=Article(id="t", text=text, published=published), text=text,
                      sentences=sentences)
    persons = [Person(name=name, mentions=mentions_of(context, name)) for name in names]
    return [(e.type, e.date, e.participants) for e in extract_events(context, persons, [])]


def mentions_of(context: Context, name: str) -> list[Evidence]:
    """Every place `name` is written in the context's text, as evidence in its sentence."""
    mentions = []
    for match in re.finditer(re.escape(name), context.text):
        sentence = context.sentence_at(match.start())
        assert sentence is not None
        mentions.append(Evidence(sentence.index, match.start(), match.end()))
    return mentions


def _numbers(text: str) -> list[tuple[str, str | None]]:
    context = Context(article=Article(id="t", text=text), text=text, sentences=[])
    return [(d.type, d.number) for d in extract_documents(context, []) if d.number]


def test_discussion_sittings_of_a_council_session() -> None:
    text = ("Tại phiên thảo luận của kỳ họp thứ 7 HĐND tỉnh sáng 9-7, ông Lò Văn Tâm "
            "giải trình về giá đất.")
    assert _events(text, "2023-07-10", names=("Lò Văn Tâm",)) == [
        ("council_session", "2023-07-09", ["Lò Văn Tâm"])]
    text = "Tại buổi thảo luận chiều 12/6, bà Hà Thị Mơ nêu ý kiến về giao thông."
    assert _events(text, "2023-06-13") == [("conference", "2023-06-12", [])]


def test_announcing_several_decisions_is_a_ceremony() -> None:
    text = "Ngày 4/3, Ban Tổ chức Huyện ủy công bố các quyết định về công tác cán bộ."
    assert _events(text, "2024-03-05") == [("ceremony", "2024-03-04", [])]


def test_holding_a_review_is_a_conference() -> None:
    text = "Chiều 21/8, Ban Thường vụ Huyện ủy tổ chức sơ kết công tác dân vận 6 tháng."
    assert _events(text, "2024-08-22") == [("conference", "2024-08-21", [])]


def test_a_council_passing_resolutions_sits() -> None:
    text = "Sáng 15/12, HĐND huyện thông qua nghị quyết về dự toán ngân sách."
    assert _events(text, "2024-12-16") == [("council_session", "2024-12-15", [])]
    # Without a council the same verb dates nothing.
    assert _events("Sáng 15/12, công ty thông qua nghị quyết chia cổ tức.", "2024-12-16") == []


def test_inspecting_preparations_for_a_congress_is_a_visit_not_the_congress() -> None:
    text = ("Chiều 5/6/2024, đồng chí Vi Thị Hằng đến kiểm tra công tác chuẩn bị tổ chức đại "
            "hội Hội Nông dân huyện.")
    assert _events(text, names=("Vi Thị Hằng",)) == [
        ("working_session", "2024-06-05", ["Vi Thị Hằng"])]
    # A congress only being prepared is still no event.
    assert _events("Ngày 5/6, huyện chuẩn bị tổ chức đại hội.", "2024-06-06") == []


def test_day_written_in_words() -> None:
    text = ("Kỳ họp thứ 9 HĐND phường khai mạc lúc 8 giờ, ngày 14 tháng 3 năm 2019 tại "
            "hội trường phường.")
    assert _events(text) == [("council_session", "2019-03-14", [])]
    (mention,) = day_mentions("Sáng ngày 2 tháng 9, xã tổ chức lễ.")
    assert (mention.day, mention.month, mention.year) == (2, 9, None)


def test_a_documents_dateline_is_not_a_meeting_day() -> None:
    text = "Sơn Hà, ngày 13 tháng 5 năm 2022 KẾT LUẬN HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH"
    assert day_mentions(text) == []
    assert _events(text) == []


def test_a_text_is_no_older_than_the_past_dates_it_cites() -> None:
    # No publication date: "ngày 9/9/2016" is the latest full date, yet the decision it dates
    # is history; a meeting of "27-6" reported beside it is of a later, unstated year.
    text = ("Chiều 27-6, Thanh tra tỉnh công bố quyết định thanh tra. Ông Đào Văn Khê được bổ "
            "nhiệm ngày 9/9/2016.")
    assert [date for _, date, _ in _events(text)] == [None]
    # A start date to come does not count: the meeting is of that year.
    text = ("Sáng 30/6, tỉnh tổ chức lễ công bố nghị quyết sáp nhập; các xã mới vận hành từ "
            "ngày 1/7/2025.")
    assert [date for _, date, _ in _events(text)] == ["2025-06-30"]
    # Nor does an anniversary's end: "(27/7/1947 - 27/7/2017)".
    text = ("Sáng 23/6, thành phố tổ chức lễ đón nhận danh hiệu, hướng tới kỷ niệm 70 năm Ngày "
            "Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017).")
    assert [date for _, date, _ in _events(text)] == ["2017-06-23"]


def test_a_review_years_after_a_document_takes_no_year_from_its_date() -> None:
    text = ("Ngày 9/6, Ban Thường vụ Huyện ủy tổ chức sơ kết 1 năm thực hiện Quy định số 01 "
            "ngày 3/3/2016 của Ban Thường vụ Huyện ủy.")
    assert [date for _, date, _ in _events(text)] == [None]


def test_counts_years_and_discipline_are_not_documents() -> None:
    assert _numbers("Năm nay đã thi hành kỷ luật 13 đảng viên vi phạm.") == []
    assert _numbers("Thu phí cao hơn quy định 10.000 đồng mỗi xe.") == []
    assert _numbers("Bàn về kết quả năm 2016 và kế hoạch 2017 của đơn vị.") == []
    assert _numbers("Căn cứ Quyết định số 2002 của UBND tỉnh và Luật số 72/2025/QH15.") == [
        ("Quyết định", "2002"), ("Luật", "72/2025/QH15")]
