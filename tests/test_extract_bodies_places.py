"""The place each body gets when the text names it without one (short sentences we write)."""

from __future__ import annotations

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
