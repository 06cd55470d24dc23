"""How bodies are named: departments written with any separators, bodies named bare after a
title. Each class on a short sentence we wrote (fictional people, real kinds of institution)."""

from __future__ import annotations

from cadregraph.ingest.extract.bodies_bare import foreign_word
from cadregraph.ingest.extract.bodies_lexicon import _load, dept_key
from test_extract_people_general import run


def test_department_separators_are_written_many_ways() -> None:
    persons, orgs, _ = run("Ông Lò Văn Tư, Giám đốc Sở TN - MT tỉnh Lào Cai, và bà Hà Thị "
                           "Năm, Phó Giám đốc Sở Tài nguyên– Môi trường tỉnh Lai Châu, dự họp. "
                           "Bộ VHTT-DL và Sở KH và ĐT tỉnh Lào Cai có ý kiến. Ông Vũ Văn Ba, "
                           "Thứ trưởng Kế hoạch & Đầu tư, dự họp.")
    assert persons["Lò Văn Tư"] == {("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Lào Cai")}
    assert persons["Hà Thị Năm"] == {
        ("Phó Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Lai Châu")}
    assert {"Bộ Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư tỉnh Lào Cai"} <= orgs
    assert persons["Vũ Văn Ba"] == {("Thứ trưởng", "Bộ Kế hoạch và Đầu tư")}


def test_department_rows_that_fold_together_name_one_department() -> None:
    canonical: dict[str, str] = {}
    for surface, name in _load("departments.tsv"):
        key = dept_key(surface)
        assert canonical.setdefault(key, name).lower() == name.lower(), surface


def test_school_and_company_names_with_lower_case_syllables_and_numbers() -> None:
    persons, orgs, _ = run("Ông Đào Văn Sáu, Hiệu trưởng Đại học Quốc tế, Đại học Quốc gia "
                           "Hà Nội, và ông Lương Văn Bảy, Phó Tổng Giám đốc Công ty Phát điện "
                           "2, dự họp. Ông Lò Văn Tám, Chủ tịch Tập đoàn Dầu khí quốc gia Việt "
                           "Nam, báo cáo.")
    assert persons["Đào Văn Sáu"] == {("Hiệu trưởng", "Đại học Quốc tế")}
    assert persons["Lương Văn Bảy"] == {("Phó Tổng Giám đốc", "Công ty Phát điện 2")}
    assert persons["Lò Văn Tám"] == {("Chủ tịch", "Tập đoàn Dầu khí quốc gia Việt Nam")}


def test_a_count_after_a_company_name_is_not_its_number() -> None:
    _, orgs, _ = run("Công ty Xi măng 5 năm qua đều có lãi; Công ty Cấp nước 2 tỷ đồng.")
    assert not any(o.startswith("Công ty") for o in orgs)


def test_company_named_bare_after_its_director_or_its_board() -> None:
    persons, orgs, _ = run("Ông Lâm Văn Chín, Tổng Giám đốc Sông Hồng Group, và ông Vi Văn Tư, "
                           "Chủ tịch HĐQT XYZ Corp, dự họp. Ông Đinh Văn Mười làm Chủ tịch "
                           "Hội đồng thành viên PVN.")
    assert persons["Lâm Văn Chín"] == {("Tổng Giám đốc", "Sông Hồng Group")}
    assert persons["Vi Văn Tư"] == {("Chủ tịch", "Hội đồng quản trị XYZ Corp")}
    assert persons["Đinh Văn Mười"] == {("Chủ tịch", "Hội đồng thành viên Tập đoàn PVN")}
    assert {"Sông Hồng Group", "XYZ Corp"} <= orgs


def test_a_person_after_a_director_title_is_no_company() -> None:
    persons, orgs, _ = run("Tổng Giám đốc Nguyễn Văn Tư cho biết công ty đã có lãi.")
    assert persons["Nguyễn Văn Tư"] == set()
    assert not orgs
    assert foreign_word("Becamex") and foreign_word("Group") and not foreign_word("Nghiêm")


def test_association_the_vocabulary_lacks_after_its_head_is_closed_by_its_place() -> None:
    persons, orgs, _ = run("Ông Tạ Văn Hai, Phó Chủ tịch Hội Kiến trúc cảnh quan TP Cần Thơ, "
                           "phát biểu. Ông Mạc Văn Ba là chủ tịch hội truyền thống đường Hồ Chí "
                           "Minh xã Phú Lộc.")
    assert persons["Tạ Văn Hai"] == {
        ("Phó Chủ tịch", "Hội Kiến trúc cảnh quan thành phố Cần Thơ")}
    assert persons["Mạc Văn Ba"] == set()  # the road named after the leader is no city
    assert "Hội Kiến trúc cảnh quan thành phố Cần Thơ" in orgs


def test_a_branch_is_named_with_its_place() -> None:
    persons, orgs, _ = run("Bà Tô Thị Hạnh (Giám đốc Văn phòng Đăng ký đất đai Chi nhánh huyện "
                           "Phú Tân) dự họp. Ngân hàng Nhà nước chi nhánh tỉnh An Giang báo "
                           "cáo.")
    assert persons["Tô Thị Hạnh"] == {
        ("Giám đốc", "Văn phòng Đăng ký đất đai chi nhánh huyện Phú Tân")}
    assert "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh An Giang" in orgs


def test_company_names_end_where_a_clause_or_a_person_starts() -> None:
    persons, orgs, _ = run("Ông Lục Văn Hai, Giám đốc Công ty TNHH Minh Khai do vợ ông góp vốn, "
                           "bị kỷ luật. Tổng giám đốc công ty Thuận Phát Đỗ Văn Ba cho biết. "
                           "Công ty CP Licogi 16 tổ chức lễ kỷ niệm.")
    assert persons["Lục Văn Hai"] == {("Giám đốc", "Công ty TNHH Minh Khai")}
    assert persons["Đỗ Văn Ba"] == {("Tổng Giám đốc", "Công ty Thuận Phát")}
    assert "Công ty Minh Khai do" not in " ".join(orgs)


def test_a_verb_in_lower_case_after_a_company_name_is_not_its_name() -> None:
    record = run("Công ty Hoàng Long đầu tư dự án khu dân cư. Bà Lã Thị Tư, Giám đốc Bệnh "
                 "viện Đa khoa huyện Gia Lâm, cho biết.")
    persons, orgs, _ = record
    assert not any("đầu tư" in o for o in orgs)
    assert persons["Lã Thị Tư"] == {("Giám đốc", "Bệnh viện Đa khoa huyện Gia Lâm")}


def test_procuracy_and_its_units_written_short() -> None:
    persons, orgs, _ = run("Ông Khổng Văn Tám, Trưởng phòng TCCB Viện KSND tỉnh Quảng Trị, bị "
                           "kỷ luật.")
    assert persons["Khổng Văn Tám"] == {
        ("Trưởng phòng", "Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh Quảng Trị")}
    assert "Viện kiểm sát nhân dân tỉnh Quảng Trị" in orgs


def test_front_abbreviated_alone_is_a_body_only_with_its_place() -> None:
    persons, orgs, _ = run("Bà Hà Thị Bảy, Chủ tịch MTTQ huyện Phú Tân, phát biểu. Cần phát huy "
                           "vai trò MTTQ và các đoàn thể.", province="An Giang")
    # the Front of a place is named by its committee (bodies_render)
    assert persons["Hà Thị Bảy"] == {("Chủ tịch",
                                      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Tân")}
    assert orgs == {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Tân"}
