"""A leader whose full name is also a place ("Hồ Chí Minh") is a person right after a cue
("Chủ tịch", "Bác", "lãnh tụ": `leader_names.tsv`) and the city everywhere else; "ông Minh" is
never that leader. Short sentences we wrote (fictional officials)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.names_leaders import leader_names, leader_spans
from test_extract_events_general import _events
from test_extract_people_general import run


def test_the_data_row_round_trips() -> None:
    assert "Hồ Chí Minh" in leader_names()
    text = "Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh."
    assert [(text[a:b], name) for a, b, name in leader_spans(text)] \
        == [("Hồ Chí Minh", "Hồ Chí Minh")]


def test_the_leader_after_a_cue_and_the_city_elsewhere() -> None:
    persons, _, _ = run("Lãnh đạo thành phố tưởng niệm Chủ tịch Hồ Chí Minh tại Bảo tàng Hồ Chí "
                        "Minh. Ông Trần Văn Lộc, Chủ tịch UBND TP Hồ Chí Minh dự lễ.")
    assert persons == {"Hồ Chí Minh": set(),
                       "Trần Văn Lộc": {("Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh")}}
    assert [m.name for m in find_names("Bảo tàng Hồ Chí Minh mở cửa; TP Hồ Chí Minh đón "
                                       "khách.", [])] == []


def test_a_given_name_mention_is_not_the_leader() -> None:
    persons, _, _ = run("Ông Nguyễn Văn Minh, Bí thư Quận ủy Quận 4 dự lễ tưởng niệm Chủ tịch Hồ "
                        "Chí Minh. Ông Minh được bầu làm Chủ tịch HĐND Quận 4.")
    assert persons["Hồ Chí Minh"] == set()
    assert persons["Nguyễn Văn Minh"] == {("Bí thư", "Quận ủy Quận 4"),
                                          ("Chủ tịch", "Hội đồng nhân dân Quận 4")}


def test_a_leader_of_history_attends_no_meeting() -> None:
    text = ("Sáng 19/5, tại hội nghị Tỉnh ủy, ông Đinh Văn Khải nhắc lại lời dạy của Chủ tịch "
            "Hồ Chí Minh.")
    [(_, _, who)] = _events(text, "2024-05-19", ("Đinh Văn Khải", "Hồ Chí Minh"))
    assert who == ["Đinh Văn Khải"]


def test_a_leader_of_history_holds_no_post_a_bare_title_gives() -> None:
    # the bare "Chủ tịch" before his name would be read as the one of the body named before
    persons, _, _ = run("Bí thư Thành ủy tiếp Chủ tịch Quốc hội Cuba. Chủ tịch Quốc hội Cuba nhắc "
                        "lại mối quan hệ đã được cựu Chủ tịch Fidel Castro và Chủ tịch Hồ Chí Minh "
                        "gây dựng.")
    assert persons["Hồ Chí Minh"] == set()
