"""More citation forms (domain §6.1–6.2): a number dated by "ngày", letters ("Văn bản số"),
joint resolutions, and laws cited by name with their number."""

from __future__ import annotations

from test_extract_documents import _docs


def test_a_number_dated_by_ngay_is_a_document_not_a_count_of_days() -> None:
    text = ("Thực hiện Quyết định số 41 ngày 3-5-2019 của Bộ Chính trị và Thông báo số 7 "
            "ngày 12/3 của Ban Thường vụ Tỉnh ủy, huyện đã làm việc trong 30 ngày.")
    assert [(t, n) for t, n, _ in _docs(text, province="Hà Tĩnh")] == [
        ("Quyết định", "41"), ("Thông báo", "7")]
    # … while a count of days after a bare number is still no document.
    assert _docs("Kế hoạch 15 ngày cao điểm, Chỉ thị 3 ngày nữa có hiệu lực.") == []


def test_a_letter_is_cited_only_with_so_or_a_code() -> None:
    text = ("UBND huyện có Văn bản số 412/UBND-NV gửi Sở Nội vụ, văn bản 96/UBND-TH và "
            "văn bản số 77. Điều 4. Trình tự xem xét văn bản 1. Ban Thường trực tiếp nhận.")
    assert [(t, n) for t, n, _ in _docs(text, province="Lạng Sơn")] == [
        ("Văn bản", "412/UBND-NV"), ("Văn bản", "96/UBND-TH"), ("Văn bản", "77")]


def test_a_joint_resolution_keeps_its_whole_type_and_number() -> None:
    text = "Theo Nghị quyết liên tịch số 12/2019/NQLT-UBTVQH14-CP về giám sát cộng đồng."
    assert [(t, n) for t, n, _ in _docs(text)] == [
        ("Nghị quyết liên tịch", "12/2019/NQLT-UBTVQH14-CP")]


def test_a_law_named_then_numbered_carries_its_number() -> None:
    text = ("Việc giám sát theo Luật Thanh tra số 11/2022/QH15, Luật Phí, lệ phí (số "
            "8/2016/QH14 ngày 2/3/2016) và Luật Đất đai.")
    assert sorted(_docs(text), key=str) == [
        ("Luật", "11/2022/QH15", "Quốc hội"), ("Luật", "8/2016/QH14", "Quốc hội"),
        ("Luật", None, "Quốc hội")]


def test_decisions_bearing_a_list_of_numbers_are_each_cited() -> None:
    text = ("Ông Khải đã ký liên tiếp 3 Quyết định mang số 112, 113 và 114 để chuyển đổi đất; "
            "Chỉ thị 03, 05 của Ban Bí thư.")
    assert [(t, n) for t, n, _ in _docs(text)] == [
        ("Quyết định", "112"), ("Quyết định", "113"), ("Quyết định", "114"),
        ("Chỉ thị", "03"), ("Chỉ thị", "05")]
    # Two numbers only: a bare one after "và" must end the list ("… 5 và 9 người").
    assert [n for _, n, _ in _docs("Theo Kế hoạch số 5 và 9 người được cử đi.")] == ["5"]


def test_a_state_document_heading_itself_with_so_is_cited() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG Số: 91/QĐ-UBND Hậu Giang, ngày 3 tháng 2 năm 2020; "
            "Số 7/2021/NQ-HĐND.")
    assert _docs(text, province="Hậu Giang") == [
        ("Quyết định", "91/QĐ-UBND", "Ủy ban nhân dân tỉnh Hậu Giang"),
        ("Nghị quyết", "7/2021/NQ-HĐND", "Hội đồng nhân dân tỉnh Hậu Giang")]
    # A state code of no known type, or without "Số", is left alone.
    assert _docs("Sở có ý kiến 12/SNV-TCBC; Số: 5/SNV-TCBC.") == []


def test_a_coded_number_after_a_few_words_of_its_kind() -> None:
    text = ("Báo cáo thẩm tra số 41/BC-HĐND và Nghị quyết chuyên đề số 09-NQ/TU; Kế hoạch thực "
            "hiện số 5 năm tới; Luật Đầu tư công số 39/2019/QH14.")
    assert [(t, n) for t, n, _ in _docs(text, province="Bến Tre")] == [
        ("Báo cáo", "41/BC-HĐND"), ("Nghị quyết", "09-NQ/TU"), ("Luật", "39/2019/QH14")]
