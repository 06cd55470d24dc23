"""A given-name mention after "ông"/"bà" goes to the person last named with that given name
whose gender the honorific does not contradict: "bà Thanh" after "bà Phan Thị Mỹ Thanh … ông
Lê Văn Thanh" is the woman. Short sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract import extract
from cadregraph.ingest.records import Article


def _said(text: str) -> dict[str, list[str]]:
    record = extract(Article(id="t", text=text, published="2024-05-10"))
    return {p.name: [text[m.start:m.end] for m in p.mentions] for p in record.persons}


def test_the_honorific_picks_the_person_of_its_gender() -> None:
    said = _said("Bà Phan Thị Mỹ Thanh, Phó Bí thư Tỉnh ủy, và ông Lê Văn Thanh, Giám đốc Sở "
                 "Nội vụ tỉnh Đồng Nai, dự họp. Phát biểu tại buổi làm việc, bà Thanh đề nghị "
                 "các sở tập trung.")
    assert said["Phan Thị Mỹ Thanh"] == ["Phan Thị Mỹ Thanh", "Thanh"]
    assert said["Lê Văn Thanh"] == ["Lê Văn Thanh"]
    said = _said("Ông Lê Văn Thanh, Giám đốc Sở Nội vụ tỉnh Đồng Nai, và bà Phan Thị Mỹ Thanh, "
                 "Phó Bí thư Tỉnh ủy, dự họp. Phát biểu tại buổi làm việc, ông Thanh đề nghị "
                 "các sở tập trung.")
    assert said["Lê Văn Thanh"] == ["Lê Văn Thanh", "Thanh"]
    # with one person of that given name, the mention is hers whatever the honorific says
    said = _said("Bà Phan Thị Mỹ Thanh, Phó Bí thư Tỉnh ủy Đồng Nai, dự họp. Sau đó, bà Thanh "
                 "đề nghị các sở tập trung.")
    assert said["Phan Thị Mỹ Thanh"] == ["Phan Thị Mỹ Thanh", "Thanh"]
