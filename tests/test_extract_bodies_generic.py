"""A body named as a kind ("HĐND các cấp", "UBKT các cấp", "các Tỉnh ủy, Thành ủy", "các tỉnh
đoàn, thành đoàn") is no body of the article's place; one named with its place, or "cùng cấp
ủy" (the party committees), is. Sentences we wrote."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.bodies import read_body
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.titles import view
from test_extract_people_general import run


def test_bodies_of_every_level_take_no_place() -> None:
    _, orgs, _ = run("Theo Thành ủy Đà Nẵng, cấp ủy và UBKT các cấp đã kiểm tra 40 tổ chức "
                     "đảng.", province="Đà Nẵng")
    assert orgs == {"Thành ủy Đà Nẵng"}
    text = "Kỳ họp nâng cao hiệu quả của Hội đồng nhân dân các cấp, Ủy ban nhân dân cùng cấp."
    for body in ("Hội đồng", "Ủy ban"):
        assert read_body(text, view(text), text.index(body)) is None


def test_the_front_of_every_level_is_not_the_country_s() -> None:
    _, orgs, _ = run("Hội nghị bàn việc chuẩn bị Đại hội MTTQ Việt Nam các cấp nhiệm kỳ "
                     "2024-2029.", province="An Giang")
    assert not any("Mặt trận" in name for name in orgs)


def test_plural_committees_are_kinds() -> None:
    _, orgs, _ = run("Trên 98% ủy viên Ban Thường vụ các Tỉnh ủy, Thành ủy đã qua luân chuyển. "
                     "Cộng tác viên của các tỉnh đoàn, thành đoàn gửi nhiều bài viết.",
                     province="Hải Dương")
    assert not any(name.startswith(("Tỉnh ủy", "Thành ủy", "Tỉnh Đoàn", "Thành Đoàn"))
                   for name in orgs)


def test_named_places_and_party_committees_stay() -> None:
    _, orgs, _ = run("Lãnh đạo các Đảng ủy phường Mỹ Bình và Mỹ Long dự lễ. Giám đốc Công an "
                     "tỉnh đề nghị Bộ Công an cùng cấp ủy, chính quyền chỉ đạo.",
                     province="An Giang")
    assert {"Đảng ủy phường Mỹ Bình", "Đảng ủy phường Mỹ Long", "Bộ Công an",
            "Công an tỉnh An Giang"} <= orgs


def test_bodies_of_the_units_named_after_them_are_kinds() -> None:
    _, orgs, _ = run("Tỉnh ủy Lai Châu chỉ định Chủ nhiệm UBKT các Đảng bộ "
                     "cơ sở.", province="Lai Châu")
    assert orgs == {"Tỉnh ủy Lai Châu"}
    persons, orgs, _ = run("HĐND thành phố Hà Nội khai mạc kỳ họp. Ông Trần Văn Bình, Chủ tịch "
                           "UBND các quận, huyện trả lời chất vấn.", province="Hà Nội")
    assert orgs == {"Hội đồng nhân dân thành phố Hà Nội"}
    assert not persons.get("Trần Văn Bình")


def test_counted_bodies_are_kinds_and_hold_no_body() -> None:
    _, orgs, _ = run("Bộ Chính trị kiểm tra 10 Ban Thường vụ Tỉnh ủy trong năm.",
                     province="Hải Dương")
    assert orgs == {"Bộ Chính trị"}
    _, orgs, _ = run("Kỳ họp thứ 4 HĐND tỉnh khai mạc sáng nay.", province="Hải Dương")
    assert orgs == {"Hội đồng nhân dân tỉnh Hải Dương"}


def test_an_issuer_s_tag_in_a_document_code_is_no_body() -> None:
    text = ("Phó Chủ tịch thành phố ký Quyết định số 1639/QĐ-UBND và Văn bản số 526/UBND-TNMT; "
            "Nghị quyết số 105/2010/NQ-HĐND được sửa.")
    tags = [m.start() for m in re.finditer("UBND|HĐND", text)]
    assert len(tags) == 3
    for at in tags:
        assert read_body(text, view(text), at) is None
    text = "Thực hiện Kế hoạch số 12-KH/TU, UBND tỉnh Yên Bái đã chỉ đạo."
    body = read_body(text, view(text), text.index("UBND"))
    assert body is not None and body.place == "Yên Bái"


def test_a_newspaper_named_for_its_owner_is_no_body() -> None:
    _, orgs, _ = run("Theo báo Công an TP HCM, ông Trần Văn Khoa đã kết nạp đảng viên sai quy "
                     "định. Báo Quân đội nhân dân cũng đưa tin.", province="Hồ Chí Minh")
    assert orgs == set()
    _, orgs, _ = run("Ông Lê Văn Tâm trình báo Công an tỉnh sáng nay. Ủy ban nhân dân tỉnh thông "
                     "báo UBND huyện Châu Thành.", province="Trà Vinh")
    assert {"Công an tỉnh Trà Vinh", "Ủy ban nhân dân huyện Châu Thành"} <= orgs


def test_councils_listed_before_many_units_take_no_remembered_place() -> None:
    text = ("UBND thành phố Long Xuyên chỉ đạo. Ủy ban MTTQ thành phố phối hợp với Đảng ủy, UBND "
            "các phường, xã tổ chức hội nghị.")
    _, orgs, context = run(text, province="An Giang")
    assert orgs == {"Ủy ban nhân dân thành phố Long Xuyên",
                    "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Long Xuyên"}
    _, organizations = extract_people(context)
    council = next(o for o in organizations if o.name.startswith("Ủy ban nhân dân"))
    assert [text[m.start:m.end] for m in council.mentions] == ["UBND thành phố Long Xuyên"]


def test_parts_listed_before_many_units_are_no_committee_s_named_before() -> None:
    _, orgs, _ = run("Ban Chấp hành Đảng bộ tỉnh Lai Châu thành lập 38 Đảng bộ xã, phường mới và "
                     "chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Ủy ban Kiểm tra và Chủ nhiệm "
                     "UBKT các Đảng bộ cơ sở.", province="Lai Châu")
    assert orgs == {"Tỉnh ủy Lai Châu"}
    _, orgs, _ = run("Ban Chấp hành Đảng bộ tỉnh Lai Châu bầu Ban Thường vụ gồm 15 ủy viên.",
                     province="Lai Châu")
    assert "Ban Thường vụ Tỉnh ủy Lai Châu" in orgs


def test_the_front_of_the_provinces_named_after_it_is_a_kind() -> None:
    _, orgs, _ = run("Hội nghị chuẩn bị nội dung Đại hội MTTQVN nhiệm kỳ 2019-2024 các tỉnh trong "
                     "khu vực.", province="An Giang")
    assert not any("Mặt trận" in name for name in orgs)


def test_named_departments_after_a_plural_are_the_province_s() -> None:
    _, orgs, _ = run("UBND tỉnh giao các Sở Tài chính, Sở Nội vụ phối hợp.", province="Lai Châu")
    assert {"Sở Tài chính tỉnh Lai Châu", "Sở Nội vụ tỉnh Lai Châu"} <= orgs


def test_a_body_after_a_plural_of_people_is_one_body() -> None:
    _, orgs, _ = run("Xin cảm ơn các đồng chí, Tỉnh ủy sẽ tiếp thu ý kiến.", province="Lai Châu")
    assert orgs == {"Tỉnh ủy Lai Châu"}


def test_a_numbered_place_before_a_body_is_no_count() -> None:
    _, orgs, _ = run("Tại Quận 1 UBND quận đã họp.", province="Hồ Chí Minh")
    assert orgs == {"Ủy ban nhân dân Quận 1"}


def test_a_law_named_for_a_body_is_no_mention_of_it() -> None:
    text = "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; Điều lệ Hội Nông dân."
    for body in ("Mặt trận", "Hội Nông dân"):
        assert read_body(text, view(text), text.index(body)) is None
    text = "Ủy ban Pháp luật và Tư pháp của Quốc hội họp."
    assert read_body(text, view(text), 0) is not None
