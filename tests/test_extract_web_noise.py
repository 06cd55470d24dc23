"""Web-page noise between a name and its post: photo captions' places and photo credits glued
to the next paragraph (short sentences of our own, fictional people)."""

from __future__ import annotations

import pytest
from cadregraph.ingest.extract import extract
from cadregraph.ingest.normalize.text import normalize_text
from cadregraph.ingest.records import Article


def posts(text: str) -> dict[str, set[tuple[str, str]]]:
    record = extract(Article(id="t", text=text, published="2024-05-01"))
    return {p.name: {(q.role, q.body) for q in p.positions} for p in record.persons}


@pytest.mark.parametrize("place", ["(thứ hai từ trái sang, hàng đầu)",
                                   "(ngoài cùng bên phải, hàng thứ hai)", "(giữa)",
                                   "(bìa trái, áo trắng, hàng trước)",
                                   "(người đứng giữa hàng đầu tiên bên trái)"])
def test_a_caption_place_between_name_and_post(place: str) -> None:
    found = posts(f"Ông Ngô Văn Tâm {place}, Bí thư Tỉnh ủy Nghệ An trao quyết định.")
    assert found == {"Ngô Văn Tâm": {("Bí thư", "Tỉnh ủy Nghệ An")}}


@pytest.mark.parametrize("credit", ["Minh Hà", "Vũ Hội", "Lê Na/TTXVN", "HĐ"])
def test_a_credit_glued_to_the_next_paragraph_leaves_the_name_whole(credit: str) -> None:
    text = f"Lễ trao quyết định. Ảnh: {credit} Bà Phan Thị Mỹ Hạnh, Phó Bí thư Tỉnh ủy Đồng Nai."
    assert normalize_text(text) == ("Lễ trao quyết định.\nBà Phan Thị Mỹ Hạnh, Phó Bí thư "
                                     "Tỉnh ủy Đồng Nai.")
    assert posts(text) == {"Phan Thị Mỹ Hạnh": {("Phó Bí thư", "Tỉnh ủy Đồng Nai")}}


@pytest.mark.parametrize("text", [
    "Ảnh: Báo Bà Rịa - Vũng Tàu đưa tin.",  # a province, not an honorific
    "Ảnh: toàn cảnh hội nghị Ông Ngô Văn Tâm phát biểu tại hội nghị tỉnh.",  # not a credit
])
def test_what_is_no_glued_credit_stays(text: str) -> None:
    assert normalize_text(text) == text


@pytest.mark.parametrize("byline", ["Hải Hà", "Minh Anh - Văn Tú", "Lê Hà / TTXVN",
                                    "Trần Văn Tâm - Công chức VHXH xã Yên Thành"])
def test_a_title_case_byline_after_the_last_sentence_goes(byline: str) -> None:
    text = f"Ông Ngô Văn Tâm dự hội nghị.\n\n{byline}"
    assert normalize_text(text) == "Ông Ngô Văn Tâm dự hội nghị."
    assert set(posts(text)) == {"Ngô Văn Tâm"}


def test_two_bylines_glued_to_the_last_sentence_go() -> None:
    text = "Ông Ngô Văn Tâm dự hội nghị. Tr.Lê Văn Hòa - Nguyễn Hà "
    assert normalize_text(text) == "Ông Ngô Văn Tâm dự hội nghị."


@pytest.mark.parametrize("text", [
    "Danh sách gồm:\nNgô Văn Tâm\nLê Thị Hoa",  # the last of a list of members
    "Ông Ngô Văn Tâm dự hội nghị.\nÔng Lê Văn Hòa",  # a caption naming someone
    "Ông Ngô Văn Tâm dự hội nghị tại Bà Rịa - Vũng Tàu.",
])
def test_names_that_are_no_byline_stay(text: str) -> None:
    assert normalize_text(text) == text
