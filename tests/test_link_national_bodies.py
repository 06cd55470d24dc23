"""Bodies linking reads as national (holders rotate between provinces), from
national_bodies.txt and ministries named inside a body (sentences written here)."""

from pathlib import Path

from cadregraph.ingest.link import link_batch
from cadregraph.ingest.link.geo import body_place
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position

TABLE = Path(__file__).resolve().parents[1] / "ingest" / "link" / "national_bodies.txt"


def test_every_listed_word_makes_a_bare_body_national() -> None:
    words = [line.strip() for line in TABLE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert "viet nam" in words
    for word in words:
        assert body_place(f"Văn phòng {word.title()}").level == "national", word


def test_ministries_inside_a_body_but_not_party_organisations() -> None:
    assert body_place("Ban cán sự đảng Bộ Xây dựng").level == "national"
    assert body_place("Thanh tra Bộ Nội vụ").level == "national"
    assert body_place("Cục Chống tham nhũng").level == "national"
    assert body_place("Tổng Liên đoàn Lao động Việt Nam").level == "national"
    assert body_place("Chi bộ ấp Tân Hòa").level != "national"
    assert body_place("Ban Chấp hành Đảng bộ Khối Doanh nghiệp").level != "national"
    assert body_place("Bộ Chỉ huy Quân sự tỉnh Hậu Giang").level == "province"


def _record(aid: str, name: str, role: str, body: str, text: str) -> ArticleRecord:
    return ArticleRecord(article=Article(id=aid, text=text, published=None), text=text,
                         persons=[Person(name=name, positions=[Position(role=role, body=body)])])


def test_a_national_post_in_an_article_about_another_province_still_links() -> None:
    recs = [
        _record("n1", "Nguyễn Văn Tâm", "Bí thư", "Tỉnh ủy Sơn La",
                "Ông Nguyễn Văn Tâm, Bí thư Tỉnh ủy Sơn La, chủ trì hội nghị."),
        _record("n2", "Nguyễn Văn Tâm", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam",
                "Tại tỉnh Cà Mau, ông Nguyễn Văn Tâm, Phó Chủ tịch Tổng Liên đoàn Lao động "
                "Việt Nam, thăm công nhân."),
    ]
    link_batch(recs)
    assert recs[0].persons[0].entity and recs[0].persons[0].entity == recs[1].persons[0].entity
