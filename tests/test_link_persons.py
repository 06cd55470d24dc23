"""Linking persons across articles on evidence (records written here, not corpus text)."""

from cadregraph.ingest.link import link_batch
from cadregraph.ingest.link.judgements import Judgement, Judgements
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position


def record(aid: str, text: str, published: str | None,
           persons: list[tuple[str, list[tuple[str, str]]]]) -> ArticleRecord:
    return ArticleRecord(
        article=Article(id=aid, text=text, published=published), text=text,
        persons=[Person(name=n, positions=[Position(role=r, body=b) for r, b in posts])
                 for n, posts in persons])


def entities(records: list[ArticleRecord]) -> dict[str, str | None]:
    return {f"{r.id}/{p.name}": p.entity for r in records for p in r.persons}


def test_homonyms_in_unrelated_provinces_are_split() -> None:
    recs = [
        record("a1", "Ông Nguyễn Văn Hùng làm Bí thư Tỉnh ủy Quảng Trị.", "2015-09-24",
               [("Nguyễn Văn Hùng", [("Bí thư", "Tỉnh ủy Quảng Trị")])]),
        record("a2", "Ông Nguyễn Văn Hùng làm Chủ tịch UBND tỉnh Kon Tum.", "2014-01-02",
               [("Nguyễn Văn Hùng", [("Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")])]),
        record("a3", "Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị, dự lễ.", "2016-03-01",
               [("Nguyễn Văn Hùng", [("Bí thư", "Tỉnh ủy Quảng Trị")])]),
    ]
    link_batch(recs)
    e = entities(recs)
    assert e["a1/Nguyễn Văn Hùng"] == e["a3/Nguyễn Văn Hùng"]
    assert e["a1/Nguyễn Văn Hùng"] != e["a2/Nguyễn Văn Hùng"]
    assert all(e.values())


def test_province_to_its_merged_successor_after_2025() -> None:
    recs = [
        record("b1", "Ông Võ Văn Minh làm Chủ tịch UBND tỉnh Bình Dương.", "2021-07-06",
               [("Võ Văn Minh", [("Chủ tịch", "Ủy ban nhân dân tỉnh Bình Dương")])]),
        record("b2", "Ông Võ Văn Minh, Chủ tịch HĐND TP.HCM, phát biểu.", "2025-08-08",
               [("Võ Văn Minh", [("Chủ tịch", "Hội đồng nhân dân Thành phố Hồ Chí Minh")])]),
        record("b3", "Ông Võ Văn Minh làm Chủ tịch UBND tỉnh Cà Mau.", "2021-07-06",
               [("Võ Văn Minh", [("Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")])]),
    ]
    link_batch(recs)
    e = entities(recs)
    assert e["b1/Võ Văn Minh"] == e["b2/Võ Văn Minh"] != e["b3/Võ Văn Minh"]


def test_birth_years_split_and_accent_slips_merge() -> None:
    recs = [
        record("c1", "Ông Trần Văn Nam sinh năm 1963, Bí thư Tỉnh ủy Bình Dương.", "2020-10-15",
               [("Trần Văn Nam", [("Bí thư", "Tỉnh ủy Bình Dương")])]),
        record("c2", "Ông Trần Văn Nam sinh năm 1928, quê Bình Dương.", None,
               [("Trần Văn Nam", [])]),
        record("c3", "Ông Vương Bình Thạnh, Chủ tịch UBND tỉnh An Giang.", "2016-01-05",
               [("Vương Bình Thạnh", [("Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")])]),
        record("c4", "Ông Vương Bình Thành, Chủ tịch UBND tỉnh An Giang.", "2016-02-05",
               [("Vương Bình Thành", [("Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")])]),
    ]
    linking = link_batch(recs)
    e = entities(recs)
    assert e["c1/Trần Văn Nam"] != e["c2/Trần Văn Nam"]
    assert e["c3/Vương Bình Thạnh"] == e["c4/Vương Bình Thành"]
    assert linking.entities[e["c3/Vương Bình Thạnh"]].name in {"Vương Bình Thạnh",
                                                               "Vương Bình Thành"}
    kept_apart = [d for d in linking.entities[e["c1/Trần Văn Nam"]].cluster.decisions
                  if not d.merged]
    assert any("born 1963 vs 1928" in r for d in kept_apart for r in d.reasons)


