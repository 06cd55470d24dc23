"""Documents: the issuer read from the codes of ministries, central offices and a province's
departments (domain §6.2); of two bodies read at one place after "của", the fuller name."""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.documents import extract_documents
from cadregraph.ingest.records import Article, Evidence, Organization


def _issuers(text: str, province: str | None = None,
             bodies: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str | None]]:
    context = Context(article=Article(id="t", text=text), text=text, sentences=[],
                      province=province)
    organizations = [Organization(name=name, mentions=[
        Evidence(-1, m.start(), m.end()) for m in re.finditer(re.escape(written), text)])
        for name, written in bodies]
    return [(d.number, d.issuer) for d in extract_documents(context, organizations)]


def test_codes_of_central_offices_and_ministries_name_their_issuer() -> None:
    text = ("Căn cứ Công văn số 1234/VPCP-TCCV, Quyết định số 56/QĐ-TTCP và Thông tư số "
            "07/2016/TT-BCA.")
    assert _issuers(text) == [("1234/VPCP-TCCV", "Văn phòng Chính phủ"),
                              ("56/QĐ-TTCP", "Thanh tra Chính phủ"),
                              ("07/2016/TT-BCA", "Bộ Công an")]


def test_a_provinces_department_codes_name_it_with_the_province() -> None:
    text = ("Sở trình Tờ trình số 190/TTr-SNNPTNT, Tờ trình số 473/TTr - NN&PTNT và Tờ trình số "
            "12/TTr-SXD.")
    assert _issuers(text, "Long An") == [
        ("190/TTr-SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"),
        ("473/TTr-NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"),
        ("12/TTr-SXD", "Sở Xây dựng tỉnh Long An")]


def test_of_two_bodies_read_at_the_issuer_the_fuller_name_issued_it() -> None:
    text = "Thực hiện Công văn số 88/CV ngày 1/6/2017 của Văn phòng Chính phủ về việc này."
    bodies = (("Chính phủ", "Văn phòng Chính phủ"), ("Văn phòng Chính phủ", "Văn phòng Chính phủ"))
    assert _issuers(text, bodies=bodies) == [("88/CV", "Văn phòng Chính phủ")]


def test_a_historic_act_numbered_with_its_issuer_after_the_dash() -> None:
    text = "Đất được giao theo Quyết định 8-HĐBT năm 1984."
    assert _issuers(text) == [("8-HĐBT", "Hội đồng Bộ trưởng")]


def test_a_day_without_its_year_between_number_and_issuer_is_read_past() -> None:
    text = "Thực hiện Thông báo số 28 ngày 15/3 của Bộ Chính trị về việc này."
    assert _issuers(text) == [("28", "Bộ Chính trị")]
