"""Awkward records still map to graphs that pass the shapes: spelling variants of one person,
body, role or document in one article, empty strings, bad dates and offsets, odd ids.

The records are generated from a fixed seed, so a failure always reproduces.
"""

from __future__ import annotations

import random

from cadregraph.ingest.rdf import article_quads
from cadregraph.ingest.records import (
    EVENT_TYPES,
    Article,
    ArticleRecord,
    Document,
    Event,
    Evidence,
    Organization,
    Person,
    Position,
    Sentence,
)
from cadregraph.ontology.shacl import validate_graph

NAMES = ["Lê Văn Hải", "LÊ VĂN HẢI", "Lê Văn Hài", "Nguyễn Thị Lan", "nguyễn thị lan", "Y Biêr Niê",
         "Chau Sóc Khăng", "  Trần   Minh  ", ""]
ROLES = ["Bí thư", "bí thư", "Phó Bí thư Thường trực", "Phó Bí thư thường trực", "Ủy viên",
         "Trưởng ban lâm thời", "Chủ tịch", "", "  "]
BODIES = ["HĐND TP. Long Xuyên", "Hội đồng nhân dân thành phố Long Xuyên", "Tỉnh ủy",
          "Ban Thường vụ Tỉnh ủy An Giang", "Sở Nội vụ tỉnh An Giang", "thành phố", "—", "",
          "Ủy ban Kiểm tra Ban Thường vụ Tỉnh ủy An Giang"]
DATES = ["2024-04-03", "2024-02-30", "3/4/2024", None, "", "2025-06-21"]
DOC_TYPES = ["Nghị quyết", "NQ", "nghị quyết", "Chỉ thị", "Công điện", "", "Thông báo"]
NUMBERS = ["05-CT/TW", "05-ct/tw", "35/2024/NQ-HĐND", "05", None, "", "số"]
BODY_TYPES = [None, "party_committee", "no_such_key", "other", "peoples_council"]
PLACES = [None, "Long Xuyên", "", "tỉnh An Giang"]
TEXT = "Câu một có Lê Văn Hải.\nCâu hai có Nguyễn Thị Lan và Chau Sóc Khăng.\nCâu ba."


def _evidence(rng: random.Random) -> Evidence | None:
    return rng.choice([None, Evidence(0, 0, 5), Evidence(1, 23, 30), Evidence(99, 0, 1),
                       Evidence(-1, 0, 1)])


def _record(rng: random.Random, index: int) -> ArticleRecord:
    sentences = [Sentence(0, 0, 22, TEXT[0:22]), Sentence(1, 23, 67, TEXT[23:67]),
                 Sentence(2, 68, 75, TEXT[68:75]), Sentence(3, 75, 75, "")]  # last one empty
    persons = [Person(rng.choice(NAMES), gender=rng.choice([None, "female", "male", "x"]),
                      mentions=[e for e in [_evidence(rng)] if e],
                      positions=[Position(rng.choice(ROLES), rng.choice(BODIES),
                                          former=rng.random() < 0.3, acting=rng.random() < 0.2,
                                          evidence=_evidence(rng),
                                          body_type=rng.choice(BODY_TYPES),
                                          place=rng.choice(PLACES))
                                 for _ in range(rng.randint(0, 4))])
               for _ in range(rng.randint(0, 5))]
    events = [Event(rng.choice([*EVENT_TYPES, "unknown"]), rng.choice(DATES),
                    name=rng.choice([None, "", "Kỳ họp thứ 15"]),
                    participants=rng.sample(NAMES, rng.randint(0, 3)),
                    organizations=rng.sample(BODIES, rng.randint(0, 3)), evidence=_evidence(rng))
              for _ in range(rng.randint(0, 4))]
    documents = [Document(rng.choice(DOC_TYPES), rng.choice(NUMBERS), rng.choice([None, *BODIES]),
                          title=rng.choice([None, "", "Nghị quyết Đại hội"]),
                          date=rng.choice(DATES), evidence=_evidence(rng))
                 for _ in range(rng.randint(0, 4))]
    organizations = [Organization(rng.choice(BODIES), body_type=rng.choice(BODY_TYPES),
                                  mentions=[e for e in [_evidence(rng)] if e])
                     for _ in range(rng.randint(0, 3))]
    article = Article(id=rng.choice([f"a{index}", f"Bài số {index}", f"x/{index}?q=1"]), text=TEXT,
                      title=rng.choice([None, "", "Tiêu đề"]), published=rng.choice(DATES),
                      url=rng.choice([None, "https://e.vn/a b", "not a url"]),
                      site=rng.choice([None, "", "e.vn"]), province=rng.choice([None, "An Giang"]))
    return ArticleRecord(article=article, text=TEXT, sentences=sentences, persons=persons,
                         organizations=organizations, events=events, documents=documents,
                         places=rng.sample(["Long Xuyên", "", "phường Mỹ Thới", "An Giang"], 2),
                         province=rng.choice([None, "An Giang", ""]))


def test_generated_awkward_records_all_conform() -> None:
    rng = random.Random(20240403)
    failures = {}
    for index in range(60):
        record = _record(rng, index)
        report = validate_graph(article_quads(record))
        if not report.conforms:
            failures[index] = report.text[:1500]
    assert failures == {}
