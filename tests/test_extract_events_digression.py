"""A sentence set on another day than the event's opens another story: the sentences going on
with it name no participant, until one names a meeting, an election or comes back to it."""

from __future__ import annotations

from test_extract_events_general import _events

_CEREMONY = ("Sáng 10/5, ông Lý Văn Toàn trao quyết định của Ban Thường vụ Tỉnh ủy cho ông "
             "Mạc Đình Khang. ")


def test_a_round_up_story_after_the_ceremony_names_no_participant() -> None:
    text = (_CEREMONY + "Ngày 11/5, Công an huyện Lộc Hà cho biết đã bắt một đối tượng trộm "
            "cắp. Theo ông Kiều Văn Phát, đối tượng khai nhận hành vi. Ông Kiều Văn Phát đề "
            "nghị người dân cảnh giác.")
    found = _events(text, "2024-05-12", ("Lý Văn Toàn", "Mạc Đình Khang", "Kiều Văn Phát"))
    assert [(date, who) for _, date, who in found] == [
        ("2024-05-10", ["Lý Văn Toàn", "Mạc Đình Khang"])]


def test_a_sentence_coming_back_to_the_meeting_names_participants_again() -> None:
    text = ("Sáng 29/11, HĐND tỉnh tổ chức kỳ họp thứ 13 và bầu ông Mạc Đình Khang giữ chức "
            "Chủ tịch UBND tỉnh. Ngày 5/11/2019, Văn phòng Trung ương Đảng đã có công văn đồng "
            "ý giới thiệu ông Mạc Đình Khang. Dịp này, HĐND tỉnh cũng đã tổ chức bầu cử chức "
            "danh Ủy viên UBND tỉnh đối với ông Kiều Văn Phát.")
    found = _events(text, None, ("Mạc Đình Khang", "Kiều Văn Phát"))
    assert [(date, who) for _, date, who in found] == [
        ("2019-11-29", ["Mạc Đình Khang", "Kiều Văn Phát"])]


def test_a_sentence_naming_a_meeting_ends_the_other_story() -> None:
    text = (_CEREMONY + "Ngày 11/5, Công an huyện Lộc Hà cho biết đã bắt một đối tượng trộm "
            "cắp. Tại buổi lễ, ông Kiều Văn Phát phát biểu chúc mừng ông Mạc Đình Khang.")
    found = _events(text, "2024-05-12", ("Lý Văn Toàn", "Mạc Đình Khang", "Kiều Văn Phát"))
    assert [(date, who) for _, date, who in found] == [
        ("2024-05-10", ["Lý Văn Toàn", "Mạc Đình Khang", "Kiều Văn Phát"])]
