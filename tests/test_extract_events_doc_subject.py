"""The issuer named as the subject of a citation ("Ban Thường vụ Thành ủy … đã ban hành Nghị
quyết số 11") comes before what the code implies; joint issuers listed are left to the code."""

from __future__ import annotations

from test_extract_events_doc_issuer_codes import _issuers


def test_the_subject_that_issued_the_document_is_its_issuer() -> None:
    text = ("Xác định tầm quan trọng của môi trường, Ban Thường vụ Thành ủy Hà Nội đã ban hành "
            "Nghị quyết số 11-NQ/TW ngày 31/5/2017 về bảo vệ môi trường.")
    bodies = (("Ban Thường vụ Thành ủy Hà Nội", "Ban Thường vụ Thành ủy Hà Nội"),)
    assert _issuers(text, bodies=bodies) == [("11-NQ/TW", "Ban Thường vụ Thành ủy Hà Nội")]
    office = "Ngày 21/6, UBND TP Đà Nẵng có Công văn 4611 gửi các sở."
    assert _issuers(office, bodies=(("Ủy ban nhân dân thành phố Đà Nẵng", "UBND TP Đà Nẵng"),)
                    ) == [("4611", "Ủy ban nhân dân thành phố Đà Nẵng")]


def test_joint_issuers_listed_are_left_to_the_code_and_words_after_come_first() -> None:
    joint = ("Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch đã ban hành Nghị quyết liên "
             "tịch số 403/2017/NQLT-UBTVQH14-CP.")
    bodies = tuple((b, b) for b in ("Ủy ban Thường vụ Quốc hội", "Chính phủ", "Đoàn Chủ tịch"))
    assert _issuers(joint, bodies=bodies)[0][1] == "Ủy ban Thường vụ Quốc hội"
    after = "Bộ Tài chính đã có Công văn số 12/BTC-NSNN của Bộ Nội vụ gửi kèm."
    assert _issuers(after, bodies=(("Bộ Tài chính", "Bộ Tài chính"), ("Bộ Nội vụ", "Bộ Nội vụ"))
                    ) == [("12/BTC-NSNN", "Bộ Nội vụ")]
