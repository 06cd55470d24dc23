"""A bare "Đại biểu"/"ĐB" before a name, in a report of a council's session, is a member of that
council; with no session named, or a session whose council has no level or place, the title
stays bare; a province in brackets still means the National Assembly (short sentences we
wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run

_DEPUTY_HCM = ("Đại biểu", "Hội đồng nhân dân thành phố Hồ Chí Minh")


def test_a_deputy_speaking_at_a_council_session_sits_in_that_council() -> None:
    persons, _, _ = run("Ngày 5/7, kỳ họp thứ 5 HĐND TP.HCM khóa IX tiếp tục phiên thảo luận. "
                        "ĐB Lâm Thị Hoa đề nghị làm rõ tiến độ dự án. Đại biểu Trần Văn Khải "
                        "cho biết cử tri rất quan tâm.")
    assert _DEPUTY_HCM in persons["Lâm Thị Hoa"]
    assert _DEPUTY_HCM in persons["Trần Văn Khải"]


def test_the_council_of_a_session_takes_its_place_from_the_article() -> None:
    persons, _, _ = run("Tại kỳ họp bất thường của HĐND tỉnh, đại biểu Lâm Văn Sơn chất vấn "
                        "Giám đốc Sở Tài chính.", province="Hậu Giang")
    assert ("Đại biểu", "Hội đồng nhân dân tỉnh Hậu Giang") in persons["Lâm Văn Sơn"]


def test_no_session_no_council() -> None:
    persons, _, _ = run("Tại chương trình đối thoại, đại biểu Lâm Văn Sơn đề nghị lãnh đạo "
                        "thành phố giải thích.", province="Hậu Giang")
    assert not any(role == "Đại biểu" for role, _ in persons.get("Lâm Văn Sơn", set()))


def test_a_session_of_a_council_without_level_or_place_names_none() -> None:
    persons, _, _ = run("Đề án sẽ trình kỳ họp HĐND vào tháng 7. Đại biểu Lâm Văn Sơn đánh "
                        "giá đề án là cần thiết.")
    assert not any(role == "Đại biểu" for role, _ in persons.get("Lâm Văn Sơn", set()))


def test_a_deputy_named_with_a_province_is_in_the_national_assembly() -> None:
    persons, _, _ = run("Tại kỳ họp thứ 5 HĐND TP.HCM, ĐB Lâm Văn Sơn (Ninh Thuận) được mời "
                        "phát biểu.")
    assert ("Đại biểu", "Quốc hội") in persons["Lâm Văn Sơn"]


def test_a_deputy_with_his_own_body_keeps_it() -> None:
    persons, _, _ = run("Tại kỳ họp thứ 5 HĐND TP.HCM, Đại biểu Quốc hội Lâm Văn Sơn phát biểu.")
    assert persons["Lâm Văn Sơn"] == {("Đại biểu", "Quốc hội")}


def test_a_session_named_only_after_the_deputy_is_another_matter() -> None:
    persons, _, _ = run("Đại hội Đảng bộ huyện khai mạc. Đại biểu Lâm Văn Sơn phát biểu tham "
                        "luận. Kỳ họp HĐND tỉnh sẽ diễn ra vào tháng 7.", province="Hậu Giang")
    assert not any(role == "Đại biểu" for role, _ in persons.get("Lâm Văn Sơn", set()))
