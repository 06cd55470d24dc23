"""Companies named bare, without "Công ty" or "Tập đoàn": "Tổng Giám đốc Becamex IDC", "Chủ
tịch HĐQT Oceanbank", "Tổng Giám đốc Trung Nam Group", "Chủ tịch HĐTV AHT".

Only read where a company must follow: after a title that only a company has (its general
director) or after its board ("Hội đồng quản trị", "Hội đồng thành viên"). There a person's
name may follow too ("Tổng Giám đốc Lê Văn A"), so the name is a company's only when one of
its words cannot be a Vietnamese name's: an acronym ("AHT", "IDC") or a word that is not a
Vietnamese syllable ("Becamex", "Group").
"""

from __future__ import annotations

import re

from cadregraph.ingest.normalize.tables import UPPER

# capitalised words (or acronyms with digits, "&", "-") joined by spaces, up to 5
_NAME = re.compile(rf"\s+((?:[{UPPER}][\w&\-]*)(?:\s+[{UPPER}][\w&\-]*){{0,4}})(?![\w.])")
_VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_VOWEL_GROUPS = re.compile(f"[{_VOWELS}]+")
# how a Vietnamese syllable may start before its vowel, and end after it
_ONSET = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?$")
_CODA = re.compile(r"(?:ng|nh|ch|[cmnpt])?$")
# the titles only a company's head holds, as they end the text before its name
_COMPANY_HEAD = re.compile(r"(?<!\w)(?:[Pp]hó\s+)?[Tt]ổng\s+[Gg]iám\s+đốc\s*$")


def foreign_word(word: str) -> bool:
    """Whether `word` cannot be one Vietnamese syllable (nor a Vietnamese name's part)."""
    low = word.lower()
    if not low.isalpha() or re.search("[fjwz]", low):
        return True
    groups = list(_VOWEL_GROUPS.finditer(low))
    if len(groups) != 1:
        return True
    return not (_ONSET.match(low[:groups[0].start()]) and _CODA.match(low[groups[0].end():]))


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() or any(c.isdigit() for c in word)


def bare_company(text: str, pos: int) -> tuple[str, int] | None:
    """The company named bare at `pos` (after spaces) and its end, or None."""
    match = _NAME.match(text, pos)
    if match is None:
        return None
    words = match.group(1).split()
    if not any(_acronym(w) or foreign_word(w) for w in words):
        return None  # "Lê Văn An": a person
    return match.group(1), match.end()


def after_company_head(text: str, pos: int) -> bool:
    """Whether the text before `pos` ends with a title only a company's head holds."""
    return _COMPANY_HEAD.search(text, max(0, pos - 24), pos) is not None
