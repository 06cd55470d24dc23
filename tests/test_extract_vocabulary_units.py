"""Classes of bodies and titles from the vocabulary files (`bodies.tsv`, `titles.tsv`,
`departments.tsv`, `name_words.txt`): ministries' general departments and their provincial
units, public centres and boards, associations, the press, research institutes, company boards,
party departments and pre-1976 provincial services. Each is checked on a short sentence we wrote
(fictional people, real kinds of institution)."""

from __future__ import annotations

from cadregraph.ingest.extract import extract
from cadregraph.ingest.records import Article
from test_extract_people_general import run


def test_general_department_of_a_ministry_is_national() -> None:
    persons, orgs, _ = run("Ông Đỗ Văn Tám, Phó Tổng cục trưởng Tổng cục Du lịch, làm việc với "
                           "tỉnh; Tổng cục THADS có công văn gửi Cục.")
    assert persons["Đỗ Văn Tám"] == {("Phó Tổng cục trưởng", "Tổng cục Du lịch")}
    assert {"Tổng cục Du lịch", "Tổng cục Thi hành án dân sự"} <= orgs


def test_provincial_department_of_a_ministry_takes_the_province() -> None:
    persons, orgs, _ = run("Ông Nguyễn Văn Bảy, Cục trưởng Cục Thuế tỉnh Long An, và ông Lý "
                           "Văn Năm, Phó Cục trưởng Cục Hải quan, dự họp.", province="Long An")
    assert persons["Nguyễn Văn Bảy"] == {("Cục trưởng", "Cục Thuế tỉnh Long An")}
    assert persons["Lý Văn Năm"] == {("Phó Cục trưởng", "Cục Hải quan tỉnh Long An")}
    assert {"Cục Thuế tỉnh Long An", "Cục Hải quan tỉnh Long An"} <= orgs


def test_sub_department_of_a_provincial_department() -> None:
    persons, orgs, _ = run("Ông Hồ Văn Mười, Chi cục trưởng Chi cục Kiểm lâm, kiểm tra rừng "
                           "phòng hộ.", province="Bình Định")
    assert persons["Hồ Văn Mười"] == {("Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Bình Định")}
    assert "Chi cục Kiểm lâm tỉnh Bình Định" in orgs


def test_public_centres_of_a_province_and_of_a_district() -> None:
    persons, orgs, _ = run("Tỉnh thành lập Trung tâm xúc tiến và hỗ trợ đầu tư trực thuộc UBND "
                           "tỉnh. Ông Mai Văn Hai, Giám đốc Trung tâm Y tế huyện Phú Tân, báo "
                           "cáo.", province="An Giang")
    assert persons["Mai Văn Hai"] == {("Giám đốc", "Trung tâm Y tế huyện Phú Tân")}
    assert {"Trung tâm Xúc tiến và Hỗ trợ đầu tư tỉnh An Giang",
            "Trung tâm Y tế huyện Phú Tân"} <= orgs


def test_state_boards_and_services_with_their_place() -> None:
    persons, orgs, _ = run("Ban An toàn giao thông tỉnh Bình Định họp. Ông Thạch Văn Sáu là Giám "
                           "đốc Kho bạc Nhà nước tỉnh Trà Vinh; ông Lữ Văn Ba, Trưởng Ban Bồi "
                           "thường giải phóng mặt bằng quận Tân Bình.")
    assert persons["Thạch Văn Sáu"] == {("Giám đốc", "Kho bạc Nhà nước tỉnh Trà Vinh")}
    assert persons["Lữ Văn Ba"] == {
        ("Trưởng ban", "Ban Bồi thường giải phóng mặt bằng quận Tân Bình")}
    assert {"Ban An toàn giao thông tỉnh Bình Định", "Kho bạc Nhà nước tỉnh Trà Vinh"} <= orgs


