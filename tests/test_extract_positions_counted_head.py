"""A bare title that counts the names of a list ("Bảy phó ban khác gồm các ông A, …; B, …",
"Ba Phó ban kiêm nhiệm gồm: …") takes the body of the same office named a few sentences
before. Short texts we wrote, fictional people."""

from __future__ import annotations

from test_extract_people_general import run


def test_a_counted_head_looks_back_past_the_sentence() -> None:
    persons, _, _ = run("Hiện, ông Lý Văn Bình làm Trưởng ban Kinh tế Trung ương. Ông Hà Văn Tám "
                        "là phó trưởng ban thứ 8 của cơ quan này. Bảy phó ban khác gồm các ông "
                        "Cao Văn Phát, Ủy viên Trung ương Đảng; Đào Văn Hải, Thứ trưởng Bộ Tài "
                        "chính (kiêm nhiệm).")
    for name in ("Cao Văn Phát", "Đào Văn Hải"):
        assert ("Phó Trưởng ban", "Ban Kinh tế Trung ương") in persons[name]
    assert ("Thứ trưởng", "Bộ Tài chính") in persons["Đào Văn Hải"]
    # an uncounted bare title in the next sentence takes no body from before
    persons, _, _ = run("Ông Lý Văn Bình làm Trưởng ban Kinh tế Trung ương. Phó ban Đào Văn Hải "
                        "phát biểu.")
    assert not persons["Đào Văn Hải"]
