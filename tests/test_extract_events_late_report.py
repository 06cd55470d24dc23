"""The sentences before an article's first dated report belong to its meeting only when the
report comes early or one of them names a gathering of its type; a report far on after none
such is another story, which the persons named before did not attend."""

from __future__ import annotations

from test_extract_events_general import _events

_PETITION = ("Cư dân khu đô thị Nam Sài Gòn gửi đơn kiến nghị đến ông Phan Văn Tài về mùi hôi. "
             "Bà Lục Thị Nga, người đứng đơn, nói mùi hôi kéo dài cả năm. "
             "Bà Nga cho biết người dân đã ghi chép nhật ký mùi hôi. "
             "Người dân mong sớm có phản hồi của thành phố. ")


def test_persons_of_another_story_before_a_late_report_are_not_there() -> None:
    text = _PETITION + ("Trong một diễn biến liên quan, tại kỳ họp bất thường của HĐND TP ngày "
                        "11/6, ông Trịnh Văn Khải, Phó Chủ tịch UBND TP, báo cáo về bãi rác.")
    names = ("Phan Văn Tài", "Lục Thị Nga", "Trịnh Văn Khải")
    assert _events(text, "2017-06-12", names) == [
        ("council_session", "2017-06-11", ["Trịnh Văn Khải"])]


def test_a_late_report_after_its_gathering_was_named_takes_those_before() -> None:
    text = ("Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVI đã bầu Ban Chấp hành khóa mới. "
            "Ông Phan Văn Tài tái đắc cử Bí thư Tỉnh ủy. Bà Lục Thị Nga được bầu Phó Bí thư. "
            "Ông Tài sinh năm 1965. Bà Nga sinh năm 1970. "
            "Chiều 22-10, Đại hội đại biểu Đảng bộ tỉnh Hà Giang bế mạc.")
    assert _events(text, "2015-10-23", ("Phan Văn Tài", "Lục Thị Nga")) == [
        ("congress", "2015-10-22", ["Phan Văn Tài", "Lục Thị Nga"])]


def test_an_early_report_still_takes_its_headline() -> None:
    text = ("Ông Phan Văn Tài nhận nhiệm vụ mới. "
            "Sáng 3/4, Tỉnh ủy Hà Giang tổ chức lễ trao quyết định cho ông Tài.")
    assert _events(text, "2024-04-03", ("Phan Văn Tài",)) == [
        ("ceremony", "2024-04-03", ["Phan Văn Tài"])]
