"""What can be said about a body from its name alone: its kind and its parent body."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from cadregraph.ingest.rdf.keys import body_key

RULES_FILE = Path(__file__).with_name("body_rules.tsv")

# A sub-body's name is its own head words followed by the parent's full name:
# "Ban Thường vụ Tỉnh ủy An Giang" ⊑ "Tỉnh ủy An Giang". The anchors are where a parent name
# can start; the heads are the sub-bodies that belong to what follows them.
_PARENT_ANCHOR = (r"Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Tỉnh uỷ|Thành uỷ|Huyện uỷ|"
                  r"Quận uỷ|Thị uỷ|Đảng uỷ|Hội đồng nhân dân|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|"
                  r"UBND|Ban Chấp hành Trung ương|Quốc hội|Ủy ban Mặt trận Tổ quốc|"
                  r"Uỷ ban Mặt trận Tổ quốc|Ủy ban MTTQ|Uỷ ban MTTQ")
_SUB_HEAD = re.compile(
    r"^(?:Ban Thường vụ|BTV|Thường trực|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|UBKT|Văn phòng|"
    r"Ban [^\s]+(?: [^\s]+){0,5}?|Ủy ban [^\s]+(?: [^\s]+){0,5}?)\s+"
    r"(?=(?:" + _PARENT_ANCHOR + r")\b)",
    re.IGNORECASE)
# Party groups work inside a state body but belong to the party committee above it.
_NOT_A_SUB_BODY = re.compile(r"^(?:Ban cán sự|Đảng đoàn)", re.IGNORECASE)
# "Sở Nội vụ tỉnh An Giang" is a department of the provincial People's Committee.
_DEPARTMENT = re.compile(r"^Sở\s.+?\s(tỉnh|thành phố|TP\.?)\s+(.+)$", re.IGNORECASE)


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in RULES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, key = line.partition("\t")
        rules.append((re.compile(pattern), key.strip()))
    return tuple(rules)


def infer_body_type(name: str) -> str:
    """Body-type key for a body name ('Ban Thường vụ Tỉnh ủy X' → 'standing_committee')."""
    key = body_key(name)
    for pattern, body_type in _rules():
        if pattern.search(key):
            return body_type
    return "other"


def parent_body(name: str) -> str | None:
    """Full name of the body `name` is a sub-body of, when the name itself says so."""
    name = " ".join(name.split())
    match = None if _NOT_A_SUB_BODY.match(name) else _SUB_HEAD.match(name)
    if match and match.end() < len(name):
        parent = name[match.end():]
        # "Ban Chấp hành Trung ương Đảng" is the root; nothing above it is named in a body name.
        if body_key(parent) and body_key(parent) != body_key(name):
            return parent
    department = _DEPARTMENT.match(name)
    if department:
        return f"Ủy ban nhân dân {department.group(1).lower()} {department.group(2)}"
    return None
