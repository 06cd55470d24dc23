"""A meeting the lead dates without naming, named later only by reference ("tại buổi lễ")."""

from __future__ import annotations

from test_extract_events_general import _events


def test_the_lead_dates_the_ceremony_named_later() -> None:
    text = ("Ngày 30/6, tỉnh Điện Biên công bố kết thúc hoạt động cấp huyện và thành lập các xã "
            "mới. Toàn tỉnh đã hoàn tất việc sắp xếp 129 xã thành 45 xã. Phát biểu chỉ đạo tại "
            "buổi lễ, ông Lò Văn Khải, Bí thư Tỉnh ủy, nhấn mạnh yêu cầu đoàn kết.")
    found = _events(text, "2025-06-30", ("Lò Văn Khải",))
    assert found == [("ceremony", "2025-06-30", ["Lò Văn Khải"])]


def test_no_reference_is_read_where_it_may_be_to_another_meeting() -> None:
    # The lead is a statement: the day is when it was said, not a meeting's.
    text = ("Ngày 14/6, Huyện ủy Mường Tè cho biết đã xử lý kỷ luật ông Hà Văn Sáng. "
            "Tại hội nghị, các ý kiến thống nhất cao.")
    assert _events(text, "2025-06-15") == []
    # A numbered meeting is another one; and a reference after another day is to that day.
    text = ("Ngày 30/6, tỉnh Điện Biên công bố thành lập các xã mới. Việc này đã được bàn tại "
            "kỳ họp thứ 3 của HĐND tỉnh.")
    assert _events(text, "2025-06-30") == []
    text = ("Ngày 30/6, tỉnh Điện Biên công bố thành lập các xã mới. Trước đó, ngày 20/6 tỉnh đã "
            "lấy ý kiến nhân dân. Phát biểu tại hội nghị, ông Lò Văn Khải đánh giá cao kết quả.")
    assert _events(text, "2025-06-30") == []
