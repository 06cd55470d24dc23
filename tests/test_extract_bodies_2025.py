"""Bodies of the 2025 reorganisation, as data rows of `bodies.tsv`: the party committee of a
province's National Assembly delegation and People's Council, and the National Assembly's
"Ủy ban Công tác đại biểu" (the former Ban). Sentences we wrote."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article
from test_extract_people_general import run


def test_party_committee_of_the_delegation_and_council_is_one_body() -> None:
    persons, orgs, _ = run("Ông Trần Văn Sang, Phó Bí thư Đảng ủy Đoàn ĐBQH và HĐND tỉnh Kiên "
                           "Giang, trình tờ trình.", province="Kiên Giang")
    body = "Đảng ủy Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Kiên Giang"
    assert body in orgs
    assert ("Phó Bí thư", body) in persons["Trần Văn Sang"]
    _, orgs, _ = run("Đảng bộ Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lai Châu tổ chức "
                     "đại hội.", province="Lai Châu")
    assert "Đảng bộ Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lai Châu" in orgs


def test_delegation_and_council_without_a_party_are_two_bodies() -> None:
    _, orgs, _ = run("Đoàn ĐBQH và HĐND tỉnh Lai Châu tổ chức tiếp xúc cử tri.",
                     province="Lai Châu")
    assert {"Đoàn đại biểu Quốc hội tỉnh Lai Châu", "Hội đồng nhân dân tỉnh Lai Châu"} <= orgs


def test_the_assembly_s_committee_for_deputies() -> None:
    persons, orgs, _ = run("Bà Lê Thị Hoa, Phó Chủ nhiệm Ủy ban Công tác đại biểu, dự hội nghị.",
                           province="Lai Châu")
    assert "Ủy ban Công tác đại biểu của Quốc hội" in orgs
    assert ("Phó Chủ nhiệm", "Ủy ban Công tác đại biểu của Quốc hội") in persons["Lê Thị Hoa"]


def test_office_of_the_delegation_and_council_in_mixed_spelling() -> None:
    _, orgs, _ = run("Ông Phạm Văn Lâm công tác tại Văn phòng Đoàn đại biểu Quốc hội và HĐND "
                     "tỉnh Bình Định.", province="Bình Định")
    assert orgs == {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Bình Định"}


def test_office_of_council_and_committee_in_mixed_spelling() -> None:
    _, orgs, _ = run("Bà Đỗ Thị Thu, Chánh Văn phòng HĐND - UBND huyện Tân Hiệp, và ông Lý Văn "
                     "Hòa, Phó Chánh Văn phòng Hội đồng nhân dân và UBND xã Tân Hòa, dự họp.",
                     province="Kiên Giang")
    assert {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tân Hiệp",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Hòa"} <= orgs


def test_bare_provincial_bodies_of_hue_before_2025_are_thua_thien_hue_s() -> None:
    _, orgs, _ = run("Ban cán sự đảng ƯBND tỉnh báo cáo. Sở Tài chính cho biết. Tỉnh ủy chỉ đạo. "
                     "UBND thành phố Huế họp.", province="Huế")
    assert {"Ban cán sự đảng Ủy ban nhân dân tỉnh Thừa Thiên Huế",
            "Sở Tài chính tỉnh Thừa Thiên Huế", "Tỉnh ủy Thừa Thiên Huế",
            "Ủy ban nhân dân thành phố Huế"} <= orgs
    text = "Sở Tài chính cho biết."
    article = Article(id="t", text=text, province="Huế", published="2025-09-01")
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    assert {o.name for o in extract_people(context)[1]} == {"Sở Tài chính thành phố Huế"}
