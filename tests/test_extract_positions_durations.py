"""A career told in durations: "ông A có 20 năm công tác tại X; 3 năm làm Phó Bí thư Tỉnh ủy
Y" — the item after the semicolon opens with its own duration and verb, and its post is A's,
held before when the sentence tells of the past."""

from __future__ import annotations

from test_extract_people_general import run
from test_extract_positions_before_then import former_flags


def test_post_after_a_duration_item_is_the_subjects() -> None:
    text = ("Ông Nguyễn Văn Hải được phân công làm Bí thư Tỉnh ủy Bình Định. Trước đó, ông Hải "
            "có 20 năm công tác tại Tổng công ty Sông Đà; 3 năm làm Phó Bí thư Tỉnh ủy Phú Yên.")
    persons, _, _ = run(text)
    assert ("Phó Bí thư", "Tỉnh ủy Phú Yên") in persons["Nguyễn Văn Hải"]
    assert former_flags(text)["Nguyễn Văn Hải"][("Phó Bí thư", "Tỉnh ủy Phú Yên")] is True
