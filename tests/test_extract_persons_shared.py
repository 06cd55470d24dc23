"""Chains and lists shared out among several names, each case on a short sentence we wrote
(fictional people): a chain after one name and before the next, joined by "và"; a list of names
with one the name finder does not read; central-committee titles spelled "TƯ"; and "chức vụ"
(a post) before a title, which is no "Vụ trưởng"; a deputy named with a province (National
Assembly); a bare minister's title after a ministry named in its sentence; posts shared out
respectively."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_chain_between_two_names_joined_by_va_is_split() -> None:
    persons, _, _ = run("Dự lễ có Thượng tướng Tô Văn Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ "
                        "Công an và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Văn Hải.")
    assert persons["Tô Văn Lâm"] == {("Ủy viên", "Bộ Chính trị"), ("Bộ trưởng", "Bộ Công an")}
    assert persons["Hoàng Văn Hải"] == {("Ủy viên", "Bộ Chính trị"),
                                        ("Bí thư", "Thành ủy Hà Nội")}


def test_a_list_keeps_its_members_past_an_unread_name() -> None:
    persons, _, _ = run("Các ông: Nguyễn Văn Yên, Phạm S, Trần Thanh Liêm, Phan Văn Đa được bầu "
                        "tiếp tục giữ chức vụ Phó chủ tịch UBND tỉnh Lâm Đồng.")
    for name in ("Nguyễn Văn Yên", "Trần Thanh Liêm", "Phan Văn Đa"):
        assert persons[name] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng")}
    # a capitalised phrase that starts with no family name breaks the list
    persons, _, _ = run("Ông Nguyễn Văn Yên, Sở Nội Vụ, ông Trần Thanh Liêm được bầu làm Phó chủ "
                        "tịch UBND tỉnh Lâm Đồng.")
    assert persons["Nguyễn Văn Yên"] == set()


def test_central_committee_titles_spelled_with_tu() -> None:
    persons, _, _ = run("Ông Lương Văn Cường, Bí thư TƯ Đảng, dự. Ông Lê Văn Tám, Ủy viên TƯ Đảng, "
                        "Bí thư Tỉnh ủy Hậu Giang, dự.")
    assert persons["Lương Văn Cường"] == {("Bí thư", "Ban Chấp hành Trung ương Đảng")}
    assert persons["Lê Văn Tám"] == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                     ("Bí thư", "Tỉnh ủy Hậu Giang")}


def test_chuc_vu_before_a_title_is_no_vu_truong() -> None:
    persons, _, _ = run("Ông Huỳnh Văn Phong từng giữ chức vụ Trưởng Ban Tổ chức Huyện ủy Phù Yên. "
                        "Ông Lê Văn Ba giữ chức Vụ trưởng Vụ Pháp chế, Bộ Nội vụ.")
    assert persons["Huỳnh Văn Phong"] == {("Trưởng ban", "Ban Tổ chức Huyện ủy Phù Yên")}
    assert persons["Lê Văn Ba"] == {("Vụ trưởng", "Vụ Pháp chế Bộ Nội vụ")}


def test_a_list_head_with_the_kind_of_post_before_gom() -> None:
    persons, _, _ = run("Các Phó ban Kinh tế Trung ương chuyên trách, gồm: ông Cao Văn Phát, Ủy "
                        "viên Trung ương Đảng; ông Ngô Văn Hải và ông Nguyễn Ngọc Bảo.")
    for name in ("Cao Văn Phát", "Ngô Văn Hải", "Nguyễn Ngọc Bảo"):
        assert ("Phó Trưởng ban", "Ban Kinh tế Trung ương") in persons[name]


def test_a_deputy_named_with_a_province_sits_in_the_national_assembly() -> None:
    persons, _, _ = run("ĐB Nguyễn Sỹ Cương (Ninh Thuận) không dùng hết thời gian. Đại biểu Lê Văn "
                        "Năm (Đà Nẵng) đề cập. Đại biểu Trần Văn Ba (phường Tân Chính, quận Thanh "
                        "Khê) chất vấn.")
    assert persons["Nguyễn Sỹ Cương"] == {("Đại biểu", "Quốc hội")}
    assert persons["Lê Văn Năm"] == {("Đại biểu", "Quốc hội")}
    assert persons["Trần Văn Ba"] == set()  # an address, not a province's delegation


def test_a_bare_ministers_title_takes_the_ministry_named_before_it() -> None:
    persons, _, _ = run("Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng Phạm Văn Hà đã chúc mừng. Tại "
                        "buổi họp báo của Bộ Công Thương sáng 14/7, Thứ trưởng Đỗ Văn Hải cho "
                        "biết. Bộ Nội vụ đã kết luận. Thứ trưởng Lê Văn Hòa phát biểu.")
    assert persons["Phạm Văn Hà"] == {("Bộ trưởng", "Bộ Xây dựng")}
    assert persons["Đỗ Văn Hải"] == {("Thứ trưởng", "Bộ Công thương")}
    assert persons["Lê Văn Hòa"] == set()  # the ministry is named in another sentence


def test_posts_shared_out_respectively_stay_with_each_holder() -> None:
    persons, _, _ = run("HĐND tỉnh An Giang đã bầu ông Võ Anh Kiệt, Chủ tịch HĐND tỉnh khóa VIII "
                        "và ông Đinh Công Minh, Phó Chủ tịch HĐND tỉnh khóa VIII tái đắc cử Chủ "
                        "tịch và Phó Chủ tịch HĐND tỉnh An Giang khóa IX.")
    assert persons["Võ Anh Kiệt"] == {("Chủ tịch", "Hội đồng nhân dân tỉnh An Giang")}
    assert persons["Đinh Công Minh"] == {("Phó Chủ tịch", "Hội đồng nhân dân tỉnh An Giang")}


def test_a_former_post_after_the_last_names_own_chain_is_the_last_names() -> None:
    # "…, nguyên là …" after B's own chain and a comma says more of B alone
    persons, _, _ = run("Hai đảng viên bị cảnh cáo là ông Trần Văn Tư, Phó trưởng Ban Tổ chức "
                        "Tỉnh ủy Long An và ông Lê Văn Hòa, Phó trưởng ban Dân vận Tỉnh ủy, "
                        "nguyên là Bí thư Huyện ủy Cần Đước.")
    assert persons["Trần Văn Tư"] == {("Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy Long An")}
    assert ("Bí thư", "Huyện ủy Cần Đước") in persons["Lê Văn Hòa"]
    # with no comma, the verb still takes every name of the list
    persons, _, _ = run("Ông Trần Văn Tư - Phó trưởng Ban Tổ chức Tỉnh ủy Long An và ông Lê Văn "
                        "Hòa - Phó trưởng ban Dân vận Tỉnh ủy được bầu giữ chức Phó Bí thư Tỉnh "
                        "ủy.")
    for name in ("Trần Văn Tư", "Lê Văn Hòa"):
        assert ("Phó Bí thư", "Tỉnh ủy Long An") in persons[name]
