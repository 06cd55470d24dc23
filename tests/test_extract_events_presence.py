"""Who was there: persons commemorated, and persons set on another day than the event's."""

from __future__ import annotations

from test_extract_events_general import _events


def test_a_commemorated_person_attends_none_of_the_events() -> None:
    text = ("Sáng 7/7, Thành ủy tổ chức lễ dâng hương kỷ niệm 100 năm Ngày sinh đồng chí Trần "
            "Văn Lụa. Dự lễ có ông Lê Minh Hào. Đồng chí Trần Văn Lụa là người con ưu tú của quê "
            "hương. Chiều 8/7, lễ đặt tên đường mang tên cố Chủ tịch UBND tỉnh - ông Đỗ Văn Mạ "
            "diễn ra với sự tham dự của ông Lê Minh Hào. Ông Đỗ Văn Mạ sinh năm 1920.")
    names = ("Trần Văn Lụa", "Lê Minh Hào", "Đỗ Văn Mạ")
    assert [who for _, _, who in _events(text, "2024-07-09", names)] == [
        ["Lê Minh Hào"], ["Lê Minh Hào"]]
    # An adviser ("Cố vấn"), the head of a body of the old capital ("Cố đô") are no late person.
    text = "Sáng 7/7, Hội thảo diễn ra với Cố vấn Trần Văn Lụa."
    assert _events(text, "2024-07-09", ("Trần Văn Lụa",))[0][2] == ["Trần Văn Lụa"]
    text = "Sáng 7/7, Hội thảo có Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế Trần Văn Lụa."
    assert _events(text, "2024-07-09", ("Trần Văn Lụa",))[0][2] == ["Trần Văn Lụa"]
    # Nor is one named after the late person's sentence ends, or as the one who attends.
    text = ("Sáng 7/7, tỉnh tổ chức lễ gắn biển công trình mang tên Đỗ Văn Mạ. Cựu Chủ tịch nước "
            "Trần Văn Lụa dự lễ. Dự lễ tưởng niệm có ông Lê Minh Hào.")
    assert _events(text, "2024-07-09", names)[0][2] == ["Trần Văn Lụa", "Lê Minh Hào"]


def test_a_sentence_set_on_another_day_names_no_participant() -> None:
    text = ("Chiều 29/6, Thanh tra tỉnh công bố quyết định thanh tra tại Sở. Dự có ông Vũ Văn "
            "Khải. Trước đó, ngày 9/6, bà Hà Thị Nhàn ký quyết định thành lập đoàn. Cụ thể, ngày "
            "20/7/2015, ông Lò Văn Sáng ký 6 quyết định.")
    names = ("Vũ Văn Khải", "Hà Thị Nhàn", "Lò Văn Sáng")
    assert [who for _, _, who in _events(text, "2017-06-30", names)] == [["Vũ Văn Khải"]]
    # … but a day told by a speaker at the event, or planned, does not set the sentence.
    text = ("Chiều 29/6, Thanh tra tỉnh công bố quyết định thanh tra. Ông Vũ Văn Khải cho biết, "
            "ngày 9/6 đoàn đã được lập. Theo dự kiến, ngày 30-8 bà Hà Thị Nhàn sẽ trả lời.")
    assert [who for _, _, who in _events(text, "2017-06-30", names)] == [
        ["Vũ Văn Khải", "Hà Thị Nhàn"]]


def test_the_author_of_a_directive_is_cited_not_present() -> None:
    text = ("Sáng 7/2, Thứ trưởng Lê Văn Tám đến thăm và làm việc với Công an tỉnh. Ông quán "
            "triệt chỉ đạo của đồng chí Tổng Bí thư Hà Văn Lâm tại hội nghị toàn quốc.")
    names = ("Lê Văn Tám", "Hà Văn Lâm")
    assert [who for _, _, who in _events(text, "2024-02-08", names)] == [["Lê Văn Tám"]]
    # … while one who directs the meeting itself is there.
    text = "Sáng 7/2, Tỉnh ủy họp. Phát biểu chỉ đạo, Bí thư Hà Văn Lâm yêu cầu các ngành."
    assert [who for _, _, who in _events(text, "2024-02-08", names)] == [["Hà Văn Lâm"]]


def test_a_person_said_to_be_away_did_not_take_part() -> None:
    text = ("Chiều 12/5, tổ đại biểu tiếp xúc cử tri huyện. Bà Hà Thị Nhàn chủ trì. Một đại biểu "
            "khác là ông Vũ Văn Khải, Bí thư Tỉnh ủy, vắng mặt. Ông Lò Văn Sáng không thể tham dự.")
    names = ("Hà Thị Nhàn", "Vũ Văn Khải", "Lò Văn Sáng")
    assert [who for _, _, who in _events(text, "2024-05-13", names)] == [["Hà Thị Nhàn"]]
    # The signer of a document cited is not placed there either.
    text = ("Chiều 12/5, bà Hà Thị Nhàn dự hội nghị quán triệt Nghị quyết do Tổng Bí thư Vũ Văn "
            "Khải ký ban hành.")
    assert [who for _, _, who in _events(text, "2024-05-13", names)] == [["Hà Thị Nhàn"]]
    # … while absentees named after someone who chaired are his business, not his absence.
    text = "Chiều 12/5, ông Vũ Văn Khải chủ trì hội nghị, một số đại biểu vắng mặt."
    assert [who for _, _, who in _events(text, "2024-05-13", names)] == [["Vũ Văn Khải"]]


def test_a_day_within_the_events_own_span_is_that_event() -> None:
    text = ("Từ ngày 5 đến 7/7, HĐND tỉnh tổ chức kỳ họp thứ 8. Ngày 6/7, đại biểu Vũ Văn Khải "
            "chất vấn Giám đốc Sở. Trước đó, ngày 2/7, bà Hà Thị Nhàn ký tờ trình.")
    names = ("Vũ Văn Khải", "Hà Thị Nhàn")
    # "Ngày 6/7" lies within the session's days: Khải took part; 2/7 is another time.
    assert [(date, who) for _, date, who in _events(text, "2024-07-08", names)] == [
        ("2024-07-05", ["Vũ Văn Khải"])]
