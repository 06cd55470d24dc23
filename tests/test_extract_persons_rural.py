""""nông thôn" ("rural", the end of a ministry's or department's name) is no hamlet ("thôn")
before the name that follows it; a hamlet named like a person stays a place. Short sentences we
wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.names import find_names
from test_extract_people_general import run


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text, [])]


def test_rural_is_not_a_hamlet_before_a_name() -> None:
    persons, _, _ = run("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoàn phát "
                        "biểu tại hội nghị.")
    assert persons == {"Lê Minh Hoàn": {("Bộ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")}}
    assert _names("Giám đốc Sở Nông nghiệp và Phát triển Nông thôn Trần Văn Khải cho biết.") \
        == ["Trần Văn Khải"]


def test_a_hamlet_named_like_a_person_is_still_a_place() -> None:
    assert _names("Người dân thôn Hà Công đã phản đối việc đổ rác.") == []
    assert _names("Trạm y tế ở thôn Lê Lợi mở cửa.") == []
