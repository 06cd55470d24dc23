"""Rule categories found on real articles, each checked on a short sentence we wrote
(fictional people): names ending in a title word, career histories, plural title lists,
bodies of big cities, and "Hồ Chí Minh" the man versus the city."""

from __future__ import annotations

from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.bodies import read_body
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate, place_mentions
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.extract.titles import view
from cadregraph.ingest.records import Article


def run(text: str, province: str | None = None):
    article = Article(id="t", text=text, province=province)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, organizations = extract_people(context)
    return {p.name: {x.key() for x in p.positions} for p in persons}, \
        {o.name for o in organizations}, context


def test_title_word_as_last_given_name() -> None:
    persons, _, _ = run("HĐND tỉnh miễn nhiệm Chủ tịch UBND tỉnh đối với ông Lâm Công Chánh "
                        "do được bầu làm Bí thư Tỉnh ủy. Ông Hà Văn Nguyên giữ chức Chánh "
                        "Văn phòng Tỉnh ủy.", province="Hậu Giang")
    assert "Lâm Công Chánh" in persons and "Lâm Công" not in persons
    assert ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Hậu Giang") in persons["Hà Văn Nguyên"]


def test_career_history_lists_every_post() -> None:
    persons, _, _ = run("Ông Đỗ Văn Kha sinh năm 1970. Ông từng giữ các chức vụ như: Bí thư "
                        "Huyện ủy Hoài Ân, Bí thư Thị ủy An Nhơn. Ông Kha từng làm phó Giám "
                        "đốc, Giám đốc Sở Y tế tỉnh Bình Định.")
    assert {("Bí thư", "Huyện ủy Hoài Ân"), ("Bí thư", "Thị ủy An Nhơn"),
            ("Phó Giám đốc", "Sở Y tế tỉnh Bình Định"),
            ("Giám đốc", "Sở Y tế tỉnh Bình Định")} <= persons["Đỗ Văn Kha"]


def test_plural_titles_after_a_body_and_gom() -> None:
    persons, _, _ = run("Thường trực HĐND TP.HCM gồm Chủ tịch Lương Văn Tâm và các phó chủ "
                        "tịch: ông Khúc Văn Hòa, bà Mạc Thị Lan.")
    assert persons["Lương Văn Tâm"] == {("Chủ tịch", "Hội đồng nhân dân thành phố Hồ Chí Minh")}
    for name in ("Khúc Văn Hòa", "Mạc Thị Lan"):
        assert persons[name] == {("Phó Chủ tịch", "Hội đồng nhân dân thành phố Hồ Chí Minh")}


def test_list_after_filler_words_and_semicolon_continuation() -> None:
    persons, _, _ = run("Hai Phó Bí thư Tỉnh ủy Bạc Liêu khóa mới là đồng chí Kiều Văn Tư và "
                        "đồng chí Lò Thị Hạnh. Hội nghị cử 3 Phó Chủ tịch Ủy ban MTTQ Việt Nam "
                        "tỉnh Quảng Trị, gồm các ông: Ông Văn Bốn; và bà: Tạ Thị Năm.")
    assert ("Phó Bí thư", "Tỉnh ủy Bạc Liêu") in persons["Kiều Văn Tư"]
    assert ("Phó Bí thư", "Tỉnh ủy Bạc Liêu") in persons["Lò Thị Hạnh"]
    assert ("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị") \
        in persons["Tạ Thị Năm"]


def test_names_sharing_a_verb_across_birth_years() -> None:
    persons, _, _ = run("Các ông Vi Văn Sáu sinh năm 1959, Nông Đức Bảy sinh năm 1960 cũng "
                        "được bầu giữ chức Phó Bí thư Tỉnh ủy Cao Bằng.")
    for name in ("Vi Văn Sáu", "Nông Đức Bảy"):
        assert persons[name] == {("Phó Bí thư", "Tỉnh ủy Cao Bằng")}