def test_investigation_agency_of_a_police_body() -> None:
    _, orgs, _ = run("Ông Vũ Văn Chín bị Cơ quan Cảnh sát điều tra Bộ Công an khởi tố. Cơ quan "
                     "CSĐT Công an tỉnh Bình Định vào cuộc.")
    assert {"Cơ quan Cảnh sát điều tra Bộ Công an",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Định"} <= orgs


def test_associations_national_and_local_with_dash_variants() -> None:
    persons, orgs, _ = run("Ông Giang Văn Tám, Chủ tịch Hội Văn học-Nghệ thuật tỉnh Phú Yên, "
                           "hội viên Hội Nhà văn Việt Nam. Ông Trịnh Văn Một, Chủ tịch Liên minh "
                           "Hợp tác xã tỉnh Cà Mau, Chủ tịch Hội Luật gia tỉnh.")
    assert persons["Giang Văn Tám"] == {("Chủ tịch", "Hội Văn học - Nghệ thuật tỉnh Phú Yên")}
    assert persons["Trịnh Văn Một"] == {("Chủ tịch", "Liên minh Hợp tác xã tỉnh Cà Mau"),
                                        ("Chủ tịch", "Hội Luật gia tỉnh Cà Mau")}
    assert "Hội Nhà văn Việt Nam" in orgs


def test_press_titles_and_papers_named_with_a_post() -> None:
    persons, orgs, _ = run("Ông Trần Văn Khải, Tổng biên tập Tạp chí Sông Lam, và bà Lê Thị Mơ, "
                           "Phó Tổng biên tập Báo Nhân Dân, dự lễ. Theo Báo Thanh Niên, phóng "
                           "viên báo Tuổi Trẻ cũng có mặt.")
    assert persons["Trần Văn Khải"] == {("Tổng biên tập", "Tạp chí Sông Lam")}
    assert persons["Lê Thị Mơ"] == {("Phó Tổng biên tập", "Báo Nhân Dân")}
    # a paper is listed, like a company, when the article names a post in it
    assert {"Tạp chí Sông Lam", "Báo Nhân Dân"} <= orgs
    assert not any("Thanh Niên" in o or "Tuổi Trẻ" in o for o in orgs)


def test_lower_case_words_are_not_papers_institutes_or_services() -> None:
    _, orgs, _ = run("Thông báo Kết luận của Tỉnh ủy. Cảnh báo Hà Nội mưa lớn. Bệnh viện Đa "
                     "khoa tỉnh và bệnh viện Đa khoa huyện. Các công ty Điện lực tỉnh Long An.",
                     province="An Giang")
    assert not any(o.startswith(("Báo", "Viện", "Ty ")) for o in orgs)


def test_research_institutes_and_the_academies() -> None:
    persons, _, _ = run("Ông Lưu Văn Sáu, Viện trưởng Viện Nghiên cứu Phát triển Kinh tế, và ông "
                        "Tạ Văn Mười, Chủ tịch Viện Hàn lâm KHXH Việt Nam, phát biểu.")
    assert persons["Lưu Văn Sáu"] == {("Viện trưởng", "Viện Nghiên cứu Phát triển Kinh tế")}
    assert persons["Tạ Văn Mười"] == {("Chủ tịch", "Viện Hàn lâm Khoa học xã hội Việt Nam")}


def test_company_boards_belong_to_their_company() -> None:
    persons, _, _ = run("Bà Đào Thị Hai, Chủ tịch HĐQT Công ty cổ phần Xi măng Hà Tiên, phát "
                        "biểu. Ông Cù Văn Ba, Chủ tịch Hội đồng thành viên Tổng công ty Cao su, "
                        "dự.")
    assert persons["Đào Thị Hai"] == {
        ("Chủ tịch", "Hội đồng quản trị Công ty cổ phần Xi măng Hà Tiên")}
    assert persons["Cù Văn Ba"] == {("Chủ tịch", "Hội đồng thành viên Tổng công ty Cao su")}
    # a party group named before a board is the company's
    persons, _, _ = run("Ông Đinh Văn Thắng làm Bí thư Ban cán sự đảng, Chủ tịch Hội đồng quản "
                        "trị Tập đoàn PVN.")
    assert ("Bí thư", "Ban cán sự đảng Tập đoàn PVN") in persons["Đinh Văn Thắng"]


def test_party_departments_old_and_new() -> None:
    persons, orgs, _ = run("Ông Kha Văn Bốn, Trưởng ban Kinh tế Tỉnh ủy Sóc Trăng, nguyên Trưởng "
                           "ban Tuyên huấn Thành ủy Cần Thơ. Ông Lạc Văn Năm từng là Phó ban "
                           "Tuyên huấn Khu 9, Bí thư Huyện ủy Kế Sách.")
    assert persons["Kha Văn Bốn"] == {("Trưởng ban", "Ban Kinh tế Tỉnh ủy Sóc Trăng"),
                                      ("Trưởng ban", "Ban Tuyên huấn Thành ủy Cần Thơ")}
    # a defunct department of a war-time body we cannot read borrows no nearby committee
    assert not any(o.startswith("Ban Tuyên huấn Huyện ủy") for o in orgs)


def test_pre_1976_provincial_service() -> None:
    _, orgs, _ = run("Năm 1970, ông Phan Văn Đức về công tác ở Ty Văn hóa-Thông tin Hà Tĩnh.")
    assert "Ty Văn hóa - Thông tin tỉnh Hà Tĩnh" in orgs


def test_department_name_with_a_dash_written_unspaced() -> None:
    persons, _, _ = run("Ông Lò Văn Hai từng là Giám đốc Sở Văn hóa- Thông tin tỉnh Lai Châu.")
    assert persons["Lò Văn Hai"] == {("Giám đốc", "Sở Văn hóa - Thông tin tỉnh Lai Châu")}


def test_broadcaster_written_without_va() -> None:
    persons, _, _ = run("Ông Đào Văn Út - Phó Giám đốc Đài phát thanh Truyền hình Cà Mau; phóng "
                        "viên các báo.")
    assert persons["Đào Văn Út"] == {("Phó Giám đốc", "Đài Phát thanh Truyền hình tỉnh Cà Mau")}


def test_fire_police_chief_accountant_and_a_ministry_named_with_viet_nam() -> None:
    persons, _, _ = run("Đại tá Lê Văn Bảy, Giám đốc Cảnh sát PCCC TP.HCM, cho biết. Ông Hà Văn "
                        "Tám, nguyên Kế toán trưởng Ban Quản lý dự án quận 3. Thứ trưởng Bộ Y tế "
                        "Việt Nam Trần Thị Chín trình bày.")
    assert persons["Lê Văn Bảy"] == {
        ("Giám đốc", "Cảnh sát Phòng cháy và chữa cháy thành phố Hồ Chí Minh")}
    assert {role for role, _ in persons["Hà Văn Tám"]} == {"Kế toán trưởng"}
    assert persons["Trần Thị Chín"] == {("Thứ trưởng", "Bộ Y tế")}


def test_heads_of_cuc_with_their_body_abbreviated_or_bracketed() -> None:
    persons, _, _ = run("Ông Lê Văn Chín - Bí thư Đảng ủy, Cục trưởng THADS Hà Nội chúc mừng. "
                        "Quyền Cục trưởng Cục Thi hành án dân sự (THADS) Vũ Văn Mười cho biết. "
                        "Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Đàm Văn Một nói.",
                        province="Hà Nội")
    assert persons["Lê Văn Chín"] == {("Cục trưởng", "Cục Thi hành án dân sự thành phố Hà Nội"),
                                      ("Bí thư", "Đảng ủy Cục Thi hành án dân sự thành phố Hà Nội")}
    assert persons["Vũ Văn Mười"] == {("Cục trưởng", "Cục Thi hành án dân sự thành phố Hà Nội")}
    assert persons["Đàm Văn Một"] == {("Cục trưởng", "Cục Chống tham nhũng")}


def test_front_written_mttqvn() -> None:
    persons, _, _ = run("Phó Chủ tịch Ủy ban Trung ương MTTQVN Trương Thị Mười chủ trì hội nghị.")
    assert persons["Trương Thị Mười"] == {
        ("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}


def test_front_committee_written_ub_mttq() -> None:
    persons, _, _ = run("Bà Phan Thị Bảy, Chủ tịch UB MTTQ quận 2, phát biểu.")
    assert persons["Phan Thị Bảy"] == {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam Quận 2")}


def test_name_words_written_in_lower_case() -> None:
    persons, _, _ = run("Ông Đặng Văn Năm, Giám đốc Bệnh viện đa khoa huyện Gia Viễn bị kỷ luật.")
    assert persons["Đặng Văn Năm"] == {("Giám đốc", "Bệnh viện đa khoa huyện Gia Viễn")}


def test_front_committees_abbreviated_tu_and_vn() -> None:
    persons, _, _ = run("Ông Đỗ Văn Hai, Chủ tịch Ủy ban TƯ MTTQ Việt Nam, và ông Vũ Văn Ba, phó "
                        "chủ tịch Ủy ban MTTQ VN TPHCM, cùng dự.")
    assert persons["Đỗ Văn Hai"] == {("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    assert persons["Vũ Văn Ba"] == {
        ("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh")}


def test_national_assembly_abbreviated_qh() -> None:
    persons, _, _ = run("Phó Chủ tịch QH Lê Văn Hiển nhận định phiên họp sôi nổi. Một nguồn tin "
                        "từ UB Thường vụ QH cho biết. Luật số 12/2025/QH15 có hiệu lực.")
    assert persons["Lê Văn Hiển"] == {("Phó Chủ tịch", "Quốc hội")}
    _, organizations, _ = run("Một nguồn tin từ UB Thường vụ QH cho biết.")
    assert organizations == {"Ủy ban Thường vụ Quốc hội"}


def test_department_abbreviations_planning_and_culture() -> None:
    persons, _, _ = run("Nguyên Giám đốc Sở QH-KT TP Hà Nội Lê Văn Tuấn và ông Đinh Văn Hai, Phó "
                        "Giám đốc Sở VH-TT Đà Nẵng, cùng dự.")
    assert persons["Lê Văn Tuấn"] == {("Giám đốc", "Sở Quy hoạch - Kiến trúc thành phố Hà Nội")}
    assert persons["Đinh Văn Hai"] == {("Phó Giám đốc", "Sở Văn hóa và Thể thao thành phố Đà Nẵng")}


def test_national_papers_whose_names_hold_lower_case_words() -> None:
    persons, organizations, _ = run("Dự có Phó Tổng Biên tập Báo Nhân dân Lê Văn Hiền; Tổng biên "
                                    "tập Báo Tuổi trẻ Đỗ Văn Tư. Ảnh: Báo Lao động")
    assert persons["Lê Văn Hiền"] == {("Phó Tổng biên tập", "Báo Nhân Dân")}
    assert persons["Đỗ Văn Tư"] == {("Tổng biên tập", "Báo Tuổi Trẻ")}
    assert "Báo Lao Động" not in organizations  # a credit: no one holds a post there


def test_supreme_procuracy_abbreviated_and_an_investigation_agency() -> None:
    persons, _, _ = run("Phó viện trưởng VKSNDTC Lê Hải Phong trao quyết định. Ông Lưu Minh Đức, "
                        "Thủ trưởng Cơ quan điều tra Công an H.Nghĩa Hành, bị kỷ luật.")
    assert persons["Lê Hải Phong"] == {("Phó Viện trưởng", "Viện kiểm sát nhân dân tối cao")}
    assert persons["Lưu Minh Đức"] == {
        ("Thủ trưởng", "Cơ quan điều tra Công an huyện Nghĩa Hành")}


def test_central_office_named_without_dang() -> None:
    persons, _, _ = run("Dự có Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Lê Văn Nên.")
    assert ("Chánh Văn phòng", "Văn phòng Trung ương Đảng") in persons["Lê Văn Nên"]


def test_abbreviated_committee_members_and_deputies() -> None:
    persons, _, _ = run("Dự có đồng chí Vũ Văn Liêm – QUV, Bí thư Đảng ủy phường Khuê Trung, đồng "
                        "chí Lê Hồng Minh, PBT Thường trực Đảng ủy phường, đồng chí Đỗ Văn Sơn, "
                        "PBT, PCT UBND phường.")
    # (QUV: a member of the ward's district committee, Cẩm Lệ)
    assert persons["Vũ Văn Liêm"] == {("Bí thư", "Đảng ủy phường Khuê Trung"),
                                     ("Ủy viên", "Quận ủy Cẩm Lệ")}
    assert persons["Lê Hồng Minh"] == {("Phó Bí thư Thường trực", "Đảng ủy phường Khuê Trung")}
    assert persons["Đỗ Văn Sơn"] == {("Phó Bí thư", "Đảng ủy phường Khuê Trung"),
                                    ("Phó Chủ tịch", "Ủy ban nhân dân phường Khuê Trung")}


def test_a_deputy_secretary_written_without_thu() -> None:
    # a dropped "thư" is a common slip in lists of guests: "Phó Bí Thành ủy"
    persons, _, _ = run("Dự có các đồng chí: Lê Văn Tư, Phó Bí Thành ủy, Chủ tịch Ủy ban MTTQ "
                        "Việt Nam TP Cần Thơ.")
    assert persons["Lê Văn Tư"] == {
        ("Phó Bí thư", "Thành ủy Cần Thơ"),
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ")}


def test_a_party_group_of_a_council_written_hdnd() -> None:
    # the "H" of "HĐND" is no "H." (huyện) glued to a name
    persons, _, _ = run("Ông Lê Văn Tư, Bí thư Đảng đoàn HĐND tỉnh An Giang, và ông Trần "
                        "Văn Ba, Chủ tịch UBND H.Nghĩa Hành, dự.")
    assert persons["Lê Văn Tư"] == {("Bí thư", "Đảng đoàn Hội đồng nhân dân tỉnh An Giang")}
    assert persons["Trần Văn Ba"] == {("Chủ tịch", "Ủy ban nhân dân huyện Nghĩa Hành")}


def test_bodies_of_the_2025_reorganisation() -> None:
    persons, _, _ = run("Ông Lý Văn Tư, Chánh Văn phòng HĐND và UBND xã Tân Lập; bà Đỗ Thị Năm, "
                        "Giám đốc Trung tâm Phục vụ hành chính công xã Tân Lập; ông Lò Văn Sáu, "
                        "Bí thư Đảng ủy các cơ quan Đảng tỉnh An Giang, cùng dự.")
    assert persons["Lý Văn Tư"] == {
        ("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập")}
    assert persons["Đỗ Thị Năm"] == {
        ("Giám đốc", "Trung tâm Phục vụ hành chính công xã Tân Lập")}
    assert persons["Lò Văn Sáu"] == {("Bí thư", "Đảng ủy các cơ quan Đảng tỉnh An Giang")}


def test_youth_volunteer_force_of_a_city() -> None:
    persons, _, _ = run("Ông Lê Văn Khoa từng giữ chức vụ Chỉ huy trưởng Lực lượng Thanh niên xung "
                        "phong TP.HCM.")
    assert persons["Lê Văn Khoa"] == {
        ("Chỉ huy trưởng", "Lực lượng Thanh niên xung phong thành phố Hồ Chí Minh")}


def test_company_abbreviated_cty() -> None:
    persons, _, _ = run("Ông Nguyễn Tiến Khoa, Phó tổng giám đốc Cty Điện lực Hà Nội cho biết.")
    assert persons["Nguyễn Tiến Khoa"] == {("Phó Tổng Giám đốc", "Công ty Điện lực Hà Nội")}


def test_the_office_of_a_state_body_is_a_state_office() -> None:
    record = extract(Article(id="t", text="Ông Lê Văn Ba, Chánh Văn phòng UBND tỉnh Nghệ An, và "
                                          "ông Lê Văn Tư, Chánh Văn phòng Tỉnh ủy Nghệ An, dự."))
    types = {o.name: o.body_type for o in record.organizations}
    assert types["Văn phòng Ủy ban nhân dân tỉnh Nghệ An"] == "state_office"
    assert types["Văn phòng Tỉnh ủy Nghệ An"] == "party_office"


def test_offices_and_a_chamber_named_by_their_work_and_a_ward_named_so() -> None:
    persons, organizations, _ = run(
        "Ông Huỳnh Văn Nhã, Chánh Văn phòng Điều phối nông thôn mới tỉnh Sóc Trăng, nói đánh giá "
        "của Phòng Công nghiệp và Thương mại Việt Nam là công bằng. Mẹ Phạm Thị Vọt ở phường "
        "Sở Dầu, quận Hồng Bàng.")
    assert persons["Huỳnh Văn Nhã"] == {
        ("Chánh Văn phòng", "Văn phòng Điều phối nông thôn mới tỉnh Sóc Trăng")}
    assert "Phòng Thương mại và Công nghiệp Việt Nam" in organizations
    assert not any(o.startswith("Sở Dầu") for o in organizations)


def test_schools_of_every_kind_with_abbreviations_expanded() -> None:
    persons, orgs, _ = run("Bà Mai Thị Ba, Hiệu trưởng Trường THCS Lê Lợi, và ông Võ Văn Tư, "
                           "Phó Hiệu trưởng Trường ĐH Y khoa Phạm Ngọc Thạch, dự lễ. Ông Chu "
                           "Văn Năm, nguyên Hiệu trưởng Trường Sĩ quan Lục quân 2, phát biểu.")
    assert persons["Mai Thị Ba"] == {("Hiệu trưởng", "Trường Trung học cơ sở Lê Lợi")}
    assert persons["Võ Văn Tư"] == {
        ("Phó Hiệu trưởng", "Trường Đại học Y khoa Phạm Ngọc Thạch")}
    assert "Trường Sĩ quan Lục quân 2" in orgs


def test_central_bloc_committee_written_short_and_a_representative_office() -> None:
    persons, orgs, _ = run("Ông Lại Văn Sáu, Bí thư Đảng ủy Khối các cơ quan TƯ, đến thăm Văn "
                           "phòng đại diện Báo Nhân Dân tại Cần Thơ.", province="Cần Thơ")
    assert persons["Lại Văn Sáu"] == {("Bí thư", "Đảng ủy Khối các cơ quan Trung ương")}
    assert "Văn phòng đại diện Báo Nhân Dân" in orgs
    assert not any(o.startswith("Văn phòng Thành ủy") for o in orgs)


def test_a_management_board_is_a_state_agency_not_a_working_group() -> None:
    record = extract(Article(id="t", text="Ông Vương Văn Hai, Trưởng Ban Quản lý Khu kinh tế "
                             "tỉnh Quảng Nam, báo cáo với Ban Chỉ đạo công tác bầu cử tỉnh "
                             "Quảng Nam."))
    types = {o.name: o.body_type for o in record.organizations}
    assert types["Ban Quản lý Khu kinh tế tỉnh Quảng Nam"] == "state_department"
    assert types["Ban Chỉ đạo công tác bầu cử tỉnh Quảng Nam"] == "ad_hoc_committee"


def test_boards_of_the_assembly_standing_committee() -> None:
    persons, orgs, _ = run("Ban Dân nguyện của Quốc hội giám sát. Ông Từ Văn Hai, Phó Trưởng Ban "
                           "Công tác đại biểu, phát biểu.")
    assert persons["Từ Văn Hai"] == {("Phó Trưởng ban", "Ban Công tác đại biểu")}
    assert {"Ban Dân nguyện", "Ban Công tác đại biểu"} <= orgs
