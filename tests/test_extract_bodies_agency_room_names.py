"""Rooms only a provincial agency has ("Phòng Tài nguyên nước", "Phòng Kế hoạch - Tài chính",
written also "Kế hoạch Tài chính") are read by name (`departments.tsv`), join the Sở named in
their sentence, and never take a district's place (`agency_rooms.txt`): a career's "Phó phòng
Kế hoạch tài chính" after a town is named is no room of that town. Sentences we wrote."""

from __future__ import annotations

from cadregraph.ingest.extract.bodies_rooms import agency_room
from test_extract_people_general import run


def test_agency_rooms_join_the_department_in_their_sentence() -> None:
    persons, _, _ = run("Đảng ủy Sở Tài nguyên và Môi trường tỉnh Gia Lai đã cách chức ông Cao "
                        "Văn Tư, Trưởng phòng Tài nguyên nước; khiển trách ông Hà Văn Năm, Phó "
                        "phòng Kế hoạch Tài chính.", province="Gia Lai")
    sở = "Sở Tài nguyên và Môi trường tỉnh Gia Lai"
    assert persons["Cao Văn Tư"] == {("Trưởng phòng", f"Phòng Tài nguyên nước {sở}")}
    assert persons["Hà Văn Năm"] == {("Phó Trưởng phòng", f"Phòng Kế hoạch - Tài chính {sở}")}


def test_an_agency_room_takes_no_district() -> None:
    persons, orgs, _ = run("Ông Lò Văn Sáu sống ở thành phố Pleiku. Năm 1997 ông chuyển sang Phó "
                           "phòng Kế hoạch tài chính.", province="Gia Lai")
    assert not any(name.startswith("Phòng Kế hoạch") for name in orgs)
    assert agency_room("Phòng Tài nguyên nước") and not agency_room("Phòng Tài chính - Kế hoạch")
