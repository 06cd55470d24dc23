"""A numbered team named three ways in one article ("Đoàn kiểm tra của Bộ Chính trị",
"Đoàn kiểm tra số 469)", "Đoàn kiểm tra 469 của Bộ Chính trị") is one body, "Đoàn Kiểm tra số
469 của Bộ Chính trị"; teams named by what they do keep their names. Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_one_numbered_team_one_name() -> None:
    _, orgs, _ = run("Đoàn kiểm tra của Bộ Chính trị làm việc với Tỉnh ủy. Đoàn kiểm tra (Đoàn "
                     "kiểm tra số 469) do ông Trần Văn Ba làm trưởng đoàn. Đoàn kiểm tra 469 "
                     "của Bộ Chính trị đề nghị Tỉnh ủy khắc phục.", province="Hưng Yên")
    assert {o for o in orgs if o.startswith("Đoàn")} == {"Đoàn Kiểm tra số 469 của Bộ Chính trị"}


def test_two_numbered_teams_leave_the_unnumbered_mention_alone() -> None:
    _, orgs, _ = run("Đoàn kiểm tra của Bộ Chính trị làm việc với Tỉnh ủy. Đoàn kiểm tra số 470 "
                     "của Bộ Chính trị và Đoàn kiểm tra số 471 của Bộ Chính trị họp.",
                     province="Hưng Yên")
    assert {"Đoàn Kiểm tra của Bộ Chính trị", "Đoàn Kiểm tra số 470 của Bộ Chính trị",
            "Đoàn Kiểm tra số 471 của Bộ Chính trị"} <= orgs


def test_teams_named_by_their_task_keep_their_names() -> None:
    _, orgs, _ = run("Tổ công tác giúp việc thực hiện Quyết định số 284 của Bộ Chính trị họp. "
                     "Các thành viên Tổ công tác số 12, Ban Chỉ đạo 35 dự.")
    assert "Tổ công tác giúp việc thực hiện Quyết định số 284 của Bộ Chính trị" in orgs
    assert "Tổ công tác số 12" in orgs
