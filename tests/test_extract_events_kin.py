"""A person named as someone's relative is the matter of the story, not one who sat at the
meeting; a family visited receives its visitors."""

from __future__ import annotations

from test_extract_events_general import _events


def _who(text: str, names: tuple[str, ...]) -> list[tuple[str | None, list[str]]]:
    return [(date, who) for _, date, who in _events(text, "2017-06-30", names)]


def test_a_relative_named_through_the_kinship_is_no_participant() -> None:
    text = ("Chiều 27/6, đoàn thanh tra do ông Lê Văn Tâm làm trưởng đoàn đã công bố quyết định "
            "thanh tra tài sản của ông Hà Văn Quang, em trai của Bí thư Tỉnh ủy Trần Thị Lan.")
    assert _who(text, ("Lê Văn Tâm", "Trần Thị Lan")) == [("2017-06-27", ["Lê Văn Tâm"])]


def test_a_wife_named_as_such_is_no_participant_but_a_family_visited_receives() -> None:
    text = ("Chiều 27/6, ông Lê Văn Tâm công bố quyết định thanh tra tài sản của ông Hà Văn "
            "Quang và vợ là bà Đỗ Thị Huệ.")
    assert _who(text, ("Lê Văn Tâm", "Đỗ Thị Huệ")) == [("2017-06-27", ["Lê Văn Tâm"])]
    visit = "Sáng 27/6, ông Lê Văn Tâm đến thăm, tặng quà gia đình ông Hà Văn Quang."
    assert _who(visit, ("Lê Văn Tâm", "Hà Văn Quang")) == [
        ("2017-06-27", ["Lê Văn Tâm", "Hà Văn Quang"])]


def test_a_leaders_wife_at_his_side_is_named_as_his_companion_not_kin() -> None:
    text = ("Sáng 20/6, Chủ tịch nước Lê Văn Tâm và Phu nhân Trần Thị Lan dự lễ kỷ niệm.")
    assert _who(text, ("Lê Văn Tâm", "Trần Thị Lan")) == [
        ("2017-06-20", ["Lê Văn Tâm", "Trần Thị Lan"])]
