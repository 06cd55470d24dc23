"""Event days and their year: cues, refusals, full dates and the year rules of the contract."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cadregraph.ingest.extract import dates
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import day_mentions, full_dates
from cadregraph.ingest.extract.dates_year import event_date, year_clues
from cadregraph.ingest.extract.names_lexicon import case_exotic
from cadregraph.ingest.extract.regex_trie import word_trie
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.normalize.text import article_text
from cadregraph.ingest.records import Article


@pytest.mark.parametrize(("text", "day", "month", "year"), [
    ("Sáng ngày 3/4, Đoàn công tác làm việc", 3, 4, None),
    ("Chiều 8-8, Đảng bộ phường khai mạc đại hội", 8, 8, None),
    ("Sáng 18.3, Chủ tịch Quốc hội làm việc", 18, 3, None),
    ("Ngày 01-02/4/2019, tại Hà Nội, Hội nghị", 1, 4, 2019),
    ("Từ ngày 27 đến ngày 30-6-2017, Ủy ban họp", 27, 6, 2017),
    ("Trong 2 ngày 6 và 7/8, đại hội diễn ra", 6, 8, None),
    ("trong các ngày 13, 14 và 15-8, HĐND phường tiếp xúc cử tri", 13, 8, None),
    ("Sáng nay, 16-10-2015, Đại hội bế mạc", 16, 10, 2015),
    ("sáng nay (30/6), tỉnh tổ chức lễ công bố", 30, 6, None),
    ("tiếp xúc cử tri tại TP.Châu Đốc chiều 28/11.", 28, 11, None),
    ("Sáng thứ Hai (3/4), tại hội trường", 3, 4, None),
    ("Hôm qua 21.6 tại Hà Nội, ông An tiếp đoàn", 21, 6, None),
])
def test_cue_led_days(text: str, day: int, month: int, year: int | None) -> None:
    (mention,) = day_mentions(text)
    assert (mention.day, mention.month, mention.year) == (day, month, year)


@pytest.mark.parametrize("text", [
    "Ông sinh ngày 12/6/1953 tại Trà Vinh",
    "nghỉ hưu kể từ ngày 1/9 đối với ông",
    "Nghị quyết số 12/NQ-HĐND ngày 18/7/2023 của HĐND",
    "Văn bản số 6934, ngày 18-9-2008 giữa hai bên",
    "Quyết định 49 (ngày 1-9-2011) của Thủ tướng",
    "trao Huy hiệu Đảng đợt 2/9", "có 12.800 người dự", "hoàn thành trước ngày 30.6",
    "nhiệm kỳ 2020-2025", "Từ ngày 7/1, trên mạng xuất hiện clip",
    "Trích Thông báo ngày 5/7/2010 của Ủy ban Kiểm tra",
    "Thực hiện Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày 15/3/2016, huyện",
    "Tính đến 17 giờ ngày 14.3, Ủy ban đã nhận 15 hồ sơ",
])
def test_days_that_do_not_date_a_meeting(text: str) -> None:
    assert day_mentions(text) == []


def test_full_dates_skip_biography() -> None:
    text = ("Ông sinh ngày 12-8-1962. Ngày vào Đảng: 25-8-1982. Nghị quyết ngày 18/7/2023 và "
            "văn bản ngày 26 tháng 01 năm 2018.")
    assert [f.date for f in full_dates(text)] == [dt.date(2023, 7, 18), dt.date(2018, 1, 26)]


def _date(text: str, published: str | None = None, raw: str | None = None) -> str | None:
    article = Article(id="t", text=raw or text, published=published)
    normalised = article_text(article)
    context = Context(article=article, text=normalised, sentences=split_sentences(normalised))
    mention = day_mentions(normalised)[0]
    return event_date(mention, year_clues(context))


def test_year_from_published_and_the_year_before() -> None:
    assert _date("Sáng 3/4, Tỉnh ủy họp.", "2024-04-05") == "2024-04-03"
    assert _date("Chiều 28/12, Tỉnh ủy tổng kết.", "2025-01-03") == "2024-12-28"
    assert _date("Sáng mai, ngày 31/7, Tỉnh ủy họp.", "2024-07-30") is None  # not held yet
    # Taken back to the year before, a day ten months old is history of an unknown year.
    assert _date("Ông Nam tại kỳ họp HĐND ngày 30-12.", "2015-10-28") is None


def test_year_from_a_full_date_dateline() -> None:
    assert _date("", raw=" date 2025-10-03 Ngày 3-10, HĐND tổ chức kỳ họp.") == "2025-10-03"


def test_month_only_crawl_prefix_and_terms_never_give_a_year() -> None:
    raw = " date 2017-03 Chiều 22-10, Đại hội Đảng bộ tỉnh nhiệm kỳ 2015-2020 bế mạc."
    assert _date("", raw=raw) is None
    # … unless the crawl fell in the event's own month.
    assert _date("", raw=" date 2021-03 Sáng 18.3, đoàn làm việc với tỉnh.") == "2021-03-18"
    assert _date("Sáng 1/7, HĐND khóa IX nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 15.") is None


def test_year_from_full_date_or_working_year() -> None:
    assert _date("Sáng 10/11, HĐND họp. Điều chỉnh Nghị quyết ngày 18/7/2023.") == "2023-11-10"
    text = ("Chiều 10/1, Thành ủy tổ chức hội nghị tổng kết công tác kiểm tra năm 2017 và "
            "phương hướng, nhiệm vụ trọng tâm năm 2018.")
    assert _date(text) == "2018-01-10"
    assert _date("Sáng 3/4, đoàn làm việc về công tác Dân vận năm 2024.") == "2024-04-03"


def test_the_later_of_full_date_and_working_year_wins() -> None:
    text = ("Chiều 24/5, Trung tâm tổ chức lễ kỷ niệm. Trung tâm thành lập theo Quyết định số 32 "
            "ngày 11/4/2007. Trung tâm triển khai kế hoạch công tác năm 2016.")
    assert _date(text) == "2016-05-24"
    # An emulation award of 2016 is conferred in 2017: the text's year is the one after.
    award = text.replace("triển khai kế hoạch công tác", "nhận cờ thi đua")
    assert _date(award) == "2017-05-24"


def test_a_full_date_older_than_other_years_named_is_history() -> None:
    text = ("Trong cuộc đối thoại hôm 22/4, ông nói. Đến thời điểm 1/8/2008 đã hợp thức. "
            "Nhưng năm 2013 theo luật thì khác.")
    assert _date(text) is None


def test_a_later_normative_number_or_term_makes_an_old_full_date_history() -> None:
    text = "Sáng 9/7, UBND họp theo Nghị định số 52/2005/NĐ-CP ngày 12/4/2005 của Chính phủ."
    assert _date(text) == "2005-07-09"
    assert _date(text + " Theo Nghị quyết số 35/2023/UBTVQH15, phường phải sắp xếp.") is None
    text = "Sáng 29/5, ông An nhận quyết định. Ông làm Bí thư từ ngày 25/1/2014."
    assert _date(text) == "2014-05-29"
    assert _date(text + " Ông là đại biểu HĐND khóa IX (2016-2021).") is None


def test_target_biography_and_range_years_are_not_working_years() -> None:
    assert _date("Sáng 16/4, Tỉnh ủy họp về Chương trình phát triển đến năm 2030.") is None
    assert _date("Chiều 10/2, Ban Thường vụ họp. Ông sinh năm 1964.") is None
    assert _date("Chiều 10/2, Ban Thường vụ họp. Dự án từ năm 2017 - 2022.") is None


def test_month_year_of_the_event_month_when_latest() -> None:
    text = "Ngày 10/5, bà Ngân trao quyết định. Ông Thăng làm Bí thư từ 2/2016-5/2017."
    assert _date(text) == "2017-05-10"
    older = "Ngày 10/5, bà Ngân trao quyết định. Từ 7/2010 đến 5/2013, tháng 9/2013 ông làm."
    assert _date(older) is None


def test_a_review_of_years_is_found_in_any_case() -> None:
    # `YearClues.reviews` searches only texts whose lower case holds "ơ kết" or "ng kết": so
    # no letter may match them case-insensitively and lower-case to something else
    assert case_exotic(["ơ kết", "ng kết"]) == ""
    for text, reviews in (("Ngày 9/6, Huyện ủy SƠ KẾT 1 NĂM thực hiện Quy định.", True),
                          ("Ngày 9/6, Huyện ủy tổng kết hai năm thực hiện Quy định.", True),
                          ("Ngày 9/6, Huyện ủy sơ kết công tác dân vận 6 tháng.", False)):
        clues = year_clues(Context(Article(id="x", text=text), text, split_sentences(text)))
        assert clues.reviews is reviews


def test_cue_parts_are_found_where_they_start_even_overlapping() -> None:
    lower = "sáng nay từ ngày 3/4 và trong các ngày 5-6/4 chiều tối"
    plain = re.compile(f"(?=({word_trie(dates._CUE_PARTS)}))")
    for begin in range(0, len(lower), 7):
        assert sorted(dates._part_starts(lower, begin, len(lower))) \
            == [(m.start(), m.group(1)) for m in plain.finditer(lower, begin)]
