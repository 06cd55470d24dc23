"""A body named in a person's title of membership ("Ủy viên Bộ Chính trị", "Tổng Bí thư",
"Đại biểu Quốc hội") did not hold the event; the body a head leads ("Trưởng Ban Tổ chức …")
took part through its head, and a body named as such still holds it."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.event_hosts import title_spans
from cadregraph.ingest.extract.event_vocabulary import vocabulary
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article, Evidence, Organization, Person, Position


def _at(context: Context, phrase: str) -> Evidence:
    match = re.search(re.escape(phrase), context.text)
    assert match is not None
    sentence = context.sentence_at(match.start())
    assert sentence is not None
    return Evidence(sentence.index, match.start(), match.end())


def _hosts(text: str) -> list[str]:
    context = Context(article=Article(id="t", text=text, published="2024-05-12"), text=text,
                      sentences=split_sentences(text))
    member, head = _at(context, "Ủy viên Bộ Chính trị"), _at(context, "Trưởng Ban Tổ chức Tỉnh ủy")
    person = Person(name="Tạ Văn Bình", mentions=[_at(context, "Tạ Văn Bình")], positions=[
        Position("Ủy viên", "Bộ Chính trị", evidence=member),
        Position("Trưởng ban", "Ban Tổ chức Tỉnh ủy", evidence=head)])
    bodies = [Organization(name="Bộ Chính trị", mentions=[member]),
              Organization(name="Ban Tổ chức Tỉnh ủy", mentions=[head]),
              Organization(name="Đảng ủy xã Tân Lợi", mentions=[_at(context, "Đảng ủy xã")])]
    (event,) = extract_events(context, [person], bodies)
    return event.organizations


def test_a_members_seat_names_no_host_but_a_heads_body_and_a_named_body_do() -> None:
    text = ("Sáng 11/5, ông Tạ Văn Bình, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Tỉnh ủy, "
            "làm việc với Đảng ủy xã Tân Lợi.")
    assert _hosts(text) == ["Ban Tổ chức Tỉnh ủy", "Đảng ủy xã Tân Lợi"]


def test_membership_titles_come_from_the_vocabulary_file() -> None:
    lists = vocabulary().lists
    assert "Ủy viên" in lists["member_role"] and "Quốc hội" in lists["member_body"]
    seat = Position("Ủy viên", "Ban Thường vụ Huyện ủy", evidence=Evidence(0, 0, 5))
    speaker = Position("Chủ tịch", "Quốc hội", evidence=Evidence(0, 6, 9))
    head = Position("Bí thư", "Huyện ủy", evidence=Evidence(0, 10, 14))
    assert title_spans([Person(name="A", positions=[seat, speaker, head])]) == {(0, 5), (6, 9)}
