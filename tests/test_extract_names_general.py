"""Person names on sentences we wrote (fictional people), one test per class of error met on
unseen articles: captions that run a name into the next clause, title words that are given
names, places and schools named after people, bylines, rare family names, given-name mentions
before the full name, and the data files these rules read."""

from __future__ import annotations

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_lexicon import is_family_name, middle_names, name_breaks
from cadregraph.ingest.records import Article


def names(text: str, taken: list[tuple[int, int]] | None = None) -> list[str]:
    return [m.name for m in find_names(text, taken or []) if not m.given_only]


def surfaces(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_names(text, [])]


@pytest.mark.parametrize(("text", "name"), [
    ("Dự có nguyên Bí thư Tỉnh ủy Lương Văn Khải Cùng dự có các đồng chí lão thành.",
     "Lương Văn Khải"),
    ("Ông Tạ Quý Bình Liên tiếp sai phạm khi làm giám đốc.", "Tạ Quý Bình"),
    ("Ông Hà Minh Trí Theo đó, ông Trí sẽ nghỉ hưu.", "Hà Minh Trí"),
    ("Chủ tịch tỉnh Đỗ Văn Toại Giải thích khúc mắc của người dân.", "Đỗ Văn Toại"),
])
def test_a_caption_without_punctuation_does_not_run_into_the_next_clause(text: str,
                                                                         name: str) -> None:
    assert names(text) == [name]


def test_a_given_name_that_opens_clauses_elsewhere_stays_in_the_name() -> None:
    assert names("Ông Phan Văn Theo, cán bộ xã, phát biểu.") == ["Phan Văn Theo"]
    # (a name never ends in "Thị": "Liên tiếp" is not cut off here)
    assert names("Bà Lê Thị Liên tiếp tục giữ chức.") == ["Lê Thị Liên"]


def test_a_title_word_is_a_given_name_before_a_comma() -> None:
    text = "Kết quả, ông Lâm Đức Quận, Phó Bí thư Tỉnh ủy, được bầu; ông Hồ Văn Hội; Quận 3."
    assert names(text) == ["Lâm Đức Quận", "Hồ Văn Hội"]
    assert names("Ông Lâm Đức Huy Quận 3 phát biểu.") == ["Lâm Đức Huy"]


def test_words_that_are_never_in_a_name_break_it() -> None:
    assert names("Chương trình có chủ đề: Từ Làng Hoa nhớ Bác.") == []


def test_a_mothers_family_name_before_thi_makes_five_words() -> None:
    assert names("Hai vụ Lê Nguyễn Thị Ái Vân bị khởi tố.") == ["Lê Nguyễn Thị Ái Vân"]
    assert names("Bà Lê Thị Ái Vân Phó Chủ tịch") == ["Lê Thị Ái Vân"]


def test_a_given_name_typed_in_lower_case_when_the_article_writes_it_whole() -> None:
    text = "Bí thư Đinh Hữu Thắm nói. Sau đó Bí thư Thành ủy Đinh Hữu thắm hỏi thêm."
    assert surfaces(text) == ["Đinh Hữu Thắm", "Đinh Hữu thắm"]
    assert names(text) == ["Đinh Hữu Thắm", "Đinh Hữu Thắm"]
    assert names("Thượng tướng Mạc Tôn thăm đơn vị.") == ["Mạc Tôn"]  # no "Mạc Tôn Thăm"


def test_a_name_does_not_run_into_a_province() -> None:
    text = "Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Quế Hà Tĩnh cũng đã họp."
    assert names(text, [(7, 22)]) == ["Lê Đình Quế"]


def test_writers_before_a_news_agency_are_no_persons() -> None:
    assert names("Hội nghị bế mạc chiều cùng ngày. Chu Thanh Mai (TTXVN)") == []
    assert names("tại phố Tràng Tiền. Hoàng Thị Yên, Đức Quý (TTXVN)\nTin khác") == []
    assert names("Đại biểu Phan Văn Sáu (Ninh Thuận) phát biểu.") == ["Phan Văn Sáu"]


def test_a_writer_between_theo_and_a_paper_closing_the_line_is_no_person() -> None:
    assert names("Ông làm Bộ trưởng đến năm 2016. Theo Tất Quang (Dân Việt)") == []
    assert names("Theo Tất Quang (Dân Việt)\nTin khác") == []
    # (a source named mid-sentence is a person)
    assert names("Theo Lê Văn Hòa (Sở Y tế), số ca bệnh giảm.") == ["Lê Văn Hòa"]


def test_a_title_abbreviation_after_theo_is_no_news_source() -> None:
    assert names("Theo ĐB Võ Văn Tường, rác chưa được thu gom.") == ["Võ Văn Tường"]
    assert names("Theo TTXVN Võ Văn Tường là phóng viên.") == []


@pytest.mark.parametrize("text", [
    "Tại sao Trường ĐH Y khoa Phạm Ngọc Lâm không tuyển sinh?",
    "Cô giáo Trường THPT Ngô Sĩ Khang đạt giải.",
    "Điểm cuối tại giao lộ Tôn Thất Đạm – Lê Văn Sỹ (quận 1).",
    "Cấm xe trên các trục đường Hoàng Sa, Trường Sa, Phạm Văn Chiêu.",
    "Họ khai thác khu đất 12 Tôn Thất Thiệp.",
    "Chị bán hàng trước số nhà 12 Lương Văn Chánh, phường 3.",
    "Voọc sống trên bán đảo Sơn Trà Hai là loài quý.",
    "Ngôi mộ nằm ở làng Hạ Đông có từ lâu.",
])
def test_places_and_schools_named_after_people_are_no_persons(text: str) -> None:
    assert names(text) == []


