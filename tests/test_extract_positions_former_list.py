""""nguyên" before the first of titles listed with commas reaches them all ("nguyên Bí thư
Thành ủy, Chủ tịch HĐND thành phố"), but not a title joined with "và" and said to be held now.
Short sentences we wrote, fictional people."""

from __future__ import annotations

from test_extract_positions_before_then import former_flags


def test_nguyen_reaches_the_titles_listed_after_it() -> None:
    held = former_flags("Ông Lý Văn Sự, nguyên Bí thư Thành ủy, Chủ tịch HĐND TP Hội An, cho "
                        "biết như vậy.")["Lý Văn Sự"]
    assert held[("Bí thư", "Thành ủy Hội An")] is True
    assert held[("Chủ tịch", "Hội đồng nhân dân thành phố Hội An")] is True
    # a title held now, before a former one, stays current
    held = former_flags("Bà Mạc Thị Hoa, Giám đốc Sở Y tế tỉnh Bến Tre, nguyên Bí thư Huyện ủy "
                        "Ba Tri, phát biểu.")["Mạc Thị Hoa"]
    assert held[("Giám đốc", "Sở Y tế tỉnh Bến Tre")] is False
    assert held[("Bí thư", "Huyện ủy Ba Tri")] is True


def test_a_former_post_in_an_apposition_does_not_reach_the_verb_s_post() -> None:
    held = former_flags("Hội nghị đã bầu ông Đinh Văn Dũng, nguyên Bí thư Huyện ủy Vạn Ninh, "
                        "giữ chức Chủ tịch Liên minh Hợp tác xã tỉnh Khánh Hòa.")["Đinh Văn Dũng"]
    assert held[("Chủ tịch", "Liên minh Hợp tác xã tỉnh Khánh Hòa")] is False
    assert held[("Bí thư", "Huyện ủy Vạn Ninh")] is True
