"""A plan "trong năm X" told in a meeting: the year of a meeting of January to June, no clue
for one of July to December (the rest of the year, or the next)."""

from __future__ import annotations

from test_extract_dates import _date


def test_a_plan_within_a_year_said_at_a_july_session_dates_nothing() -> None:
    text = ("Sáng 4-7, tại phiên khai mạc kỳ họp thứ 5 HĐND thành phố, đại biểu Lê Văn An ủng "
            "hộ chủ trương trong năm 2020 có giám sát chuyên đề về đất công.")
    assert _date(text) is None
    words = ("Sáng 6/7, tại phiên chất vấn kỳ họp HĐND thành phố, Bí thư đề nghị Sở Tài chính "
             "tham mưu cho lãnh đạo thành phố ra những quyết sách đúng đắn trong năm 2020.")
    assert _date(words) is None


def test_a_plan_within_a_year_said_in_its_first_half_is_that_years() -> None:
    text = ("Sáng 7/2, Bí thư Thành ủy làm việc với quận. Quận phải có giải pháp khắc phục "
            "trong năm 2020.")
    assert _date(text) == "2020-02-07"
    june = ("Ngày 11/6, HĐND thành phố họp bất thường. Ông Lê Văn An cho biết thành phố sẽ rà "
            "soát các phương tiện thu gom rác trong năm 2020.")
    assert _date(june) == "2020-06-11"


def test_a_deadline_within_a_year_said_at_a_july_session_is_that_years() -> None:
    text = "Sáng 6/7, tại kỳ họp HĐND, bà Lan nói các dự án phải hoàn thành trong năm 2021."
    assert _date(text) == "2021-07-06"


def test_a_start_proposed_for_next_year_does_not_date_the_session() -> None:
    text = ("Sáng 7/7, tại phiên chất vấn kỳ họp HĐND thành phố, ông Lê Văn An cho biết thành phố "
            "đề nghị từ ngày 1/1/2021 sẽ bãi bỏ việc miễn phí giữ xe.")
    assert _date(text) is None
    # … while a start told as past dates it.
    told = ("Sáng 7/7, tại kỳ họp HĐND thành phố, ông Lê Văn An cho biết từ ngày 1/1/2020 thành "
            "phố đã bãi bỏ việc miễn phí giữ xe.")
    assert _date(told) == "2020-07-07"