def test_city_wards_districts_and_youth_unions() -> None:
    persons, orgs, _ = run("Ông Âu Văn Tám từng giữ chức Bí thư Quận đoàn Tân Bình, Bí thư Đảng "
                           "ủy phường Tân Sơn Nhì, Chủ tịch UBND quận 1.")
    assert {("Bí thư", "Quận Đoàn Tân Bình"), ("Bí thư", "Đảng ủy phường Tân Sơn Nhì"),
            ("Chủ tịch", "Ủy ban nhân dân Quận 1")} <= persons["Âu Văn Tám"]
    assert "Quận Đoàn Tân Bình" in orgs


def test_dashed_bodies_share_the_city() -> None:
    _, orgs, _ = run("Thành ủy – HĐND – UBND – Ủy ban MTTQ Việt Nam TP.HCM tổ chức họp mặt.")
    assert {"Thành ủy Hồ Chí Minh", "Hội đồng nhân dân thành phố Hồ Chí Minh",
            "Ủy ban nhân dân thành phố Hồ Chí Minh"} <= orgs


def test_ho_chi_minh_the_man_is_not_a_place() -> None:
    text = ("Ban Thường vụ Tỉnh ủy quán triệt việc học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh.")
    assert place_mentions(text) == ()
    _, orgs, context = run(text)
    assert context.province is None
    assert "Ban Thường vụ Tỉnh ủy Hồ Chí Minh" not in orgs
    assert [m.name for m in place_mentions("UBND TPHCM họp.")] == ["Hồ Chí Minh"]


def test_no_tinh_uy_in_a_centrally_run_city() -> None:
    _, orgs, _ = run("Tỉnh ủy chỉ đạo các ngành.", province="Hà Nội")
    assert not any(o.startswith("Tỉnh ủy") for o in orgs)


def test_province_name_inside_a_person_name() -> None:
    assert place_mentions("Tuyến đường qua giao lộ Nguyễn Thái Bình.") == ()


