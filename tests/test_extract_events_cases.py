"""A person named as a case ("như vụ A, B", "vụ án A") is a matter the text cites, not
someone present at the event; "vụ" as the end of "nhiệm vụ" or "Thường vụ" is no case."""

from __future__ import annotations

from test_extract_events_general import _events

_NAMES = ("Lưu Đức Hoàn", "Mạc Văn Tường", "Tạ Quang Vinh", "Kha Minh Lộc")


def test_names_after_a_case_word_and_its_list_take_no_part() -> None:
    text = ("Chiều 15/5, Đoàn kiểm tra do ông Lưu Đức Hoàn làm Trưởng đoàn đã làm việc với Ban "
            "cán sự đảng Bộ Xây dựng. Ông Lưu Đức Hoàn nêu các sai phạm như vụ Mạc Văn Tường, Tạ "
            "Quang Vinh và vụ án Kha Minh Lộc đã gióng hồi chuông báo động.")
    found = _events(text, "2024-05-16", _NAMES)
    assert [(date, who) for _, date, who in found] == [("2024-05-15", ["Lưu Đức Hoàn"])]


def test_a_title_ending_in_vu_still_names_a_participant() -> None:
    text = ("Chiều 15/5, Ban Thường vụ Tỉnh ủy họp. Dự họp có Ủy viên Ban Thường vụ Mạc Văn "
            "Tường và ông Tạ Quang Vinh, người nhận nhiệm vụ Kha Minh Lộc giao.")
    found = _events(text, "2024-05-16", _NAMES)
    assert [(date, who) for _, date, who in found] == [
        ("2024-05-15", ["Mạc Văn Tường", "Tạ Quang Vinh", "Kha Minh Lộc"])]
