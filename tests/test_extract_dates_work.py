"""Working years (dates_work): which "năm YYYY" dates a meeting, and of which year it tells."""

from __future__ import annotations

from test_extract_dates import _date


def test_a_whole_year_told_as_done_is_reviewed_early_the_next_year() -> None:
    done = ("Chiều 10/2, Bí thư Thành ủy làm việc với Hội Nông dân. Trong năm 2019 đã có 300 "
            "hộ thoát nghèo.")
    assert _date(done) == "2020-02-10"
    state = "Sáng 7/2, đoàn làm việc với huyện về tình hình kinh tế - xã hội trong năm 2019."
    assert _date(state) == "2020-02-07"
    # … but not a meeting later in the year, nor a part of the year, nor a plan.
    assert _date(done.replace("Chiều 10/2", "Chiều 10/11")) == "2019-11-10"
    part = "Sáng 7/2, Huyện ủy họp. Kết quả tháng đầu năm 2020 khả quan."
    assert _date(part) == "2020-02-07"
    plan = "Sáng 7/2, Thành ủy làm việc với quận về nhiệm vụ năm 2020."
    assert _date(plan) == "2020-02-07"
    # The nearest word before the year governs it: a plan told as done is still this year's,
    # the results of the tasks of a year are reviewed.
    assert _date("Sáng 7/2, Huyện ủy họp. Kế hoạch năm 2020 đã được ban hành.") == "2020-02-07"
    assert _date("Sáng 7/2, Huyện ủy họp về kết quả thực hiện nhiệm vụ năm 2019.") == "2020-02-07"
    both = "Sáng 7/2, Huyện ủy họp về kết quả năm 2019 và kế hoạch năm 2020."
    assert _date(both) == "2020-02-07"


def test_the_later_year_of_a_plan_pair_is_not_the_working_year() -> None:
    text = ("Sáng 6/7, tại kỳ họp HĐND, bà Lan phát biểu. Lộ trình phải nói rõ cuối năm 2021 đạt "
            "kết quả gì và năm 2022 làm gì.")
    # 2021 is the working year, yet 2022 is named: the year stays unknown rather than wrong.
    assert _date(text) is None
    assert _date("Sáng 6/7, tại kỳ họp HĐND, bà Lan nói phải xong trong năm 2021.") == "2021-07-06"


def test_a_gathering_named_with_its_year_where_no_day_is_given_is_another_gathering() -> None:
    text = ("Sáng 12/7, tỉnh ký kết hợp tác truyền thông với 4 cơ quan báo chí. Tỉnh sẽ đăng cai "
            "Diễn đàn du lịch ASEAN năm 2021.")
    assert _date(text) is None
    # … while the same day's other meeting names the day's year.
    same_day = ("Sáng 22-6, Ủy ban họp. Chiều cùng ngày, Ủy ban tổ chức hội nghị Chủ tịch các "
                "tỉnh năm 2018.")
    assert _date(same_day) == "2018-06-22"


def test_a_meeting_over_a_week_before_a_cited_date_is_of_a_later_year() -> None:
    text = ("Ngày 25.5, tại Văn phòng Tỉnh ủy, đoàn công bố quyết định kiểm tra việc thực hiện "
            "Kết luận số 24-KL/TW ngày 5.6.2012 của Bộ Chính trị.")
    assert _date(text) is None
    # A day or two before is the same meeting's own span: "Đại hội … (4 - 5/10/2022)".
    assert _date("Sáng 4/10, Đại hội khai mạc. Đại hội diễn ra (4 - 5/10/2022).") == "2022-10-04"


def test_the_lunar_new_year_named_with_its_year_dates_the_meetings_greeting_it() -> None:
    text = ("Chiều 10/2, Thành ủy gặp mặt đầu Xuân Mậu Tuất 2018 với doanh nghiệp. Trong năm "
            "2017, doanh nghiệp nộp ngân sách lớn.")
    assert _date(text) == "2018-02-10"
    # December's meeting prepares it; a name not that year's ("Đinh Dậu" is 2017) is no clue.
    assert _date(text.replace("Chiều 10/2", "Chiều 20/12")) == "2017-12-20"
    assert _date("Chiều 10/2, Thành ủy gặp mặt đầu Xuân Đinh Dậu 2018 với doanh nghiệp.") is None


def test_a_date_by_which_something_came_about_is_looked_back_on() -> None:
    # "đến ngày 9/11/2016 thì …" tells what had happened by then: a past date cited, so a
    # meeting of "11/5" is of a later year the text does not give.
    text = ("Chiều 11/5, Tổng cục làm việc với Hiệp hội. Quy hoạch lập từ năm 2013 và đến ngày "
            "9/11/2016 thì được phê duyệt.")
    assert _date(text) is None
    # A deadline stays a date to come.
    text = "Chiều 11/5, Tổng cục làm việc với Hiệp hội, yêu cầu báo cáo đến ngày 9/11/2016."
    assert _date(text) == "2016-05-11"
