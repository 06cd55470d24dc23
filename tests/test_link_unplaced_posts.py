"""A post linking cannot place (a company, an association) in an article about another
province is no evidence for a provincial official of the same common name (records and
sentences written here, not corpus text)."""

from cadregraph.ingest.link import link_batch
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position


def _record(aid: str, name: str, role: str, body: str, text: str) -> ArticleRecord:
    return ArticleRecord(article=Article(id=aid, text=text, published=None), text=text,
                         persons=[Person(name=name, positions=[Position(role=role, body=body)])])


def _linked(name: str) -> tuple[str | None, str | None, str | None]:
    recs = [
        _record("u1", name, "Bí thư", "Tỉnh ủy Quảng Trị",
                f"Ông {name}, Bí thư Tỉnh ủy Quảng Trị, dự hội nghị."),
        _record("u2", name, "Bí thư", "Tỉnh ủy Quảng Trị",
                f"Bí thư Tỉnh ủy Quảng Trị {name} phát biểu."),
        _record("u3", name, "Tổng Giám đốc", "Công ty Cổ phần Sông Bé Xanh",
                f"Tại tỉnh Bình Dương, ông {name}, Tổng Giám đốc Công ty Cổ phần Sông Bé "
                "Xanh, giới thiệu dự án nhà ở."),
    ]
    link_batch(recs)
    first, second, third = (r.persons[0].entity for r in recs)
    return first, second, third


def test_common_name_with_an_unplaced_post_elsewhere_stays_apart() -> None:
    first, second, third = _linked("Nguyễn Văn Tường")
    assert first and first == second
    assert third and third != first


def test_uncommon_family_name_still_links() -> None:
    first, second, third = _linked("Lục Văn Tường")
    assert first and first == second == third
