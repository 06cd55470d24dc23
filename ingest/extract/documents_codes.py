"""Documents cited by their code alone, typed by the code (domain §6.2–6.3).

A party code "445-KL/TU" ("Số 445-KL/TƯ" heading a conclusion) names a document wherever it
stands; so does a state code with "Số" before it, as documents head themselves ("Số:
186/QĐ-UBND", "Số 35/2024/NQ-HĐND"). A state code without "Số" ("12/SNV-TCBC") is left alone:
its first part is not always a type. The type comes from the code ("KL", "QĐ"); a code of no
known type is no citation. Also here: the words after a bare number that make it a count.
"""

from __future__ import annotations

import re

# A code inside a number: "TW", "HĐND", "UBTVQH15", "NN&PTNT".
CODE = r"[A-ZĐƯa-zđư][A-ZĐƯa-zđưĂÂÊÔƠăâêôơi&]*\d*"
PARTY = re.compile(rf"(?<![\w/-])(\d{{1,5}})\s?-\s?([A-ZĐ][A-ZĐa-zi]*)\s?/\s?({CODE})")
# A bare number followed by a unit is a count, not a document number ("Kế hoạch 5 năm",
# "kỷ luật 13 đảng viên").
UNIT_AFTER = re.compile(r"\s*(?:năm|tháng|ngày|người|%|lần|điểm|nội dung|văn bản|tỷ|triệu|"
                         r"đảng viên|trường hợp|cán bộ|tổ chức|đơn vị|cuộc|vụ|lượt)\b",
                         re.IGNORECASE)
# … and so is one the verb counts, unless "số" says it is a number: "quy định 34 tỉnh, thành
# phố", "quyết định 12 chỉ tiêu" (but "Quyết định số 45 xã Tân Hòa …").
COUNTED_AFTER = re.compile(r"(?i)\s*(?:tỉnh|thành phố|huyện|quận|xã|phường|thị trấn|ấp|thôn|"
                            r"khóm|đại biểu|thành viên|ủy viên|chỉ tiêu|nhiệm vụ|giải pháp|hộ)\b")
# A party code is found from its dash (a literal `re` finds fast), then read whole from the
# digits before it.
_DASH = re.compile(rf"-\s?[A-ZĐ][A-ZĐa-zi]*\s?/\s?{CODE}")
_DIGITS_BEFORE = re.compile(r"(?<![\w/-])\d{1,5}\s?$")
# "Số: 186/QĐ-UBND", "Số 35/2024/NQ-HĐND": found from "Số", which opens it.
_STATE = re.compile(rf"Số\s?:?\s?(\d{{1,5}}(?:/\d{{4}})?/([A-ZĐ][A-ZĐa-zi]*)-{CODE}"
                    rf"(?:[-/]{CODE})*)(?![\w/])")


def party_codes(text: str) -> list[re.Match[str]]:
    """`PARTY.finditer(text)`, looked for only where a dash starts a code."""
    out: list[re.Match[str]] = []
    last = 0
    for dash in _DASH.finditer(text):
        digits = _DIGITS_BEFORE.search(text, max(0, dash.start() - 6), dash.start())
        if digits is None or digits.start() < last:
            continue
        match = PARTY.match(text, digits.start())
        if match:
            out.append(match)
            last = match.end()
    return out


def standalone_codes(text: str, code_types: dict[str, str]) -> list[tuple[str, str, int, int]]:
    """(type, number, start, end) of each code standing alone, in text order."""
    out = [(code_type, match.group(0), match.start(), match.end())
           for match in party_codes(text) if (code_type := code_types.get(match.group(2)))]
    at = text.find("Số")
    while at >= 0:
        match = _STATE.match(text, at)
        if match and (code_type := code_types.get(match.group(2))):
            out.append((code_type, match.group(1), match.start(1), match.end(1)))
        at = text.find("Số", at + 2)
    return sorted(out, key=lambda found: found[2])
