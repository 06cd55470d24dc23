"""A person called by the last two words of the name ("ông Xuân Anh" for "Nguyễn Xuân Anh",
whose given name alone, "Anh", is too common) is a later mention of that person, before or after
the full name; two capitalised words after "ông" that end no full name of the article are no
one. Short sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.records import Article


def _said(text: str) -> dict[str, list[str]]:
    record = extract(Article(id="t", text=text, published="2024-05-10"))
    return {p.name: [text[m.start:m.end] for m in p.mentions] for p in record.persons}


def test_the_last_two_words_call_the_person() -> None:
    said = _said("Bí thư Huyện ủy Trần Tuấn Anh làm việc với xã Tân Lập. Ông Tuấn Anh đề nghị "
                 "xã tập trung. Theo ông Tuấn Anh, xã cần làm tốt công tác dân vận.")
    assert said == {"Trần Tuấn Anh": ["Trần Tuấn Anh", "Tuấn Anh", "Tuấn Anh"]}
    # before the full name too, as a headline calls him
    said = _said("Ông Tuấn Anh: xã phải làm tốt công tác dân vận\nBí thư Huyện ủy Trần Tuấn Anh "
                 "làm việc với xã Tân Lập.")
    assert said == {"Trần Tuấn Anh": ["Tuấn Anh", "Trần Tuấn Anh"]}
    # two words that call no one named are no person
    assert _said("Ông Tuấn Anh đề nghị xã tập trung.") == {}
    # a family name opens a full name as before; capitals after "ông" are no call name
    assert [(m.name, m.given_only) for m in find_names("Ông Lê Hải cho biết.", [])] \
        == [("Lê Hải", False)]
    assert find_names("Ông UBND TP Hà Nội.", []) == []