def test_a_rare_family_name_after_ong_needs_a_middle_name() -> None:
    assert names("Sáng nay, ông Tất Thành Cường, Phó Bí thư, phát biểu.") == ["Tất Thành Cường"]
    assert names("Bí thư tiếp ông Esteban Ruiz Moreno, Chủ tịch Quốc hội.") == []
    assert names("Ông Văn Hữu Lộc phát biểu.") == ["Văn Hữu Lộc"]
    # "Thị" after it names a woman on its own, with no "bà" before
    assert names("Trưởng ban Tổ chức Văn Thị Bạch Hà nhìn nhận.") == ["Văn Thị Bạch Hà"]


def test_family_names_added_to_the_list() -> None:
    assert all(map(is_family_name, ["Thi", "Chử", "Đậu", "Tất", "Điêu", "Lường", "Vưu"]))
    assert names("Phó Bí thư Thành ủy TP Tất Văn Cường phát biểu.") == ["Tất Văn Cường"]
    assert names("ĐB Thi Thị Tuyết Hồng cũng cho rằng.") == ["Thi Thị Tuyết Hồng"]


def _persons(text: str) -> dict[str, list[str]]:
    record = extract(Article(id="t", text=text))
    return {p.name: [record.text[e.start:e.end] for e in p.mentions] for p in record.persons}


def test_time_words_and_title_heads_are_given_names_after_ong() -> None:
    text = ("Tỉnh ủy cách chức ông Mai Xuân Sáng, chủ tịch xã. Ông Sáng đã dùng bằng giả. "
            "Ông Lê Văn Thành phát biểu. Theo ông Thành, xã cần làm rõ.")
    persons = _persons(text)
    assert persons["Mai Xuân Sáng"] == ["Mai Xuân Sáng", "Sáng"]
    assert persons["Lê Văn Thành"] == ["Lê Văn Thành", "Thành"]


def test_a_given_name_before_the_full_name_goes_to_the_full_name_after_it() -> None:
    text = ("Kỷ luật ông Thiệp\n\nNhững vi phạm của ông Thiệp rất nghiêm trọng. Ông Nguyễn Văn "
            "Thiệp, nguyên Bí thư, đã kiểm điểm. Ông Hòa thì không có mặt.")
    persons = _persons(text)
    assert persons == {"Nguyễn Văn Thiệp": ["Thiệp", "Thiệp", "Nguyễn Văn Thiệp"]}


def test_the_data_files_round_trip() -> None:
    breaks = name_breaks()
    assert {"opener", "phrase", "never", "given", "title", "place", "address", "school",
            "street"} <= set(breaks)
    assert "Liên tiếp" in breaks["phrase"] and "ĐB" in breaks["title"]
    assert all(len(p.split()) == 2 for p in breaks["phrase"])
    assert "Thành" in middle_names() and "Esteban" not in middle_names()


def test_a_caption_name_in_capitals_right_after_a_body() -> None:
    text = "Đại biểu HĐND TP Hải Phòng TRẦN VĂN KHÁNH Gắn phát triển với bảo tồn."
    body = (text.index("HĐND"), text.index(" TRẦN"))
    assert [(m.name, text[m.start:m.end]) for m in find_names(text, [body])] == [
        ("Trần Văn Khánh", "TRẦN VĂN KHÁNH")]
    assert names("Cán bộ chụp ảnh lưu niệm. Ảnh: NGUYỄN VĂN HIỀN Ngay chiều nay họ họp.") == []


def test_a_caption_name_run_into_the_next_word_is_the_name_written_elsewhere() -> None:
    persons = _persons("Cư dân gửi đơn đến ông Lê Văn Nhân Nhãn Trao đổi với phóng viên, đại "
                       "diện cư dân nói đơn đã gửi ông Lê Văn Nhân từ tháng trước.")
    assert persons == {"Lê Văn Nhân": ["Lê Văn Nhân", "Lê Văn Nhân"]}


def test_bylines_closing_an_article_are_no_persons() -> None:
    for text in ("Vụ việc đang được điều tra, làm rõ. Nguyễn Văn Ca_H. Nam, Theo Thời Đại",
                 "Vụ việc đang được điều tra, làm rõ. Lê Văn Nam, Theo Thời Đại",
                 "Bí thư nhấn mạnh. Hồ Xuân Mai - "):
        assert names(text) == [], text
    assert names("Hôm nay. Nguyễn Văn Ca phát biểu.") == ["Nguyễn Văn Ca"]


def test_a_beach_named_after_a_person_is_no_person() -> None:
    assert names("Nước thải chảy ra biển Nguyễn Tất Thành, gây mùi hôi.") == []
    assert names("Ông Trần Văn Biển phát biểu.") == ["Trần Văn Biển"]


def test_a_name_after_a_country_or_province_in_one_capitalised_run() -> None:
    assert names("Phó Chủ tịch nước CHXHCN Việt Nam Võ Thị Ánh Xuân dự.") == ["Võ Thị Ánh Xuân"]
    assert names("Trưởng đoàn ĐBQH đơn vị thành phố Đà Nẵng Nguyễn Thanh Quang dự.") \
        == ["Nguyễn Thanh Quang"]
    # a name that starts like a province stays whole
    assert names("Ông Hà Nam Trung phát biểu.") == ["Hà Nam Trung"]
    assert names("Bà Lâm Đồng Thị Mai phát biểu.") == ["Lâm Đồng Thị Mai"]
