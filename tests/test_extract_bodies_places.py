"""The place each body gets when the text names it without one (short sentences we write)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article
from test_extract_people_general import run


def test_a_department_in_news_of_a_city_stays_the_citys_after_a_province_is_named() -> None:
    persons, _, context = run(
        "HĐND TP.HCM họp chiều 5/7. Các đại biểu hỏi về dự án đi qua tỉnh Bình Phước. "
        "Đại biểu đề nghị TP.HCM làm rõ. Trả lời đại biểu, Giám đốc Sở Xây dựng Trần Văn Khải "
        "cho biết sẽ làm tiếp.")
    assert context.province == "Hồ Chí Minh"
    assert ("Giám đốc", "Sở Xây dựng thành phố Hồ Chí Minh") in persons["Trần Văn Khải"]


def test_a_department_after_another_province_is_named_last_is_that_provinces() -> None:
    # news of one province naming two others in turn: each bare "Sở" is of the one just named
    persons, _, _ = run(
        "Tỉnh ủy Bình Phước họp. Đoàn công tác đến tỉnh Tây Ninh. Giám đốc Sở Tư pháp Lê Văn "
        "Hòa báo cáo.")
    assert ("Giám đốc", "Sở Tư pháp tỉnh Tây Ninh") in persons["Lê Văn Hòa"]


def _posts(text: str, published: str | None = None) -> dict[str, set[tuple[str, str]]]:
    article = Article(id="t", text=text, published=published)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, _ = extract_people(context)
    return {p.name: {x.key() for x in p.positions} for p in persons}


def test_an_office_of_a_provincial_body_is_not_the_district_named_last() -> None:
    text = ("Đoàn công tác làm việc tại huyện Krông Pắc, tỉnh Đắk Lắk. Đảng ủy Sở Tài nguyên "
            "và Môi trường tỉnh Đắk Lắk khiển trách ông Lê Văn Tư, Phó Trưởng phòng Khoáng "
            "sản. Bà Trần Thị Hoa, Trưởng phòng Kế hoạch của Sở, được điều động.")
    posts = _posts(text)
    assert not any(body.endswith("Krông Pắc") for held in posts.values() for _, body in held)
    # a district's office, with no provincial body in view, is the district's
    posts = _posts("Hội nghị tại huyện Krông Pắc, tỉnh Đắk Lắk. Ông Lê Văn Tư, Trưởng phòng "
                   "Nội vụ, phát biểu.")
    assert ("Trưởng phòng", "Phòng Nội vụ huyện Krông Pắc") in posts["Lê Văn Tư"]


def test_an_office_after_july_2025_is_the_communes() -> None:
    text = ("Đảng bộ xã Krông Pắc, tỉnh Đắk Lắk tổ chức đại hội. Bà Trần Thị Hoa, Trưởng phòng "
            "Kinh tế, báo cáo.")
    posts = _posts(text, published="2025-08-20")
    assert ("Trưởng phòng", "Phòng Kinh tế xã Krông Pắc") in posts["Trần Thị Hoa"]


def test_a_national_assembly_delegation_takes_the_unit_it_was_elected_in() -> None:
    persons, _, _ = run("Ông Lê Văn Tư, Trưởng đoàn Đại biểu Quốc hội khóa XIII đơn vị thành "
                        "phố Cần Thơ, phát biểu. Bà Trần Thị Hoa, Trưởng đoàn ĐBQH đơn vị Quảng "
                        "Nam, dự họp.")
    assert ("Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Cần Thơ") in persons["Lê Văn Tư"]
    assert ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Quảng Nam") in persons["Trần Thị Hoa"]


def test_a_sub_department_takes_the_province_of_the_department_named_after_it() -> None:
    posts = _posts("Đoàn công tác làm việc với tỉnh Gia Lai. Ông Lê Văn Tư, Phó Chi cục trưởng "
                   "Chi cục Kiểm lâm (Sở Nông nghiệp tỉnh Kon Tum), phát biểu.")
    assert ("Phó Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Kon Tum") in posts["Lê Văn Tư"]


def test_a_bare_part_takes_a_committee_named_earlier_only_in_its_sentence() -> None:
    _, organizations, _ = run(
        "Tỉnh ủy Bình Phước trao giải báo chí. Ban tổ chức đã nhận 400 bài dự thi. "
        "Bà Lê Thị Hoa, Phó Chánh Văn phòng - Tổng cục Đường bộ, được điều động.")
    assert not any(o.startswith(("Ban Tổ chức", "Văn phòng")) for o in organizations)
    _, organizations, _ = run("Tỉnh ủy Bình Phước họp, Ban Thường vụ thống nhất giới thiệu.")
    assert "Ban Thường vụ Tỉnh ủy Bình Phước" in organizations


def test_a_lower_body_in_the_headline_takes_the_one_unit_of_its_level_named_after() -> None:
    _, organizations, _ = run("Ban chấp hành Hội Cựu chiến binh thị trấn ra mắt\nĐại hội tổ "
                              "chức tại thị trấn Ngọc Sương.", province="Cà Mau")
    assert "Ban Chấp hành Hội Cựu chiến binh thị trấn Ngọc Sương" in organizations
    _, organizations, _ = run("Ban chấp hành Hội Cựu chiến binh thị trấn ra mắt\nĐại hội tại "
                              "thị trấn Ngọc Sương và thị trấn Tân Lập.", province="Cà Mau")
    assert not any(o.startswith("Ban Chấp hành Hội") for o in organizations)  # which one?


def test_the_party_organisation_of_the_people_named_with_it() -> None:
    _, organizations, _ = run("Thay mặt Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lai "
                              "Châu, ông Lê Văn Tư cảm ơn đoàn. Đảng bộ, nhân dân xã Ngọc Sương "
                              "đón đoàn.")
    assert {"Đảng bộ tỉnh Lai Châu", "Đảng bộ xã Ngọc Sương"} <= organizations
    _, organizations, _ = run("Ông Lê Văn Tư mong Đảng bộ và nhân dân tỉnh nhà đoàn kết.",
                              province="Lai Châu")
    assert "Đảng bộ tỉnh Lai Châu" in organizations


def test_a_bare_department_is_the_one_the_article_names_with_its_own_province() -> None:
    persons, _, _ = run(
        "Sở Xây dựng tỉnh Bình Phước báo cáo Tỉnh ủy Bình Phước. Tỉnh sẽ học cách làm của "
        "tỉnh Tây Ninh. Trả lời, Phó Giám đốc Sở Xây dựng Lê Văn Tư cho biết.")
    assert persons["Lê Văn Tư"] == {("Phó Giám đốc", "Sở Xây dựng tỉnh Bình Phước")}


def test_a_bare_provincial_committee_in_a_round_up_is_the_province_whose_party_met_last() -> None:
    text = ("Đại hội Đảng bộ hai tỉnh bầu Bí thư. Long An: Đại hội Đảng bộ tỉnh Long An bế "
            "mạc, ông Trần Văn Tư giữ chức Bí thư Tỉnh ủy Long An. Bến Tre: Đại hội Đảng bộ tỉnh "
            "Bến Tre công bố kết quả. Ông Lê Văn Hòa, Bí thư Tỉnh ủy khóa trước, tái đắc cử "
            "Bí thư Tỉnh ủy.")
    posts = _posts(text, published="2020-10-15")
    assert posts["Lê Văn Hòa"] == {("Bí thư", "Tỉnh ủy Bến Tre")}
    assert posts["Trần Văn Tư"] == {("Bí thư", "Tỉnh ủy Long An")}
    # a birthplace named in between does not move the committee
    text = ("Tỉnh ủy Long An họp. Ông Trần Văn Tư sinh tại tỉnh Bến Tre. Bí thư Tỉnh ủy "
            "Trần Văn Tư phát biểu.")
    assert ("Bí thư", "Tỉnh ủy Long An") in _posts(text, published="2020-10-15")["Trần Văn Tư"]


def test_a_front_committee_held_without_a_place_is_the_countrys() -> None:
    posts = _posts("Dự lễ có ông Lê Văn Tư, nguyên Chủ tịch Ủy ban MTTQ Việt Nam; bà Trần Thị "
                   "Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Long An.")
    assert posts["Lê Văn Tư"] == {("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    province_front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An"
    assert posts["Trần Thị Hoa"] == {("Phó Chủ tịch", province_front)}
    # named with its place before, a bare one is that place's
    posts = _posts("Ủy ban MTTQ Việt Nam tỉnh Long An họp. Chủ tịch Ủy ban MTTQ Việt Nam Lê Văn "
                   "Tư phát biểu.")
    assert posts["Lê Văn Tư"] == {("Chủ tịch", province_front)}
