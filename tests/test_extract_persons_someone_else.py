"""A post given to the wrong person when someone else holds it, each case on a short sentence we
wrote (fictional people): a relative or an unknown holder between the name and the verb's post,
a person whose name was not read, a post not yet filled, the subject of a verb before a comma
and a name, a colon that opens a statement rather than a list, a chain of posts addressed to
several people, a bare title pointing at another body ("quỹ này"), a congress of delegates
("Đại hội Đại biểu") and the other posts of a standing committee's members."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_relative_or_an_unknown_holder_takes_the_post() -> None:
    persons, _, _ = run("Bà Phạm Thị Lan, Chủ tịch UBND tỉnh Yên Bái, đã ký quyết định bổ nhiệm "
                        "em trai mình làm Giám đốc Sở Xây dựng tỉnh Yên Bái. Gia đình ông Trần "
                        "Văn Quế có người thân làm Bí thư Tỉnh ủy Yên Bái. Ban Thường vụ phân "
                        "công ông Đỗ Văn Trí – Phó Bí thư Quận ủy quận 8, điều hành cho đến khi "
                        "có nhân sự giữ chức Bí thư Quận ủy quận 8.")
    assert persons["Phạm Thị Lan"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")}
    assert persons["Trần Văn Quế"] == set()
    assert persons["Đỗ Văn Trí"] == {("Phó Bí thư", "Quận ủy Quận 8")}


def test_an_aside_about_a_relative_does_not_hide_the_subject() -> None:
    persons, _, _ = run("Bà Trần Thị Hoa (em dâu ông Hùng) là Chánh văn phòng Đảng ủy xã Quế "
                        "Long, huyện Quế Sơn.")
    assert ("Chánh Văn phòng", "Văn phòng Đảng ủy xã Quế Long") in persons["Trần Thị Hoa"]


def test_the_husband_named_before_a_relative_word_holds_the_post() -> None:
    persons, _, _ = run("Bà Phan Thị Thanh là Phó Chủ tịch UBND tỉnh Đồng Nai. Công ty TNHH Cường "
                        "Hưng do ông Đỗ Văn Tịnh - chồng của bà Thanh nắm 40% phần vốn và làm "
                        "Chủ tịch Hội đồng thành viên Công ty TNHH Cường Hưng.")
    assert persons["Đỗ Văn Tịnh"] == {
        ("Chủ tịch", "Hội đồng thành viên Công ty TNHH Cường Hưng")}
    assert persons["Phan Thị Thanh"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Nai")}


def test_a_person_whose_name_was_not_read_holds_the_post_after_it() -> None:
    persons, _, _ = run("Ông Nguyễn Văn Nhân, Bí thư Thành ủy Cần Thơ đã tiếp ông Mahn Win Khaing "
                        "Than, Chủ tịch Thượng viện kiêm Chủ tịch Quốc hội Myanmar.")
    assert persons["Nguyễn Văn Nhân"] == {("Bí thư", "Thành ủy Cần Thơ")}


def test_a_post_not_yet_filled_and_one_to_be_left() -> None:
    persons, _, _ = run("Ông Võ Ngọc Đồng cho biết, HĐND thành phố Đà Nẵng chưa bầu bổ sung vị "
                        "trí Phó chủ tịch UBND thành phố Đà Nẵng. Ông Nguyễn Thành Quang sẽ thôi "
                        "giữ chức Trưởng ban Tuyên giáo Thành ủy Đà Nẵng.")
    assert persons["Võ Ngọc Đồng"] == set()
    assert persons["Nguyễn Thành Quang"] == {("Trưởng ban", "Ban Tuyên giáo Thành ủy Đà Nẵng")}


def test_the_post_after_a_verb_is_its_subjects_not_the_next_names() -> None:
    persons, _, _ = run("Đồng chí Lê Văn Nhung (Lê Việt Thắng) được bầu làm Bí thư Tỉnh ủy An "
                        "Giang, đồng chí Nguyễn Văn Hơn làm Phó Bí thư Tỉnh ủy An Giang.")
    assert persons["Lê Văn Nhung"] == {("Bí thư", "Tỉnh ủy An Giang")}
    assert persons["Nguyễn Văn Hơn"] == {("Phó Bí thư", "Tỉnh ủy An Giang")}


def test_a_colon_before_a_statement_opens_no_list() -> None:
    persons, _, _ = run("Thượng tướng Nguyễn Văn Thành – Thứ trưởng Bộ Công an: Thời gian tới, "
                        "Công an tỉnh cần nắm chắc tình hình Tại buổi làm việc, Đại tá Lê Văn "
                        "Sao báo cáo. Bà Trần Thị Lý, Giám đốc Sở Y tế tỉnh Hậu Giang là con gái "
                        "của ông Huỳnh Văn Chắc.")
    assert persons["Nguyễn Văn Thành"] == {("Thứ trưởng", "Bộ Công an")}
    assert persons["Lê Văn Sao"] == set()
    assert persons["Huỳnh Văn Chắc"] == set()


def test_posts_addressed_to_several_people_are_not_one_holders() -> None:
    persons, _, _ = run("Các quy hoạch dựa vào văn bản ký từ thời Bí thư Thành ủy Đà Nẵng Nguyễn "
                        "Văn Thanh. Thư được gửi tới Thủ tướng Chính phủ, Bí thư Thành ủy Đà "
                        "Nẵng, Chủ tịch HĐND thành phố Đà Nẵng và Chủ tịch UBND thành phố Đà Nẵng.")
    assert persons["Nguyễn Văn Thanh"] == {("Bí thư", "Thành ủy Đà Nẵng")}


def test_a_bare_title_pointing_at_another_body_takes_none() -> None:
    persons, _, _ = run("Trước khi làm Giám đốc Sở Công thương tỉnh Hậu Giang, ông Huỳnh Văn "
                        "Phong làm Trưởng phòng Tín dụng, Quỹ đầu tư và được bầu làm Phó giám đốc "
                        "quỹ này.")
    assert ("Phó Giám đốc", "Sở Công thương tỉnh Hậu Giang") not in persons["Huỳnh Văn Phong"]
    assert ("Giám đốc", "Sở Công thương tỉnh Hậu Giang") in persons["Huỳnh Văn Phong"]


def test_a_congress_of_delegates_gives_no_delegate_post() -> None:
    persons, _, _ = run("Đến dự Đại hội Đại biểu Đảng bộ phường Long Nguyên, đồng chí Trần Văn "
                        "Thuận - Giám đốc Sở Nội vụ tỉnh Bình Dương phát biểu.")
    assert ("Giám đốc", "Sở Nội vụ tỉnh Bình Dương") in persons["Trần Văn Thuận"]
    assert all(role != "Đại biểu" for role, _ in persons["Trần Văn Thuận"])


def test_a_standing_committees_members_keep_their_other_posts_apart() -> None:
    persons, _, _ = run("Chuẩn y các thành viên tham gia Ban Thường vụ Tỉnh ủy Đồng Tháp gồm: Ông "
                        "Phan Văn Hợp, Tỉnh ủy viên, Phó Chủ nhiệm Thường trực, phụ trách Ủy ban "
                        "Kiểm tra Tỉnh ủy Đồng Tháp.")
    assert ("Phó Chủ nhiệm Thường trực", "Ban Thường vụ Tỉnh ủy Đồng Tháp") \
        not in persons["Phan Văn Hợp"]
    assert ("Ủy viên", "Tỉnh ủy Đồng Tháp") in persons["Phan Văn Hợp"]


def test_a_counted_group_between_the_name_and_the_post_holds_it() -> None:
    persons, _, _ = run("Ông Hồ Văn Dũng cho biết, từ năm 2012 tỉnh luân chuyển 118 cán bộ, trong "
                        "đó 9 cán bộ đã được bầu vào Ban Chấp hành Đảng bộ tỉnh Bình Định.")
    assert persons["Hồ Văn Dũng"] == set()


def test_a_name_put_to_a_vote_not_yet_held_takes_no_post() -> None:
    persons, _, _ = run("Chủ tịch nước Nguyễn Văn Phúc đã trình danh sách đề cử để Quốc hội bầu bà "
                        "Võ Thị Xuân, Bí thư Tỉnh ủy An Giang làm Phó chủ tịch nước. Hội nghị giới "
                        "thiệu ông Trần Văn Mẫn, Phó Chủ tịch Ủy ban MTTQ tỉnh An Giang, chỉ định "
                        "giữ chức Bí thư Đảng ủy xã Mỹ Hòa.")
    assert persons["Võ Thị Xuân"] == {("Bí thư", "Tỉnh ủy An Giang")}
    assert ("Bí thư", "Đảng ủy xã Mỹ Hòa") in persons["Trần Văn Mẫn"]


def test_a_headline_naming_two_posts_with_va_is_not_one_holders() -> None:
    persons, _, _ = run("Chỉ định Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Khánh Hòa. Dự có ông Nghiêm "
                        "Văn Thành, Bí thư Tỉnh ủy Khánh Hòa.")
    assert persons["Nghiêm Văn Thành"] == {("Bí thư", "Tỉnh ủy Khánh Hòa")}
