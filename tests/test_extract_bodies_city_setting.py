"""A provincial department named bare before any province is, after a centrally-run city's
council ("kỳ họp HĐND TP Hồ Chí Minh …, Giám đốc Sở Xây dựng"), is that city's, though the
neighbour the story blames is named more often later; a city named only as where something
happens ("Tại Hà Nội") places nothing."""

from __future__ import annotations

from test_extract_people_general import run

_BLAME = (" Nước thải chủ yếu từ Bình Dương. Bình Dương hứa xử lý trong năm. Tỉnh Bình Dương"
          " đã ghi vốn. Bình Dương sẽ hoàn thành hệ thống thu gom.")


def test_bare_department_after_a_city_council_is_the_city_s() -> None:
    persons, orgs, _ = run("Tại kỳ họp HĐND TP Hồ Chí Minh sáng 5-7, Giám đốc Sở Xây dựng Lê "
                           "Văn Tám đã giải trình." + _BLAME)
    assert ("Giám đốc", "Sở Xây dựng thành phố Hồ Chí Minh") in persons["Lê Văn Tám"]
    assert "Sở Xây dựng tỉnh Bình Dương" not in orgs


def test_city_named_as_a_venue_places_nothing() -> None:
    persons, _, _ = run("Tại Hà Nội, Giám đốc Sở Xây dựng Lê Văn Tám đã báo cáo." + _BLAME)
    assert ("Giám đốc", "Sở Xây dựng tỉnh Bình Dương") in persons["Lê Văn Tám"]

