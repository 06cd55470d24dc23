"""A document quoted with its own header (domain §6.3): the party committee heading it issued
it, though OCR wrote its code "TƯ"; the date is the one after the place."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.documents import extract_documents
from cadregraph.ingest.records import Article


def _documents(text: str, province: str | None = None) -> list[tuple]:
    context = Context(article=Article(id="t", text=text), text=text, sentences=[],
                      province=province)
    return [(d.type, d.number, d.issuer, d.date) for d in extract_documents(context, [])]


def test_a_party_header_names_the_issuer_and_the_date() -> None:
    text = ("TỈNH ỦY BẮC KẠN\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 120-KL/TƯ\nBắc Kạn, ngày 3 tháng 4 năm "
            "2023\nKẾT LUẬN\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")
    assert _documents(text) == [("Kết luận", "120-KL/TƯ", "Tỉnh ủy Bắc Kạn", "2023-04-03")]


def test_a_state_header_gives_the_date_after_the_place() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 86/QĐ-UBND\n"
            "Bắc Kạn, ngày 26 tháng 01 năm 2018\nQUYẾT ĐỊNH")
    assert _documents(text, "Bắc Kạn") == [
        ("Quyết định", "86/QĐ-UBND", "Ủy ban nhân dân tỉnh Bắc Kạn", "2018-01-26")]


def test_a_code_cited_in_running_text_keeps_its_own_issuer() -> None:
    text = "Thực hiện Kết luận số 120-KL/TW, Bắc Kạn, ngày 3 tháng 4 năm 2023, Tỉnh ủy họp."
    assert _documents(text)[0][2] == "Bộ Chính trị"