def test_chairman_of_the_province_without_its_name() -> None:
    persons, _, _ = run("Ông Lưu Văn Dũng được Chủ tịch tỉnh Kha Văn Thanh phân công giữ chức "
                        "quyền Chủ tịch UBND thành phố Hội An.", province="Quảng Nam")
    assert persons["Kha Văn Thanh"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam")}
    assert persons["Lưu Văn Dũng"] == {("Chủ tịch", "Ủy ban nhân dân thành phố Hội An")}


def test_committee_of_a_province_and_central_committee_member() -> None:
    persons, orgs, _ = run("Bộ Chính trị chỉ định ông Phùng Văn Lộc, hiện là Ủy viên Trung ương "
                           "Đảng, thôi tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy "
                           "Bình Phước.")
    assert {("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Ủy viên", "Tỉnh ủy Bình Phước"),
            ("Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Phước")} <= persons["Phùng Văn Lộc"]
    assert "Đảng ủy tỉnh Bình Phước" not in orgs


def test_count_before_a_title_is_not_a_post() -> None:
    persons, _, _ = run("Đại hội bầu 15 Ủy viên Ban Thường vụ Tỉnh ủy khóa mới, ông Tôn Văn Hai "
                        "giữ chức Bí thư Tỉnh ủy Bình Dương.")
    assert persons["Tôn Văn Hai"] == {("Bí thư", "Tỉnh ủy Bình Dương")}


def test_repeated_last_word_is_a_typo_of_the_name() -> None:
    persons, _, _ = run("Ông Hứa Thế Thuận Thuận được bổ nhiệm giữ chức Chánh Văn phòng Thành "
                        "ủy TPHCM.")
    assert set(persons) == {"Hứa Thế Thuận"}


def test_place_after_the_term_and_renamed_towns() -> None:
    persons, _, _ = run("Ông Khổng Văn Chín, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội khóa "
                        "XIV tỉnh Bình Dương phát biểu. Ông Chín từng giữ chức Bí thư Thị ủy "
                        "Đồng Xoài.")
    assert {("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bình Dương"),
            ("Bí thư", "Tỉnh ủy Bình Dương"),
            ("Bí thư", "Thị ủy Đồng Xoài")} <= persons["Khổng Văn Chín"]


def test_committee_named_in_full_just_after() -> None:
    persons, _, _ = run("Ông Ninh Văn Mười, Bí thư Tỉnh ủy Bình Phước, được chỉ định tham gia "
                        "Ban Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Bí thư Tỉnh ủy Bình "
                        "Dương.")
    assert {("Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Dương"),
            ("Bí thư", "Tỉnh ủy Bình Dương")} <= persons["Ninh Văn Mười"]
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Bình Phước") not in persons["Ninh Văn Mười"]


def test_streets_listed_after_a_street_word_are_not_people() -> None:
    persons, _, _ = run("Tuyến đường đi qua các giao lộ: Nguyễn Thông, Phạm Văn Hai. Ông Lý "
                        "Văn Năm dự lễ.")
    assert set(persons) == {"Lý Văn Năm"}


def test_department_abbreviations_and_council_delegate_groups() -> None:
    persons, _, _ = run("Bà Cao Thị Hương - Giám đốc Sở GDĐT tỉnh phát biểu. Tổ đại biểu HĐND "
                        "tỉnh đơn vị số 3 gồm các ông bà: Giáp Văn Một, Đàm Thị Hai đã tiếp xúc "
                        "cử tri.", province="Quảng Trị")
    assert persons["Cao Thị Hương"] == {("Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị")}
    for name in ("Giáp Văn Một", "Đàm Thị Hai"):
        assert persons[name] == {("Đại biểu", "Hội đồng nhân dân tỉnh Quảng Trị")}


def test_standing_committee_of_a_party_organisation_is_the_committees() -> None:
    _, orgs, _ = run("Ban Thường vụ Đảng bộ quận 1 và Ban Thường vụ Đảng bộ phường Mỹ Thới họp.",
                     province="Hồ Chí Minh")
    assert {"Ban Thường vụ Quận ủy Quận 1", "Ban Thường vụ Đảng ủy phường Mỹ Thới"} <= orgs


def test_a_word_starting_like_a_list_cue_is_not_one() -> None:
    persons, _, _ = run("HĐND tỉnh bầu ông Lục Văn Ba, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm Chủ "
                        "tịch HĐND tỉnh; bà Mã Thị Tư tái cử làm Phó Chủ tịch HĐND tỉnh.",
                        province="Bình Dương")
    assert persons["Mã Thị Tư"] == {("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Bình Dương")}


def test_military_titles_broadcasters_and_election_bodies() -> None:
    # The vocabulary rows behind these: titles.tsv (Tư lệnh, Chính ủy, Tham mưu trưởng, which
    # share a military body named after the next of them) and
    # bodies.tsv (broadcasters, border guard, election council and committees, friendship union).
    persons, organizations, _ = run(
        "Dự họp có ông Lưu Văn Tâm, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh Hà Nam; ông Mẫn Đức "
        "Hòa, Phó Tư lệnh, Tham mưu trưởng Bộ đội Biên phòng Việt Nam; bà Khổng Thị Mai, Giám "
        "đốc Đài Phát thanh - Truyền hình tỉnh Hà Nam; ông Tô Văn Kiên, Chủ tịch Liên hiệp các "
        "tổ chức hữu nghị tỉnh Hà Nam. Ông Ninh Văn Đức, Chủ tịch Ủy ban bầu cử tỉnh Hà Nam, "
        "báo cáo với Hội đồng Bầu cử quốc gia.")
    assert persons["Lưu Văn Tâm"] == {("Phó Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Hà Nam")}
    assert persons["Mẫn Đức Hòa"] == {("Phó Tư lệnh", "Bộ đội Biên phòng Việt Nam"),
                                      ("Tham mưu trưởng", "Bộ đội Biên phòng Việt Nam")}
    assert persons["Khổng Thị Mai"] == {("Giám đốc", "Đài Phát thanh và Truyền hình tỉnh Hà Nam")}
    assert persons["Tô Văn Kiên"] == {("Chủ tịch", "Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam")}
    assert persons["Ninh Văn Đức"] == {("Chủ tịch", "Ủy ban Bầu cử tỉnh Hà Nam")}
    assert "Hội đồng Bầu cử quốc gia" in organizations


def test_names_of_companies_hospitals_and_schools_with_lower_case_syllables() -> None:
    # name_words.txt: "Xi măng", "Đa khoa", "Bách khoa" stand inside a name; "TP. Hồ Chí
    # Minh" is part of it; after a dash "Bộ Xây dựng" is a body of its own.
    persons, organizations, _ = run(
        "Dự họp có ông Lạc Văn Tín, Giám đốc Công ty Xi măng Hà Nam; bà Âu Thị Nga, Giám đốc "
        "Bệnh viện Đa khoa tỉnh Hà Nam; ông Bế Văn Lâm, Hiệu trưởng Trường Đại học Bách khoa "
        "TP. Hồ Chí Minh; ông Cù Văn Hải, Giám đốc Công ty Sông Đà - Bộ Xây dựng.")
    assert persons["Lạc Văn Tín"] == {("Giám đốc", "Công ty Xi măng Hà Nam")}
    assert persons["Âu Thị Nga"] == {("Giám đốc", "Bệnh viện Đa khoa tỉnh Hà Nam")}
    assert persons["Bế Văn Lâm"] == {("Hiệu trưởng", "Trường Đại học Bách khoa TP. Hồ Chí Minh")}
    assert persons["Cù Văn Hải"] == {("Giám đốc", "Công ty Sông Đà")}
    assert "Bộ Xây dựng" in organizations


def test_a_company_name_followed_by_a_verb_is_read_only_when_a_place_ends_it() -> None:
    # the name's end is unknown when a lower-case word follows it directly, unless it ends in
    # a place
    persons, organizations, _ = run("Ông Lạc Văn Tín, Giám đốc Công ty Xi măng Phúc Sơn Vàng "
                                    "phát biểu. Ông Lạc Văn Tài, Giám đốc Công ty Xi măng Hà Nam "
                                    "phát biểu.")
    assert persons["Lạc Văn Tín"] == set()
    assert persons["Lạc Văn Tài"] == {("Giám đốc", "Công ty Xi măng Hà Nam")}
    assert organizations == {"Công ty Xi măng Hà Nam"}


def test_term_after_an_implied_body_keeps_the_chain() -> None:
    persons, _, _ = run("Đồng chí Lò Văn Pắng, Ủy viên Trung ương Đảng khóa XIII, Bí thư Tỉnh "
                        "ủy Sơn La phát biểu. Ông Đèo Văn Sơn là Ủy viên Trung ương Đảng khóa "
                        "X, XI; Ủy viên Bộ Chính trị khóa XI.")
    assert persons["Lò Văn Pắng"] == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                      ("Bí thư", "Tỉnh ủy Sơn La")}
    assert persons["Đèo Văn Sơn"] == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                      ("Ủy viên", "Bộ Chính trị")}


