"""Words a name's start depends on, and the names no listed family name opens: a rare family
name after "ông"/"bà" ("ông Văn Hữu Chiến"), and a person called by the last two words of the
name ("ông Xuân Anh" for "Nguyễn Xuân Anh"). Read by `names`."""

from __future__ import annotations

from cadregraph.ingest.extract.names_caps import PERSON_CUES, word_forms
from cadregraph.ingest.extract.names_lexicon import honorific_before, is_family_name, middle_names

# Capitalised words that cannot continue a name: the start of a title or of a body.
STOP = {"Phó", "Chủ", "Bí", "Trưởng", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Quận", "Đảng", "Sở",
        "Ban", "Bộ", "Thứ", "Tổng", "Giám", "Chánh", "Thường", "Đại", "Ông", "Bà",
        "Thành", "Hội", "Nguyên", "Quyền", "Cùng", "Theo", "Tại", "Sáng", "Chiều",
        "Ngày", "Trong", "Với", "Các", "Những", "Anh", "Chị", "Bác"}
LEADERS = STOP | {"Ông", "Bà", "Anh", "Chị", "GS", "PGS", "TS", "ThS", "Haji", "Đồng", "Hôm",
                   "Achar", "Chí", "Tối", "Sau", "Khi", "Đến", "Dự", "Tham", "Thay"}
# After "ông"/"bà" a lone word is a given name unless it is one of these: time words and title
# heads are given names too ("ông Sáng", "ông Thành", met after "Mai Xuân Sáng").
NOT_GIVEN = {"Ông", "Bà", "Anh", "Chị", "Bác", "Các", "Những", "Cùng", "Theo", "Tại", "Trong",
             "Với", "Sở", "Ban", "Bộ", "Đảng", "Ủy", "Uỷ", "Phó", "Chủ", "Bí", "Thứ", "Giám",
             "Thường", "Huyện", "Quận", "Tỉnh", "Ngày", "Tháng", "Năm"}


def called_by_two(text: str, starts: list[int], ends: list[int], raw: list[str],
                  shown: list[str], tail: int) -> tuple[int, int, str, str] | None:
    """"ông Xuân Anh" for "Nguyễn Xuân Anh": a person called by the last two words of the name
    (the given name alone, "Anh", is too common); a later mention like "ông Hải", two words
    long, that no family name opens (`persons` finds whose it is, or drops it): (start, end,
    name, honorific), or None."""
    # ("Anh" ends many such names: "Xuân Anh", "Tuấn Anh")
    if is_family_name(raw[0]) or shown[0] in NOT_GIVEN or shown[1] != "Anh" \
            and shown[1] in NOT_GIVEN or shown[0] in LEADERS or ends[1] >= tail \
            or word_forms(raw[0])[2] != 2 or word_forms(raw[1])[2] != 2:
        return None  # (written in title case, as names in prose are: "ông UBND TP" is none)
    hon = honorific_before(text, starts[0])
    if hon not in PERSON_CUES:
        return None
    return starts[0], ends[1], " ".join(shown), hon


def rare_family(text: str, starts: list[int], raw: list[str], k: int) -> bool:
    """"ông Văn Hữu Chiến", "bà Tất Thị Hoa": a word that is not a family name of the list
    ("Văn" is mostly a middle name) opens a name after "ông", "bà" or "đồng chí" when two more
    words follow (and the name keeps three words: see `names._names_in_run`)."""
    if len(raw) - k < 3 or raw[k] in STOP or raw[k] in LEADERS or word_forms(raw[k])[2] != 2 \
            or raw[k + 1] not in middle_names():
        return False
    if raw[k + 1] == "Thị":
        return True  # "Văn Thị Bạch Tuyết": "Thị" names a woman, with or without "bà"
    before = raw[k - 1] if k else ""
    return before in ("Ông", "Bà") \
        or honorific_before(text, starts[k]) in ("ông", "bà", "đồng chí", "đ/c")
