"""The land fund centre ("Trung tâm Phát triển quỹ đất") named bare is the province's (a unit of
its Sở Tài nguyên và Môi trường); named with a district it is the district's. Sentences we
wrote (fictional people, real kinds of body)."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_bare_land_fund_centre_is_the_provinces() -> None:
    persons, _, _ = run("Cán bộ Sở Tài nguyên và Môi trường như ông Trương Văn Tư (nguyên Giám "
                        "đốc Trung tâm Phát triển quỹ đất); ông Võ Văn Năm, Giám đốc Trung tâm "
                        "Phát triển quỹ đất huyện Củ Chi, bị phê bình.", province="Hồ Chí Minh")
    assert persons["Trương Văn Tư"] == {
        ("Giám đốc", "Trung tâm Phát triển quỹ đất thành phố Hồ Chí Minh")}
    assert persons["Võ Văn Năm"] == {("Giám đốc", "Trung tâm Phát triển quỹ đất huyện Củ Chi")}