def test_pronoun_before_a_lower_case_verb_names_the_last_person() -> None:
    # "ông đã": "đ" is a small letter, not the start of a name after the pronoun
    persons, _, _ = run("Ông Hà Văn Lực sinh năm 1965. Trước khi giữ chức này, ông đã công "
                        "tác ở nhiều nơi khi giữ chức Bí thư Thị ủy Phước Long.")
    assert ("Bí thư", "Thị ủy Phước Long") in persons["Hà Văn Lực"]


def test_company_name_ends_at_a_comma_before_the_next_title() -> None:
    persons, orgs, _ = run("Ông Vũ Đình Lâm từng làm Giám đốc Công ty Xi măng Hòa Phát, Phó "
                           "chủ tịch rồi Chủ tịch UBND tỉnh Hải Dương.")
    assert persons["Vũ Đình Lâm"] == {("Giám đốc", "Công ty Xi măng Hòa Phát"),
                                      ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hải Dương"),
                                      ("Chủ tịch", "Ủy ban nhân dân tỉnh Hải Dương")}
    assert "Công ty Xi măng Hòa Phát" in orgs


def test_career_list_after_semicolons() -> None:
    persons, _, _ = run("Ông Mạc Văn Tín từng kinh qua nhiều vị trí công tác tại TP.HCM như "
                        "giảng viên Trường Đại học Bách khoa TP.HCM; Phó Bí thư Thành Đoàn "
                        "TP.HCM; Giám đốc Sở Tư pháp TP.HCM và Phó Chủ tịch UBND TP.HCM.")
    assert persons["Mạc Văn Tín"] == {
        ("Phó Bí thư", "Thành Đoàn Hồ Chí Minh"),
        ("Giám đốc", "Sở Tư pháp thành phố Hồ Chí Minh"),
        ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh")}


def test_the_person_replaced_held_the_post() -> None:
    persons, _, _ = run("HĐND tỉnh bầu ông Lê Quang Vinh giữ chức Chủ tịch UBND tỉnh Kon Tum "
                        "nhiệm kỳ 2021-2026 thay ông Phạm Đức Hòa nghỉ hưu. Bà Đinh Thị Nga "
                        "được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Kon Tum, thay bà Y Thị Hạnh.")
    assert persons["Phạm Đức Hòa"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")}
    assert persons["Lê Quang Vinh"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")}
    assert persons["Y Thị Hạnh"] == {("Giám đốc", "Sở Y tế tỉnh Kon Tum")}


def test_pronoun_sentence_with_an_abbreviated_city() -> None:
    # the dot of "TP.HCM" does not end the sentence that "ông" opens
    persons, _, _ = run("Ông Kha Văn Tám sinh năm 1960. Từ năm 1997, ông tham gia Ban Chấp hành "
                        "Đảng bộ TP.HCM, giữ chức giám đốc Sở Tư pháp TP.HCM.")
    assert ("Giám đốc", "Sở Tư pháp thành phố Hồ Chí Minh") in persons["Kha Văn Tám"]


def test_doi_voi_list_ends_at_the_semicolon() -> None:
    persons, _, _ = run("HĐND tỉnh miễn nhiệm Chủ tịch HĐND tỉnh đối với ông Lục Văn Bảy do nghỉ "
                        "hưu; miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông Tô Văn Chín, Thành "
                        "ủy viên, và ông Mã Văn Mười do chuyển công tác.", province="Cao Bằng")
    assert persons["Lục Văn Bảy"] == {("Chủ tịch", "Hội đồng nhân dân tỉnh Cao Bằng")}
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng") in persons["Tô Văn Chín"]
    assert persons["Mã Văn Mười"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng")}


def test_place_that_ends_a_named_body() -> None:
    # a department's place is read as its place (not twice); a school keeps it in its name
    persons, _, _ = run("Ông Lã Văn Hòa, nguyên Giám đốc Sở QH-KT TP Hà Nội, cho rằng dự thảo "
                        "còn chung chung. Ông Lý Văn Tư, Hiệu trưởng Trường Đại học Kinh tế "
                        "TP.HCM cho biết thêm.")
    assert persons["Lã Văn Hòa"] == {("Giám đốc", "Sở Quy hoạch - Kiến trúc thành phố Hà Nội")}
    assert persons["Lý Văn Tư"] == {("Hiệu trưởng", "Trường Đại học Kinh tế TP.HCM")}


def test_the_years_or_the_address_of_a_post_between_it_and_the_name() -> None:
    persons, _, _ = run("Trong thời gian giữ chức Giám đốc Sở Y tế tỉnh Lai Châu (tháng 1/2004 - "
                        "5/2010), ông Lò Văn Tám đã vi phạm. Bí thư Huyện ủy Mường Tè (xem "
                        "ảnh), ông Lò Văn Chín phát biểu.")
    assert persons["Lò Văn Tám"] == {("Giám đốc", "Sở Y tế tỉnh Lai Châu")}
    assert persons["Lò Văn Chín"] == set()  # (no years in the brackets)
    persons, _, _ = run("Trưởng công an xã Gia Xuyên (huyện Gia Lộc, tỉnh Hải Dương) Tăng Văn "
                        "Mười cho biết.")
    assert persons["Tăng Văn Mười"] == {("Trưởng", "Công an xã Gia Xuyên")}


def test_a_school_numbered_after_its_name() -> None:
    persons, _, _ = run("Bổ nhiệm lại ông Lê Văn Hiếu, sinh ngày 26/11/1967, giữ chức Hiệu trưởng "
                        "Trường THPT Thuận Thành số 1, trực thuộc Sở GD&ĐT.")
    assert persons["Lê Văn Hiếu"] == {
        ("Hiệu trưởng", "Trường Trung học phổ thông Thuận Thành số 1")}


def test_capital_ong_after_a_chain_starts_a_new_sentence() -> None:
    # a caption that lost its full stop: the chain belongs to the first man, not the second
    persons, _, _ = run("Ông Hà Văn Sáu làm Phó Trưởng ban Ban Kinh tế Trung ương Ông Tạ Văn "
                        "Bảy sau đó công bố quyết định.")
    assert persons["Hà Văn Sáu"] == {("Phó Trưởng ban", "Ban Kinh tế Trung ương")}
    assert persons["Tạ Văn Bảy"] == set()


def test_state_enterprise_posts_and_their_party_committee() -> None:
    persons, orgs, _ = run("Ông Lã Văn Năm, nguyên Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn Than "
                           "Khoáng sản Việt Nam bị kỷ luật. Ông Lã Văn Sáu, Tổng Giám đốc Tập "
                           "đoàn TKV phát biểu.")
    assert persons["Lã Văn Năm"] == {
        ("Bí thư", "Đảng ủy Tập đoàn Than Khoáng sản Việt Nam"),
        ("Chủ tịch", "Hội đồng thành viên Tập đoàn Than Khoáng sản Việt Nam")}
    assert persons["Lã Văn Sáu"] == {("Tổng Giám đốc", "Tập đoàn TKV")}
    assert "Tập đoàn Than Khoáng sản Việt Nam" in orgs


def test_period_between_the_posts_and_the_pronoun() -> None:
    persons, _, _ = run("Ông Mai Văn Bảy sinh năm 1962. Trong thời gian giữ chức Bí thư Huyện ủy "
                        "Đông Anh (2010 - 2015), ông đã để xảy ra sai phạm. Trên cương vị Giám "
                        "đốc Sở Xây dựng tỉnh Hà Nam giai đoạn 2016-2020, ông đã ký nhiều văn bản.")
    assert persons["Mai Văn Bảy"] == {("Bí thư", "Huyện ủy Đông Anh"),
                                      ("Giám đốc", "Sở Xây dựng tỉnh Hà Nam")}


def test_a_national_body_named_as_a_parent_is_listed_too() -> None:
    _, orgs, _ = run("Ông Vi Văn Hai, Thủ trưởng Cơ quan Cảnh sát điều tra Bộ Công an, cho biết.")
    assert {"Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an"} <= orgs


def test_comma_list_of_names_each_with_their_posts() -> None:
    # the chain after A is A's, though ", ông B" follows it
    persons, _, _ = run("Dự có ông Cù Văn An, Bí thư Tỉnh ủy Nghệ An, ông Kim Văn Bình, Chủ tịch "
                        "UBND tỉnh Nghệ An; gồm: ông Lò Văn Cư - Chi cục trưởng Chi cục Kiểm lâm "
                        "tỉnh Nghệ An, ông Mùa A Dơ - Phó phòng Tài chính - Kế hoạch huyện Kỳ "
                        "Sơn. Bí thư Huyện ủy Kỳ Sơn, ông Vi Văn Em, phát biểu.")
    assert persons["Cù Văn An"] == {("Bí thư", "Tỉnh ủy Nghệ An")}
    assert persons["Kim Văn Bình"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}
    assert persons["Lò Văn Cư"] == {("Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Nghệ An")}
    assert persons["Mùa A Dơ"] == {("Phó Trưởng phòng", "Phòng Tài chính - Kế hoạch huyện Kỳ Sơn")}
    assert persons["Vi Văn Em"] == {("Bí thư", "Huyện ủy Kỳ Sơn")}


def test_a_department_name_stops_before_a_persons_name_after_a_comma() -> None:
    text = "Phòng Khoáng sản, Cao Văn Năm - chuyên viên"
    body = read_body(text, view(text), 0)
    assert body is not None and body.core == "Phòng Khoáng sản"


def test_party_committee_and_board_of_the_company_later_in_the_chain() -> None:
    persons, orgs, _ = run("Trong thời gian giữ các chức vụ Bí thư Đảng ủy, Chủ tịch HĐQT, Tổng "
                           "giám đốc Công ty cổ phần Bóng đèn Rạng Đông, bà Hà Thị Bốn đã vi "
                           "phạm.", province="Hà Nam")
    assert persons["Hà Thị Bốn"] == {
        ("Bí thư", "Đảng ủy Công ty cổ phần Bóng đèn Rạng Đông"),
        ("Chủ tịch", "Hội đồng quản trị Công ty cổ phần Bóng đèn Rạng Đông"),
        ("Tổng Giám đốc", "Công ty cổ phần Bóng đèn Rạng Đông")}
    assert "Công ty cổ phần Bóng đèn Rạng Đông" in orgs


def test_inspectorate_of_a_ministry_and_a_dedicated_deputy() -> None:
    persons, _, _ = run("Ông Hồ Văn Ba, Chánh Thanh tra Bộ Nội vụ, và ông Lữ Văn Tư (Phó trưởng "
                        "đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Lai Châu) cùng dự.")
    assert persons["Hồ Văn Ba"] == {("Chánh Thanh tra", "Thanh tra Bộ Nội vụ")}
    assert persons["Lữ Văn Tư"] == {("Phó Trưởng đoàn",
                                     "Đoàn đại biểu Quốc hội tỉnh Lai Châu")}


def test_media_acronyms_are_posts_not_credits() -> None:
    persons, orgs, _ = run("Tổng Giám đốc VOV Trần Văn Kỷ phát biểu (theo TTXVN).")
    assert persons["Trần Văn Kỷ"] == {("Tổng Giám đốc", "Đài Tiếng nói Việt Nam")}
    assert orgs == {"Đài Tiếng nói Việt Nam"}  # the credit "TTXVN" is no body of the story


def test_dismissal_verbs_name_the_posts_held() -> None:
    persons, _, _ = run("Ông Mã Văn Tư bị cách chức Chủ tịch UBND huyện Kỳ Anh. Kỷ luật đối với "
                        "ông Lò Văn Sáu (bao gồm cách chức cả các chức vụ: Bí thư Tỉnh ủy, "
                        "Chủ tịch HĐND tỉnh Lai Châu).")
    assert persons["Mã Văn Tư"] == {("Chủ tịch", "Ủy ban nhân dân huyện Kỳ Anh")}
    assert persons["Lò Văn Sáu"] == {("Bí thư", "Tỉnh ủy Lai Châu"),
                                     ("Chủ tịch", "Hội đồng nhân dân tỉnh Lai Châu")}


def test_thoi_chuc_names_a_post_left() -> None:
    text = ("Bộ Chính trị phân công ông Đinh Văn Tám thôi chức Bí thư Tỉnh ủy Lai Châu, đồng "
            "thời giữ chức Phó Ban Kinh tế Trung ương.")
    persons, _, _ = run(text)
    assert persons["Đinh Văn Tám"] == {("Bí thư", "Tỉnh ủy Lai Châu"),
                                       ("Phó Trưởng ban", "Ban Kinh tế Trung ương")}
    record = extract(Article(id="t", text=text))
    former = {q.body: q.former for p in record.persons for q in p.positions}
    assert former == {"Tỉnh ủy Lai Châu": True, "Ban Kinh tế Trung ương": False}


def test_the_dot_of_an_abbreviated_place_ends_no_clause() -> None:
    persons, _, _ = run("Bộ Chính trị phân công đồng chí Trần Văn Mẫn, Phó Bí thư Thành ủy, Chủ "
                        "tịch UBND TP. Cần Thơ nay giữ chức vụ Bí thư Thành ủy TP Cần Thơ.")
    assert ("Bí thư", "Thành ủy Cần Thơ") in persons["Trần Văn Mẫn"]


def test_a_civil_service_grade_between_the_name_and_the_post() -> None:
    persons, _, _ = run("Ông Đặng Văn Sơn - Thanh tra viên cao cấp - Phó Cục trưởng Cục Chống tham "
                        "nhũng, phát biểu.")
    assert persons["Đặng Văn Sơn"] == {("Phó Cục trưởng", "Cục Chống tham nhũng")}


def test_lower_case_chi_bo_keeps_the_chain_going() -> None:
    persons, _, _ = run("Cảnh cáo bà Lê Thị Năm, Phó bí thư chi bộ, Phó Ban Bồi thường giải phóng "
                        "mặt bằng quận Tân Phú.")
    assert ("Phó Trưởng ban", "Ban Bồi thường giải phóng mặt bằng quận Tân Phú") \
        in persons["Lê Thị Năm"]


def test_a_member_introduced_without_a_name_does_not_take_the_posts() -> None:
    persons, _, _ = run("Đó là ông Hà Văn Một, nguyên Bí thư Huyện ủy Mộc Châu, và một đảng viên "
                        "nguyên là Trưởng phòng Nội vụ huyện Mộc Châu.")
    assert persons["Hà Văn Một"] == {("Bí thư", "Huyện ủy Mộc Châu")}


def test_a_name_right_after_moi_truong_is_a_person() -> None:
    # "trường" before a name is a school named after a person, but not in "Môi trường"
    persons, _, _ = run("Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Tám thông tin.",
                        province="Yên Bái")
    assert persons["Nguyễn Văn Tám"] == {("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Yên Bái")}


def test_one_level_word_for_a_list_of_provinces() -> None:
    _, orgs, _ = run("Kiểm tra đối với Ban Thường vụ Tỉnh ủy và UBKT Tỉnh ủy các tỉnh Lai Châu, "
                     "Sơn La; giám sát HĐND các tỉnh Cao Bằng và Bắc Kạn.")
    assert {"Ban Thường vụ Tỉnh ủy Lai Châu", "Ban Thường vụ Tỉnh ủy Sơn La",
            "Ủy ban Kiểm tra Tỉnh ủy Lai Châu", "Ủy ban Kiểm tra Tỉnh ủy Sơn La",
            "Hội đồng nhân dân tỉnh Cao Bằng", "Hội đồng nhân dân tỉnh Bắc Kạn"} <= orgs
    assert "Tỉnh ủy Lai Châu" not in orgs  # named as the parent of its parts only


def test_a_bare_dang_uy_belongs_to_the_body_of_the_next_post() -> None:
    persons, _, _ = run("Trung tướng Võ Văn Hai – Bí thư Đảng ủy, Chính ủy Quân khu 4. Ông Lê Văn "
                        "Ba, Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh Nghệ An. Ông Lê Văn Tư, Bí thư "
                        "Đảng ủy, Chủ tịch UBND xã Nghi Phong.")
    assert persons["Võ Văn Hai"] == {("Bí thư", "Đảng ủy Quân khu 4"), ("Chính ủy", "Quân khu 4")}
    assert ("Bí thư", "Đảng ủy Sở Y tế tỉnh Nghệ An") in persons["Lê Văn Ba"]
    assert ("Bí thư", "Đảng ủy xã Nghi Phong") in persons["Lê Văn Tư"]


def test_a_parent_named_with_its_place_is_listed_even_abbreviated() -> None:
    _, orgs, _ = run("Trước đó, ông Lê Văn Hai giữ chức Trưởng Ban Kinh tế - Ngân sách HĐND "
                     "TPHCM. Ông Lê Văn Ba, Ủy viên Ban Thường vụ Tỉnh ủy, phát biểu.",
                     province="Hà Nam")
    assert {"Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hồ Chí Minh",
            "Hội đồng nhân dân thành phố Hồ Chí Minh"} <= orgs
    assert "Tỉnh ủy Hà Nam" not in orgs  # its place comes from the article, not its name
