"""Councils' abbreviations misspelt in the news ("UBDN", "ƯBND", "HDND") are read as the
right ones (data rows of `bodies.tsv`). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_misspelt_council_abbreviations() -> None:
    _, orgs, _ = run("Ban cán sự đảng UBDN tỉnh báo cáo. Ban cán sự đảng ƯBND tỉnh Kon Tum họp. "
                     "Kỳ họp HDND tỉnh Gia Lai bế mạc.", province="Quảng Nam")
    assert {"Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Nam",
            "Ban cán sự đảng Ủy ban nhân dân tỉnh Kon Tum",
            "Hội đồng nhân dân tỉnh Gia Lai"} <= orgs
