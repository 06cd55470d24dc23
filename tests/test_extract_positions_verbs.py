"""Taking up a post, told with the verbs of a handover ("nhận nhiệm vụ", "nhậm chức",
"trở thành"): the post after the verb is the person's (short sentences we wrote, fictional
people)."""

from __future__ import annotations

from test_extract_people_general import run


def test_nhan_nhiem_vu_gives_the_post() -> None:
    persons, _, _ = run("Sáng nay, Thành ủy trao quyết định cho ông Lương Văn Khải nhận nhiệm "
                        "vụ Bí thư Quận ủy Gò Vấp.", province="Hồ Chí Minh")
    assert ("Bí thư", "Quận ủy Gò Vấp") in persons["Lương Văn Khải"]


def test_nham_chuc_and_tro_thanh_give_the_post() -> None:
    persons, _, _ = run("Bà Đào Thị Mến chính thức nhậm chức Giám đốc Sở Y tế tỉnh Bến Tre. "
                        "Ông Hà Quang Lộc, 45 tuổi, trở thành tân Phó Bí thư Tỉnh ủy Trà Vinh.")
    assert ("Giám đốc", "Sở Y tế tỉnh Bến Tre") in persons["Đào Thị Mến"]
    assert ("Phó Bí thư", "Tỉnh ủy Trà Vinh") in persons["Hà Quang Lộc"]


def test_a_handover_verb_does_not_reach_past_another_person() -> None:
    persons, _, _ = run("Ông Lương Văn Khải trao quyết định cho ông Tạ Minh Hòa nhận nhiệm vụ "
                        "Chánh Văn phòng Tỉnh ủy Bến Tre.")
    assert ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Bến Tre") in persons["Tạ Minh Hòa"]
    assert not persons.get("Lương Văn Khải")
