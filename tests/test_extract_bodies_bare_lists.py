"""A list of bare bodies led by "Đảng ủy" in a commune's news ("đại diện lãnh đạo Đảng ủy - HĐND -
UBND") names the commune's committee and councils; not when many units follow ("Đảng ủy,
HĐND, UBND các xã"). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_bare_dash_list_led_by_the_party_committee_is_the_commune_s() -> None:
    _, orgs, _ = run("Sáng 10/4, tại xã Long Hòa, huyện Bến Cầu, Ủy ban MTTQ Việt Nam xã tổ chức "
                     "đại hội. Dự có đại diện lãnh đạo Đảng Ủy- HĐND- UBND cùng các ban ngành.",
                     province="Tây Ninh")
    assert {"Đảng ủy xã Long Hòa", "Hội đồng nhân dân xã Long Hòa",
            "Ủy ban nhân dân xã Long Hòa"} <= orgs


def test_bare_list_before_many_units_is_no_one_s() -> None:
    _, orgs, _ = run("Tại xã Long Hòa, lãnh đạo Đảng ủy, HĐND, UBND các xã dự họp.",
                     province="Tây Ninh")
    assert "Hội đồng nhân dân xã Long Hòa" not in orgs
    assert "Ủy ban nhân dân xã Long Hòa" not in orgs
