"""Provinces, districts and 2025 mergers as linking reads them (from vietnamadminunits)."""

from cadregraph.ingest.link.geo import body_place, expand, provinces_in_text, successor


def test_body_levels_and_provinces() -> None:
    assert body_place("Tỉnh ủy Quảng Trị").level == "province"
    dong_ha = body_place("Thành ủy Đông Hà")
    assert (dong_ha.level, dong_ha.provinces) == ("district", frozenset({"Quảng Trị"}))
    assert body_place("Ủy ban nhân dân quận 1").provinces == frozenset({"Hồ Chí Minh"})
    assert body_place("Ban Chấp hành Trung ương Đảng").level == "national"
    assert body_place("Đảng ủy phường Mỹ Thới").level == "commune"


def test_shared_district_names_need_the_article_province() -> None:
    assert body_place("Huyện ủy Châu Thành").provinces == frozenset()
    hinted = body_place("Huyện ủy Châu Thành", frozenset({"Long An"}))
    assert hinted.provinces == frozenset({"Long An"})


def test_mergers() -> None:
    assert successor("Bình Dương") == "Hồ Chí Minh"
    assert expand("An Giang", after_merger=True) == frozenset({"An Giang", "Kiên Giang"})
    assert expand("An Giang", after_merger=False) == frozenset({"An Giang"})


def test_provinces_in_running_text_skip_ordinary_words() -> None:
    text = "Ông sinh ở tỉnh Long An, nhà trên đường Nguyễn Thái Bình, vì hòa bình; về TP.HCM."
    assert provinces_in_text(text) == {"Long An", "Hồ Chí Minh"}


def test_provinces_in_text_reads_capitals_not_the_presidents_name() -> None:
    from cadregraph.ingest.link.geo import provinces_in_text

    # "ở" lies in the Unicode block where capitals and small letters alternate.
    assert provinces_in_text("học tập phong cách Hồ Chí Minh ở An Giang") == {"An Giang"}
    assert provinces_in_text("Thành ủy TP. Hồ Chí Minh họp") == {"Hồ Chí Minh"}
    assert provinces_in_text("UBND TP Hồ Chí Minh và UBND Tỉnh Hòa Bình") == {"Hồ Chí Minh",
                                                                             "Hòa Bình"}
    assert provinces_in_text("mong muốn hòa bình") == set()
