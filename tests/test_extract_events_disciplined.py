"""The one disciplined is the matter of a meeting, not one who sat at it, even where another
sentence names them plainly; a discipline told of another meeting places no one."""

from __future__ import annotations

from test_extract_events_general import _events


def _who(text: str, names: tuple[str, ...]) -> list[tuple[str | None, list[str]]]:
    return [(date, who) for _, date, who in _events(text, "2017-06-30", names)]


def test_the_official_disciplined_is_no_participant_though_a_caption_names_him() -> None:
    text = ("Ông Hà Văn Sáng, nguyên Bí thư Huyện ủy. Ngày 25/5, dưới sự chủ trì của Bí thư "
            "Tỉnh ủy Lò Văn Khải, Ban Thường vụ Tỉnh ủy đã họp để xem xét đề nghị thi hành kỷ "
            "luật ông Hà Văn Sáng. Thời gian giữ cương vị Bí thư Huyện ủy, ông Hà Văn Sáng đã "
            "có nhiều đóng góp.")
    assert _who(text, ("Lò Văn Khải", "Hà Văn Sáng")) == [("2017-05-25", ["Lò Văn Khải"])]


def test_one_said_to_be_disciplined_too_is_no_participant() -> None:
    text = ("Sáng 20/6, Chủ tịch UBND tỉnh Lò Văn Khải chủ trì họp báo. Nguyên Bí thư Huyện ủy "
            "Hà Văn Sáng cũng bị Tỉnh ủy kỷ luật cảnh cáo. Là người đứng đầu, ông Hà Văn Sáng "
            "đã cho thực hiện nhiều dự án khi chưa có vốn.")
    assert _who(text, ("Lò Văn Khải", "Hà Văn Sáng")) == [("2017-06-20", ["Lò Văn Khải"])]


def test_a_discipline_decided_on_another_day_leaves_the_official_at_his_handover() -> None:
    text = ("Ngày 11/5, Ban Kinh tế Trung ương tổ chức hội nghị công bố quyết định phân công "
            "ông Hà Văn Sáng giữ chức Phó Trưởng ban. Liên quan đến ông Hà Văn Sáng, ngày 7/5, "
            "Ban Chấp hành Trung ương Đảng đã quyết định thi hành kỷ luật ông Hà Văn Sáng bằng "
            "hình thức cảnh cáo.")
    assert _who(text, ("Hà Văn Sáng",)) == [("2017-05-11", ["Hà Văn Sáng"])]


def test_a_speaker_at_the_meeting_stays_though_the_article_tells_of_his_discipline() -> None:
    text = ("Ông Hà Văn Sáng phát biểu tại hội nghị ngày 28/6. Ông Hà Văn Sáng đã bị Ban Bí "
            "thư kỷ luật cảnh cáo.")
    assert _who(text, ("Hà Văn Sáng",)) == [("2017-06-28", ["Hà Văn Sáng"])]