def test_judgements_override_the_evidence() -> None:
    recs = [
        record("d1", "Ông Lê Văn Tư làm Giám đốc Sở Nội vụ tỉnh An Giang.", "2020-01-01",
               [("Lê Văn Tư", [("Giám đốc", "Sở Nội vụ tỉnh An Giang")])]),
        record("d2", "Ông Lê Văn Tư làm Giám đốc Sở Nội vụ tỉnh An Giang.", "2020-06-01",
               [("Lê Văn Tư", [("Giám đốc", "Sở Nội vụ tỉnh An Giang")])]),
        record("d3", "Ông Lê Văn Tư làm Chủ tịch UBND tỉnh Sơn La.", "2020-06-01",
               [("Lê Văn Tư", [("Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")])]),
    ]
    link_batch(recs)
    e = entities(recs)
    assert e["d1/Lê Văn Tư"] == e["d2/Lê Văn Tư"] != e["d3/Lê Văn Tư"]
    judged = Judgements.resolve([
        Judgement("d1|Lê Văn Tư", "d2|Lê Văn Tư", "not_same", "lan", "2026-01-01"),
        Judgement("d1|Lê Văn Tư", "d3|Lê Văn Tư", "same", "lan", "2026-01-01"),
    ])
    link_batch(recs, judged)
    e = entities(recs)
    assert e["d1/Lê Văn Tư"] == e["d3/Lê Văn Tư"] != e["d2/Lê Văn Tư"]


def test_linking_is_independent_of_input_order() -> None:
    def build() -> list[ArticleRecord]:
        return [record(f"e{i}", "Ông Phan Văn Mãi dự họp.", f"2020-01-0{i}",
                       [("Phan Văn Mãi", [("Bí thư", f"Tỉnh ủy {p}")])])
                for i, p in enumerate(["Bến Tre", "Bến Tre", "Sơn La"], 1)]
    first, second = build(), build()[::-1]
    link_batch(first)
    link_batch(second)
    assert entities(first) == entities(second)


def test_retired_person_is_not_a_later_office_holder() -> None:
    recs = [
        record("f1", "HĐND huyện miễn nhiệm Trưởng ban Pháp chế đối với ông Lê Văn Bảy do nghỉ "
               "hưu.", "2018-09-04",
               [("Lê Văn Bảy", [("Trưởng ban", "Ban Pháp chế Hội đồng nhân dân huyện Thủ Thừa")])]),
        record("f2", "Ông Lê Văn Bảy, Phó Giám đốc Sở Nội vụ tỉnh Long An, trao quyết định nghỉ "
               "hưu cho ông Trần Văn Tám.", "2022-03-01",
               [("Lê Văn Bảy", [("Phó Giám đốc", "Sở Nội vụ tỉnh Long An")]),
                ("Trần Văn Tám", [])]),
    ]
    linking = link_batch(recs)
    e = entities(recs)
    assert e["f1/Lê Văn Bảy"] != e["f2/Lê Văn Bảy"]
    kept = linking.entities[e["f1/Lê Văn Bảy"]].cluster.decisions
    assert any("retired or died by 2018" in r for d in kept for r in d.reasons)


def test_gender_cues_split_alike_names() -> None:
    recs = [
        record("g1", "Bà Lê Thị Hà, Phó Chủ tịch UBND tỉnh Sơn La.", "2020-01-01",
               [("Lê Thị Hà", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")])]),
        record("g2", "Ông Lê Thi Hà, Phó Chủ tịch UBND tỉnh Sơn La.", "2020-02-01",
               [("Lê Thi Hà", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")])]),
    ]
    recs[1].persons[0].gender = "male"
    link_batch(recs)
    e = entities(recs)
    assert e["g1/Lê Thị Hà"] != e["g2/Lê Thi Hà"]
