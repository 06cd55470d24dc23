"""A body named with two provinces listed after it, the second with no level word of its own
("Bí thư Tỉnh ủy Sơn Tây, Hà Đông", "Ban Thường vụ Tỉnh ủy Nam Định, Quảng Nam và …"), is
the body of each; a province that goes on as a sentence's subject is not listed."""

from __future__ import annotations

from test_extract_people_general import run


def test_party_committee_of_two_old_provinces() -> None:
    persons, orgs, _ = run("Ông Lê Văn Tám từng là Bí thư Tỉnh ủy Sơn Tây, Hà Đông, Bộ trưởng "
                           "Bộ Y tế.")
    assert {"Tỉnh ủy Sơn Tây", "Tỉnh ủy Hà Đông"} <= orgs
    assert {("Bí thư", "Tỉnh ủy Sơn Tây"), ("Bí thư", "Tỉnh ủy Hà Đông"),
            ("Bộ trưởng", "Bộ Y tế")} <= persons["Lê Văn Tám"]


def test_standing_committees_of_two_provinces() -> None:
    _, orgs, _ = run("Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Nam Định, Quảng Nam "
                     "và Ban cán sự đảng Bộ Y tế.")
    assert {"Ban Thường vụ Tỉnh ủy Nam Định", "Ban Thường vụ Tỉnh ủy Quảng Nam"} <= orgs


def test_province_going_on_is_no_second_body() -> None:
    _, orgs, _ = run("Ông Lê Văn Tám, Bí thư Tỉnh ủy Nam Định, Quảng Nam có nhiều dự án.")
    assert "Tỉnh ủy Nam Định" in orgs
    assert "Tỉnh ủy Quảng Nam" not in orgs
