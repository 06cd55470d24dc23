"""After a source named with "Theo" ("Theo đại biểu A, …"), a chain not closed by a comma and
followed by a verb is the subject of what the source says, not the source's post; a closed
apposition is still the source's (short sentences we wrote, fictional people)."""

from __future__ import annotations

from test_extract_people_general import run


def test_subject_after_the_source_is_someone_else() -> None:
    persons, _, _ = run("Theo đại biểu Lâm Văn Sơn, Bí thư Tỉnh ủy Yên Bái phải chỉ đạo làm rõ "
                        "vụ việc.")
    assert ("Bí thư", "Tỉnh ủy Yên Bái") not in persons.get("Lâm Văn Sơn", set())


def test_closed_apposition_after_the_source_is_the_sources_post() -> None:
    persons, _, _ = run("Theo ông Lâm Văn Sơn, Trưởng ban Tổ chức Thành ủy Cần Thơ, cấp ủy các "
                        "cấp đã làm tốt việc kiểm điểm.")
    assert ("Trưởng ban", "Ban Tổ chức Thành ủy Cần Thơ") in persons["Lâm Văn Sơn"]


def test_a_verb_after_a_post_without_theo_keeps_it() -> None:
    persons, _, _ = run("Ông Lâm Văn Sơn, Bí thư Tỉnh ủy Yên Bái đã chỉ đạo làm rõ vụ việc.")
    assert ("Bí thư", "Tỉnh ủy Yên Bái") in persons["Lâm Văn Sơn"]
