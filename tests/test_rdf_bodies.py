"""A body's kind and parent, read from its name (body_rules.tsv and bodies.py)."""

from __future__ import annotations

import pytest
from cadregraph.ingest.rdf.bodies import _rules, infer_body_type, parent_body
from cadregraph.ingest.rdf.vocab import body_types


@pytest.mark.parametrize(("name", "kind"), [
    ("Tỉnh ủy An Giang", "party_committee"),
    ("Đảng ủy phường Mỹ Thới", "party_committee"),
    ("Ban Chấp hành Trung ương Đảng", "party_committee"),
    ("Ban Thường vụ Thành ủy Long Xuyên", "standing_committee"),
    ("BTV Huyện ủy Chợ Mới", "standing_committee"),
    ("Bộ Chính trị", "standing_committee"),
    ("Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk", "inspection_commission"),
    ("Ban Dân vận Tỉnh ủy An Giang", "party_department"),
    ("Văn phòng Tỉnh ủy An Giang", "party_office"),
    ("HĐND TP. Long Xuyên", "peoples_council"),
    ("Ban Pháp chế HĐND tỉnh An Giang", "peoples_council"),
    ("Ủy ban nhân dân tỉnh Đắk Lắk", "peoples_committee"),
    ("Ủy ban MTTQ Việt Nam tỉnh An Giang", "front_committee"),
    ("Hội Nông dân tỉnh An Giang", "mass_organisation"),
    ("Thường trực Liên đoàn Lao động Thành phố Hồ Chí Minh", "mass_organisation"),
    ("Sở Nội vụ tỉnh An Giang", "state_department"),
    ("Quốc hội", "national_body"),
    ("Chính phủ", "national_body"),
    ("Đoàn đại biểu Quốc hội tỉnh An Giang", "na_delegation"),
    ("Công an thành phố Long Xuyên", "police"),
    ("Bộ Chỉ huy Quân sự tỉnh An Giang", "military"),
    ("Tòa án nhân dân tỉnh An Giang", "court"),
    ("Viện kiểm sát nhân dân tỉnh An Giang", "procuracy"),
    ("Ban cán sự đảng UBND tỉnh An Giang", "party_group"),
    ("Đảng đoàn Hội Nông dân Việt Nam", "party_group"),
    ("Thủ tướng Chính phủ", "national_body"),
    ("Ban Thường trực Tỉnh ủy Đắk Nông", "standing_committee"),
    ("Cơ quan không rõ loại", "other"),
])
def test_kind_from_name(name: str, kind: str) -> None:
    assert infer_body_type(name) == kind


def test_every_rule_names_a_body_type_of_the_vocabulary() -> None:
    assert len(_rules()) > 10
    assert {key for _, key in _rules()} <= set(body_types())


@pytest.mark.parametrize(("name", "parent"), [
    ("Ban Thường vụ Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
    ("Ủy ban Kiểm tra Thành ủy Long Xuyên", "Thành ủy Long Xuyên"),
    ("Văn phòng Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
    ("Thường trực HĐND tỉnh An Giang", "HĐND tỉnh An Giang"),
    ("Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An", "HĐND tỉnh Nghệ An"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang", "Ủy ban MTTQ Việt Nam tỉnh An Giang"),
    ("Sở Nội vụ tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang"),
    ("Tỉnh ủy An Giang", None),
    ("Ban Chấp hành Trung ương Đảng", None),
    ("Ban cán sự đảng UBND tỉnh An Giang", None),  # a party group, not part of the UBND
    ("Đảng ủy phường Mỹ Thới", None),
])
def test_parent_from_name(name: str, parent: str | None) -> None:
    assert parent_body(name) == parent
