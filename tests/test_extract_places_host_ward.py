"""A commune's or ward's own portal ("thaodien.tpthuduc.hochiminhcity.gov.vn") names the unit
that a bare "Đảng ủy phường" in its news belongs to; a city's portal does not. Sentences we
wrote, fictional people."""

from __future__ import annotations

from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.places_host import host_ward
from cadregraph.ingest.records import Article


def _positions(text: str, site: str) -> set[tuple[str, str]]:
    record = extract(Article(id="t", text=text, site=site))
    return {(q.role, q.body) for p in record.persons for q in p.positions}


def test_the_portal_names_its_ward() -> None:
    assert host_ward("thaodien.tpthuduc.hochiminhcity.gov.vn", "Hồ Chí Minh", "phường") \
        == "Thảo Điền"
    assert host_ward("chilangnam1.thanhmien.haiduong.gov.vn", "Hải Dương", "xã") \
        == "Chi Lăng Nam"
    assert host_ward("thaodien.tpthuduc.hochiminhcity.gov.vn", "Hồ Chí Minh", "xã") is None
    assert host_ward("baoangiang.com.vn", "An Giang", "phường") is None
    # the city's portal: "longxuyen" is the city, not the ward named Long Xuyên since 2025
    assert host_ward("longxuyen.angiang.gov.vn", "An Giang", "phường") is None


def test_bare_ward_committee_takes_the_portals_ward() -> None:
    text = ("Đảng ủy phường tổ chức hội nghị sơ kết. Phát biểu tại hội nghị, đồng chí Lê Văn "
            "Tâm - Thành ủy viên, Bí thư Đảng ủy phường đánh giá kết quả 6 tháng đầu năm của "
            "Thành phố Hồ Chí Minh.")
    assert ("Bí thư", "Đảng ủy phường Thảo Điền") in _positions(
        text, "thaodien.tpthuduc.hochiminhcity.gov.vn")
    assert not any("Thảo Điền" in body for _, body in _positions(text, "tuoitre.vn"))
