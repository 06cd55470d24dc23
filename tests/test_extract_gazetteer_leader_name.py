""""Hồ Chí Minh" after a title with no level word is the leader, not the city ("bài hát về Chủ
tịch Hồ Chí Minh"); with "TP", "TP." or "thành phố" it is the city. Sentences we wrote,
fictional people."""

from __future__ import annotations

from test_extract_people_general import run


def test_the_president_is_no_peoples_committee() -> None:
    _, orgs, _ = run("Tỉnh ủy tổ chức lễ dâng hoa. Các ca khúc viết về Chủ tịch Hồ Chí Minh và "
                     "quê hương được biểu diễn.", province="Nghệ An")
    assert "Ủy ban nhân dân thành phố Hồ Chí Minh" not in orgs
    assert "Tỉnh ủy Nghệ An" in orgs


def test_the_city_with_its_level_word_still_is_one() -> None:
    persons, _, _ = run("Ông Lê Văn Tám là Phó Chủ tịch TP Hồ Chí Minh, bà Lê Thị Hai là Phó "
                        "Chủ tịch TP.HCM, ông Trần Văn Ba là Bí thư thành phố Hồ Chí Minh.")
    assert persons["Lê Văn Tám"] == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh")}
    assert persons["Lê Thị Hai"] == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh")}
    assert persons["Trần Văn Ba"] == {("Bí thư", "Thành ủy Hồ Chí Minh")}
