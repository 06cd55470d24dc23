"""A festival, monument, memorial, theatre, library, stadium, avenue, hospital or university
named after a person is no mention of that person ("Lễ hội Nguyễn Trung Trực", "Bệnh viện
Nguyễn Tri Phương"); a head named after the institution's word with a title before it is
("Giám đốc bệnh viện …" keeps its name), and so is a name after an honorific ("Nhà tưởng niệm
đồng chí …"). Short sentences we wrote (fictional people, real kinds of places)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_lexicon import name_breaks


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_venues_named_after_a_person_are_no_person() -> None:
    assert {"lễ hội", "tượng đài", "bệnh viện", "đại lộ"} <= set(name_breaks()["place"])
    for text in ("Lễ hội Lê Văn Tám năm nay thu hút đông du khách.",
                 "Đoàn dâng hoa tại Tượng đài Trần Văn Khoa ở trung tâm tỉnh.",
                 "Đoàn dâng hương tại Khu lưu niệm Nguyễn Văn Sắc.",
                 "Nhà hát Trần Hữu Tâm biểu diễn vở mới.",
                 "Thư viện Lê Quý Hòa khai trương.",
                 "Sân vận động Phạm Văn Đức được sửa chữa.",
                 "Đại lộ Võ Văn Kha được mở rộng.",
                 "Bệnh viện Nguyễn Tri Hòa tiếp nhận 20 bệnh nhân.",
                 "Đại học Tôn Đức Bình tổ chức lễ tốt nghiệp."):
        assert _names(text) == [], text


def test_a_head_or_an_honorific_before_the_name_keeps_the_person() -> None:
    assert _names("Trưởng khoa bệnh viện Nguyễn Văn Hòa cho biết.") == ["Nguyễn Văn Hòa"]
    assert _names("Giám đốc Nhà hát Trần Văn Bình phát biểu.") == ["Trần Văn Bình"]
    assert _names("Đoàn viếng Nhà tưởng niệm đồng chí Lê Văn Tám ở xã Tân Lập.") \
        == ["Lê Văn Tám"]
    # and the venues' words stay no person before a name of another kind
    assert _names("Lễ hội Nguyễn Văn Lâm thu hút du khách.") == []


def test_a_lake_is_no_person() -> None:
    # "Hồ" is a lake as well as a family name: "Hồ Gươm" and "Hồ Tây" are Hà Nội's lakes
    assert _names("Du khách đi dạo quanh Hồ Gươm và Hồ Tây vào cuối tuần.") == []
    assert _names("Ông Hồ Văn Tây, Phó Chủ tịch UBND xã, phát biểu.") == ["Hồ Văn Tây"]
