"""District names linking reads: a level word written twice, districts dissolved before the
gazetteer's snapshot (records and sentences written here, not corpus text)."""

from pathlib import Path

from cadregraph.ingest.link import link_batch
from cadregraph.ingest.link.geo import body_place
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position

TABLE = Path(__file__).resolve().parents[1] / "ingest" / "link" / "former_districts.tsv"


def test_level_word_written_twice() -> None:
    place = body_place("Quận ủy Quận 1")
    assert (place.level, place.provinces, place.district) == (
        "district", frozenset({"Hồ Chí Minh"}), "1")
    assert body_place("Thành ủy Thành phố Thủ Đức").provinces == frozenset({"Hồ Chí Minh"})
    # A level word inside a room's name ("Quản lý") is passed over for the district's.
    assert body_place("Phòng Quản lý đô thị Quận 9").provinces == frozenset({"Hồ Chí Minh"})
    assert body_place("Huyện ủy Quan Hóa").provinces == frozenset({"Thanh Hóa"})
    # A centrally-run city after the level word stays a province.
    assert body_place("Thành ủy Thành phố Hồ Chí Minh").level == "province"


def test_every_former_district_row_is_read() -> None:
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert rows
    for district, province, *_ in rows:
        assert province in body_place(f"Huyện ủy {district}", frozenset({province})).provinces
    assert body_place("Công an Quận 2").provinces == frozenset({"Hồ Chí Minh"})
    assert body_place("Huyện ủy Hoành Bồ").provinces == frozenset({"Quảng Ninh"})


def _record(aid: str, name: str, role: str, body: str, text: str) -> ArticleRecord:
    return ArticleRecord(article=Article(id=aid, text=text, published=None), text=text,
                         persons=[Person(name=name, positions=[Position(role=role, body=body)])])


def test_a_dissolved_district_places_its_secretary() -> None:
    recs = [
        _record("q1", "Lê Văn Khải", "Bí thư", "Quận ủy Quận 9",
                "Tại TP.HCM, Bí thư Quận ủy Quận 9 Lê Văn Khải báo cáo."),
        _record("q2", "Lê Văn Khải", "Trưởng ban",
                "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội",
                "Ông Lê Văn Khải, Trưởng ban Pháp chế HĐND TP Hà Nội, cho biết; TP.HCM cũng vậy."),
    ]
    link_batch(recs)
    assert recs[0].persons[0].entity and recs[1].persons[0].entity
    assert recs[0].persons[0].entity != recs[1].persons[0].entity
