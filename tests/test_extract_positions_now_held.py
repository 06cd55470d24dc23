"""After a post left ("nguyên A"), a post introduced with "hiện là"/"hiện đang giữ chức" is held
now, as after "nay là" (short sentences we wrote, fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.article import extract
from cadregraph.ingest.records import Article


def _posts(text: str) -> dict[tuple[str, str], bool]:
    record = extract(Article(id="t", text=text, province="An Giang"))
    return {(q.role, q.body): q.former for p in record.persons for q in p.positions}


def test_hien_la_after_a_former_post_is_held_now() -> None:
    posts = _posts("Ông Lâm Văn Sơn, nguyên Phó Chủ tịch UBND tỉnh, hiện là Giám đốc Sở Nội vụ "
                   "phát biểu.")
    assert posts[("Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")] is True
    assert posts[("Giám đốc", "Sở Nội vụ tỉnh An Giang")] is False


def test_hien_dang_giu_chuc_in_brackets_is_held_now() -> None:
    posts = _posts("Ông Lâm Văn Sơn (nguyên Bí thư Huyện ủy Chợ Mới, hiện đang giữ chức Phó Chủ "
                   "tịch UBND tỉnh) phát biểu.")
    assert posts[("Bí thư", "Huyện ủy Chợ Mới")] is True
    assert posts[("Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")] is False
