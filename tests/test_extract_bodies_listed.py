"""Bodies listed together share their unit: "Tỉnh ủy, HĐND, UBND tỉnh" (the level word after
the last), "Tỉnh ủy, HĐND, UBND tổ chức …" (the party committee's unit), but not "HĐND, UBND
các xã" nor "HĐND, UBND tỉnh, thành phố" (many units). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_councils_take_the_level_word_after_the_last() -> None:
    _, orgs, _ = run("Sáng 23/6, Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố tổ chức "
                     "lễ kỷ niệm.", province="Hải Phòng")
    assert {"Thành ủy Hải Phòng", "Hội đồng nhân dân thành phố Hải Phòng",
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng"} <= orgs


def test_councils_after_a_party_committee_are_its_units() -> None:
    _, orgs, _ = run("Giám đốc Công an tỉnh cảm ơn lãnh đạo Tỉnh ủy, HĐND, UBND, các sở, ban, "
                     "ngành.", province="Sóc Trăng")
    assert {"Tỉnh ủy Sóc Trăng", "Hội đồng nhân dân tỉnh Sóc Trăng",
            "Ủy ban nhân dân tỉnh Sóc Trăng"} <= orgs
    _, orgs, _ = run("Thành ủy Long Xuyên, HĐND, UBND tổ chức họp mặt.", province="An Giang")
    assert {"Hội đồng nhân dân thành phố Long Xuyên",
            "Ủy ban nhân dân thành phố Long Xuyên"} <= orgs


def test_councils_of_many_units_take_no_place() -> None:
    _, orgs, _ = run("Tỉnh ủy, HĐND, UBND các huyện tổ chức lễ.", province="Sóc Trăng")
    assert orgs == {"Tỉnh ủy Sóc Trăng"}
    _, orgs, _ = run("Trên 95% cán bộ chủ chốt Tỉnh ủy, HĐND, UBND tỉnh, thành phố đã qua luân "
                     "chuyển.", province="Sóc Trăng")
    assert "Hội đồng nhân dân tỉnh Sóc Trăng" not in orgs


def test_a_counted_body_is_no_body_of_the_next_ones_place() -> None:
    _, orgs, _ = run("Cụ thể: Đảng bộ phường Hòa An 8 Chi bộ; Đảng bộ phường Hòa Bắc 4 Chi bộ "
                     "và Đảng bộ phường Hòa Minh 1 Chi bộ.", province="Đà Nẵng")
    assert orgs == {"Đảng bộ phường Hòa An", "Đảng bộ phường Hòa Bắc", "Đảng bộ phường Hòa Minh"}
    _, orgs, _ = run("Ngày 3/4, Đảng ủy, HĐND, UBND phường Mỹ Quý tổ chức lễ.", province="An Giang")
    assert "Đảng ủy phường Mỹ Quý" in orgs


def test_bodies_joined_by_dashes_share_their_unit() -> None:
    _, orgs, _ = run("Sáng 5/9, tại xã Tân Hiệp, Đảng ủy - HĐND - UBND - UBMTTQ xã tổ chức lễ "
                     "khai giảng. Tỉnh ủy- HĐND- UBND tặng quà.", province="An Giang")
    assert {"Đảng ủy xã Tân Hiệp", "Hội đồng nhân dân xã Tân Hiệp",
            "Ủy ban nhân dân xã Tân Hiệp", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hiệp",
            "Tỉnh ủy An Giang", "Hội đồng nhân dân tỉnh An Giang",
            "Ủy ban nhân dân tỉnh An Giang"} <= orgs
