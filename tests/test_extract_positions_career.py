"""Posts listed in a career: a biography's periods ("5/1997-12/1999: Thành ủy viên, Giám đốc
Sở …") and a career list whose items go on past their titles ("… các khóa III, IV; đại biểu
Quốc hội từ khóa II đến khóa VI; …"). Short texts we wrote, fictional people."""

from __future__ import annotations

from cadregraph.ingest.extract.persons_attach_career import PERIOD
from test_extract_people_general import run


def test_period_heads_are_read_at_the_end_of_the_text_before_a_chain() -> None:
    for head in ("XIV 6/1970-12/1979: ", "Thượng úy. 4/1983-4/1985: ",
                 "+ Tháng 7.1979 – 6.1994: Cán bộ Huyện đoàn, ", "+ Từ tháng 10.2016 đến nay: ",
                 "Từ 7/2010 đến 5/2013: ", "+ Tháng 9.2.2011 – 14.4.2011: "):
        assert PERIOD.search(head), head
    assert PERIOD.search("+ Từ tháng 10.2016 đến nay: ").group("to") == "nay"
    # a document's code, a single day and a period not closed by a colon are no period heads
    for head in ("theo Quyết định số 12/2010-QĐ: ", "Ngày 5/7/2017: ", "từ 2010 đến 2015, "):
        assert not PERIOD.search(head), head


def test_each_period_of_a_biography_is_a_post_of_its_subject() -> None:
    persons, _, _ = run(
        "Ông Lý Văn Khoa được bầu giữ chức Chủ tịch UBND tỉnh Vĩnh Long. Tóm tắt quá trình "
        "công tác: 4/1990-7/1995: Cán bộ Huyện đoàn, Bí thư Huyện đoàn Tam Bình; "
        "8/1995-12/2005: Giám đốc Sở Y tế tỉnh Vĩnh Long; Đại biểu HĐND tỉnh Vĩnh Long. "
        "Từ 1/2006 đến nay: Ủy viên Ban Thường vụ Tỉnh ủy Vĩnh Long.")
    held = persons["Lý Văn Khoa"]
    assert {("Bí thư", "Huyện Đoàn Tam Bình"), ("Giám đốc", "Sở Y tế tỉnh Vĩnh Long"),
            ("Đại biểu", "Hội đồng nhân dân tỉnh Vĩnh Long"),
            ("Ủy viên", "Ban Thường vụ Tỉnh ủy Vĩnh Long")} <= held


def test_a_period_heading_a_plan_gives_no_post() -> None:
    # the chain after the period goes on with a verb: a plan's heading, not a career's line
    persons, _, _ = run("Ông Lý Văn Khoa là Giám đốc Sở Y tế tỉnh Bến Tre. Giai đoạn "
                        "2016-2020: Chủ tịch UBND tỉnh Bến Tre chỉ đạo các sở thực hiện.")
    assert persons["Lý Văn Khoa"] == {("Giám đốc", "Sở Y tế tỉnh Bến Tre")}


def test_a_period_is_not_said_of_a_name_met_in_passing() -> None:
    # the last name before the period is the object of "với": the biography is of the one
    # the text is about
    persons, _, _ = run(
        "Ông Lý Văn Khoa là Chủ tịch UBND tỉnh Vĩnh Long. Ông Khoa làm việc với ông Đinh Văn "
        "Tư. Ông Lý Văn Khoa sinh năm 1965. 8/1995-12/2005: Giám đốc Sở Y tế tỉnh Vĩnh Long.")
    assert ("Giám đốc", "Sở Y tế tỉnh Vĩnh Long") in persons["Lý Văn Khoa"]
    assert not persons.get("Đinh Văn Tư")


def test_career_items_go_on_past_their_terms_and_unread_parts() -> None:
    # (told of by a pronoun: with the name in the sentence, each item meets it on its own)
    persons, _, _ = run(
        "Đồng chí Hà Văn Chín sinh năm 1917. Đồng chí đã trải qua nhiều cương vị công tác, "
        "tiêu biểu là: Ủy viên Ban "
        "Chấp hành Trung ương Đảng các khóa III, IV; đại biểu Quốc hội từ khóa II đến khóa VI; "
        "Thiếu tướng, Tư lệnh Đoàn 99; Thứ trưởng Bộ Công an; Bộ trưởng Bộ Tư pháp. Tại lễ, "
        "Phó Chủ tịch UBND tỉnh Thái Bình Lục Văn Mười phát biểu.")
    held = persons["Hà Văn Chín"]
    assert {("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Đại biểu", "Quốc hội"),
            ("Thứ trưởng", "Bộ Công an"), ("Bộ trưởng", "Bộ Tư pháp")} <= held
    # the next sentence's chain is its own name's
    assert persons["Lục Văn Mười"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình")}
    # an item that tells what was done ends the list of posts
    persons, _, _ = run(
        "Ông Hà Văn Chín sinh năm 1950. Ông đã trải qua nhiều cương vị, tiêu biểu là: Thứ "
        "trưởng Bộ Công an; về sau đã vi phạm quy định; Bộ trưởng Bộ Tư pháp chỉ đạo xử lý.")
    assert persons["Hà Văn Chín"] == {("Thứ trưởng", "Bộ Công an")}
    # no career word: an item that goes on past its chain ends the list
    persons, _, _ = run(
        "Ông Hà Văn Chín được bầu làm Phó Chủ tịch UBND tỉnh Thái Bình nhiệm kỳ mới, kể từ "
        "hôm nay; Giám đốc Sở Tư pháp tỉnh Thái Bình sẽ báo cáo sau.")
    assert persons["Hà Văn Chín"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình")}


def test_a_profile_line_of_posts_is_its_subject_s() -> None:
    persons, _, _ = run(
        "Đồng chí Kha Văn Mạnh, sinh ngày 2-3-1965, tại xã Tân Phú, tỉnh Hậu Giang. Dân tộc: "
        "Kinh. Ngày vào Đảng: 25-8-1985; Ngày chính thức: 25-8-1986. Đại biểu Quốc hội khóa "
        "XIII; XIV. Hội nghị đã thống nhất bổ sung tám vị.")
    assert ("Đại biểu", "Quốc hội") in persons["Kha Văn Mạnh"]
    # a line that goes on with a verb is no field line
    persons, _, _ = run(
        "Ông Kha Văn Mạnh sinh năm 1965. Quê quán: Hậu Giang. Đại biểu Quốc hội Lò Văn Tư "
        "phát biểu.")
    assert not persons["Kha Văn Mạnh"]


def test_the_field_of_posts_in_a_profile_is_its_subject_s() -> None:
    persons, _, _ = run("Họ và tên: Lê Văn Khoa. Sinh ngày: 2/3/1965. Quê quán: Bến Tre. Chức "
                        "vụ hiện nay: Bí thư Tỉnh ủy Bến Tre, Chủ tịch HĐND tỉnh Bến Tre.")
    assert persons["Lê Văn Khoa"] == {("Bí thư", "Tỉnh ủy Bến Tre"),
                                      ("Chủ tịch", "Hội đồng nhân dân tỉnh Bến Tre")}
