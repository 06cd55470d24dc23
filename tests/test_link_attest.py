"""Dating holdings when articles carry no publication date (ingest/link/attest.py)."""

from cadregraph.ingest.link.attest import attested
from cadregraph.ingest.link.features import mention_features
from cadregraph.ingest.link.graph import holdings
from cadregraph.ingest.link.linker import link_mentions
from cadregraph.ingest.records import (
    Article,
    ArticleRecord,
    Event,
    Evidence,
    Person,
    Position,
)

TEXT = ("Ngày 5/3/2024, ông Trần Văn An, Bí thư Huyện ủy Chợ Mới, dự hội nghị. "
        "Nhiệm kỳ 2020-2025, ông Lê Văn Bình là Chủ tịch UBND huyện Chợ Mới.")


def record(published: str | None = None, events: bool = True, prefix: str = "") -> ArticleRecord:
    an = Person("Trần Văn An", [Position("Bí thư", "Huyện ủy Chợ Mới",
                                         evidence=Evidence(0, 10, 40))], [Evidence(0, 10, 25)])
    binh = Person("Lê Văn Bình", [Position("Chủ tịch", "UBND huyện Chợ Mới",
                                           evidence=Evidence(1, 30, 60))], [Evidence(1, 30, 41)])
    found = [Event("conference", "2024-03-05", participants=["Trần Văn An"],
                   evidence=Evidence(0, 0, 70))] if events else []
    text = prefix + TEXT
    return ArticleRecord(article=Article(id="a", text=text, published=published), text=TEXT,
                         persons=[an, binh], events=found)


def test_published_first_then_the_persons_event_then_a_dateline() -> None:
    r = record("2024-03-06")
    assert attested(r, r.persons[0], r.persons[0].positions[0]) == ("2024-03-06", "published")
    r = record()
    assert attested(r, r.persons[0], r.persons[0].positions[0]) == ("2024-03-05", "event")
    # Bình is in no event and the text's only other date is a term: he stays undated
    assert attested(r, r.persons[1], r.persons[1].positions[0]) is None
    r = record(events=False, prefix=" date 2024-03-07\n")
    assert attested(r, r.persons[1], r.persons[1].positions[0]) == ("2024-03-07", "dateline")
    # a month-only crawl line dates the crawl, not the article
    r = record(events=False, prefix=" date 2024-03\n")
    assert attested(r, r.persons[1], r.persons[1].positions[0]) is None


def test_holdings_record_their_date_and_its_source() -> None:
    linking = link_mentions(mention_features(record()))
    found = {h.role: h for e in linking.entities.values() for h in holdings(e)}
    assert found["Bí thư"].dates == ["2024-03-05"] and found["Bí thư"].sources == {"event"}
    assert found["Chủ tịch"].dates == [] and found["Chủ tịch"].sources == set()
