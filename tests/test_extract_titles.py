"""The title, body, name and body-type data files, each round-tripping an example we wrote."""

from __future__ import annotations

import random
import re
from pathlib import Path

from cadregraph.ingest.extract import bodies, titles
from cadregraph.ingest.extract.bodies import read_body
from cadregraph.ingest.extract.bodies_render import render
from cadregraph.ingest.extract.names_lexicon import family_names, honorifics, is_family_name
from cadregraph.ingest.extract.titles import lexicon, view

HERE = Path(bodies.__file__).parent


def read(text: str):
    return read_body(text, view(text), 0)


def test_view_keeps_length_and_folds_spelling() -> None:
    text = "Ủy viên Ban Thường vụ Tỉnh uỷ khoá XI (UBKT) HÐND"
    folded = view(text)
    assert len(folded) == len(text)
    assert "Tỉnh ủy khóa" in folded and "(UBKT)" not in folded and "HĐND" in folded


def test_view_blanks_glosses_as_one_substitution_did() -> None:
    # The gloss pass starts at "(" and blanks the space before it too; it must blank exactly
    # what one `re.sub` of the space-first pattern blanked (after the odd spaces became spaces).
    space_first = re.compile(r"\s\((?:[A-ZĐ][A-ZĐ&.\-]{1,9})\)")
    odd = re.compile(r"[\u00a0\u2009\u202f\u200b\ufeff\t]")
    pieces = [" ", "\n", "\t", "\u00a0", "(", ")", "UBKT", "Đ", "A", "&", ".", "-", "x", "(U)",
              " (UBKT)", "((AB)", "(ABCDEFGHIJK)"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = space_first.sub(lambda m: " " * len(m.group()), odd.sub(" ", text))
        assert view(text) == expected, repr(text)


def test_titles_file_round_trip() -> None:
    rows = titles.load_titles()
    assert any(t.phrase == "UVTV" and t.body_prefix == "Ban Thường vụ" for t in rows)
    found = list(lexicon().finditer(view("nguyên Phó Bí thư Thường trực Tỉnh ủy")))
    assert [(m.title.role, m.former) for m in found] == [("Phó Bí thư Thường trực", True)]


def test_bodies_file_round_trip() -> None:
    body = read("Ban Thường vụ Tỉnh ủy An Giang")
    assert (render(body), body.body_type) == ("Ban Thường vụ Tỉnh ủy An Giang",
                                              "standing_committee")
    assert render(read("UBND TP. Cần Thơ")) == "Ủy ban nhân dân thành phố Cần Thơ"
    assert read("HĐND huyện").needs_place
    assert render(read("Ban Chấp hành Đảng bộ tỉnh Bến Tre")) == "Tỉnh ủy Bến Tre"


def test_departments_file_round_trip() -> None:
    assert render(read("Sở TN&MT tỉnh Trà Vinh")) == "Sở Tài nguyên và Môi trường tỉnh Trà Vinh"
    assert render(read("Bộ Quốc phòng")) == "Bộ Quốc phòng"


def test_every_body_type_is_in_the_vocabulary() -> None:
    vocab = {line.split("\t")[0] for line in (HERE / "body_types.tsv").read_text().splitlines()
             if line and not line.startswith("#")}
    used = {line.split("\t")[2] for line in (HERE / "bodies.tsv").read_text().splitlines()
            if line and not line.startswith("#")}
    assert used <= vocab


def test_name_word_lists() -> None:
    assert {"Nguyễn", "Chau", "Thạch"} <= family_names()
    assert is_family_name("NGUYỄN") and not is_family_name("Ông")
    assert honorifics()["bà"] == "female" and "đại tá" in honorifics()


def test_not_persons_file_round_trip() -> None:
    from cadregraph.ingest.extract.names import find_names
    from cadregraph.ingest.extract.names_lexicon import not_persons

    assert {"Hàn Quốc", "Đinh Dậu"} <= not_persons()
    text = "Dịp Tết Đinh Dậu, đoàn sang Hàn Quốc gặp ông Lâm Văn Hòa."
    assert [n.name for n in find_names(text, [])] == ["Lâm Văn Hòa"]
