"""Documents cited by name rather than number (domain §6.4, §6.5).

Four forms are read, each with its own issuer:
- "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015-2020": the congress issued it;
- "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị Trung ương 6": the Central
  Committee (the plenum's ordinal is not a document number);
- "Luật Đất đai", "Luật Phòng, chống tham nhũng": the National Assembly;
- "Quy chế làm việc của Tỉnh ủy", "Điều lệ …": the body named after "của", when found.
They carry no number, so the scorer does not count them; the graph keeps them.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.records import Document, Evidence, Organization

_TERM = r"(?:[,]?\s*\(?\s*(?:nhiệm kỳ|khóa)\s+[\dIVXL]+(?:\s*[-–]\s*\d{4})?\s*\)?)?"
_PLACE_WORD = r"(?:[A-ZĐ][\wđ]*|tỉnh|thành phố|huyện|quận|phường|xã|thị xã|thị trấn)"
_CONGRESS = re.compile(
    r"Nghị quyết (Đại hội (?:đại biểu )?(?:toàn quốc |Đảng bộ |Đảng |MTTQ |Mặt trận )?"
    r"(?:(?!Nghị quyết| và )[^,.;:()\n\"]){0,80}?(?:lần thứ [IVXL\d]+)(?: của Đảng)?"
    rf"(?: Đảng bộ(?: {_PLACE_WORD})+)?)" + _TERM
)
_PLENUM = re.compile(
    r"Nghị quyết (?:Hội nghị )?(?:lần thứ [\wđ]+,? )?(?:Ban Chấp hành )?Trung ương"
    r"(?: Đảng)?(?: lần thứ)? ?[\dIVXL]*" + r"(?:\s*\(\s*khóa\s+[IVXL]+\s*\)|,? khóa [IVXL]+)?"
)
_LAW = re.compile(r"Luật (?!(?:Sư|Số)\b)(?=[A-ZĐ])")
_LAW_END = re.compile(
    r"\s(?:số|năm|ngày|của|và|được|đã|thì|là|tại|để|có|với|theo|không|cho|khi|mới|nêu|đáp|"
    r"quy|yêu|đối|trong|nhằm|sẽ|vừa|đang|cũng|bị|phải|ban|hiện|nay|về|do|này|đó)\b"
)
# A law's number after its name: "Luật Thanh tra số 56/2010/QH12", "Luật Phí, lệ phí (số
# 97/2015/QH13 …)" — the name holds no full stop, semicolon or bracket.
_LAW_NUMBER = re.compile(r"[^.;:()\n]{1,80}?\s\(?\s*số\s*:?\s*(\d{1,4}/\d{4}/QH\d{1,2})(?![\w/])")
_RULES = re.compile(r"(Quy chế|Điều lệ)((?: (?:làm việc|hoạt động))? của )")


def _clean(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" ,")


def _evidence(context: Context, start: int, end: int) -> Evidence:
    sentence = context.sentence_at(start)
    return Evidence(sentence.index if sentence else -1, start, end)


def _body_at(organizations: list[Organization], start: int) -> tuple[str, int] | None:
    for organization in organizations:
        for mention in organization.mentions:
            if abs(mention.start - start) <= 1:
                return organization.name, mention.end
    return None


def _first(text: str, *literals: str) -> int | None:
    """Where the first of `literals` (which every match of a pattern opens with) is in `text`:
    the pattern need not be tried before, nor at all if none is there. `str.find` skips
    ahead; `re` tries an alternation such as "Quy chế|Điều lệ" at every character."""
    found = [at for at in (text.find(literal) for literal in literals) if at >= 0]
    return min(found) if found else None


def _finditer(pattern: re.Pattern[str], text: str, *literals: str) -> list[re.Match[str]]:
    start = _first(text, *literals)
    return [] if start is None else list(pattern.finditer(text, start))


def named_documents(context: Context, organizations: list[Organization]) -> list[Document]:
    text = context.text
    out: list[Document] = []
    resolutions = "Nghị quyết " in text  # both patterns open with it
    for match in _finditer(_CONGRESS, text, "Nghị quyết Đại hội ") if resolutions else ():
        out.append(Document("Nghị quyết", issuer=_clean(match.group(1)),
                            title=_clean(match.group(0)),
                            evidence=_evidence(context, match.start(), match.end())))
    for match in _finditer(_PLENUM, text, "Nghị quyết ") if resolutions else ():
        if re.search(r"\d|[IVXL]\b|khóa", match.group(0)):
            out.append(Document("Nghị quyết", issuer="Ban Chấp hành Trung ương Đảng",
                                title=_clean(match.group(0)),
                                evidence=_evidence(context, match.start(), match.end())))
    for match in _finditer(_LAW, text, "Luật "):
        head = text[match.end() : match.end() + 80].replace(", chống", " chống")
        name = re.split(r"[,;:.()\"\n]", head)[0]
        stop = _LAW_END.search(name)
        name = _clean(" ".join((name[: stop.start()] if stop else name).split()[:8]))
        numbered = _LAW_NUMBER.match(text, match.end())
        if len(name) >= 4 or (numbered and name):  # "Luật Phí, lệ phí (số 97/2015/QH13)"
            out.append(Document("Luật", number=numbered.group(1) if numbered else None,
                                issuer="Quốc hội", title=f"Luật {name}",
                                evidence=_evidence(context, match.start(), match.end())))
    for match in _finditer(_RULES, text, "Quy chế", "Điều lệ"):
        found = _body_at(organizations, match.end())
        if found:
            body, end = found
            out.append(Document(match.group(1), issuer=body,
                                title=_clean(text[match.start() : end]),
                                evidence=_evidence(context, match.start(), end)))
    return _dedupe(out)


def _dedupe(documents: list[Document]) -> list[Document]:
    """One entry per document: "Nghị quyết Trung ương 4" and "… 4 (khóa XII)" are one, and so
    are a congress resolution cited with and without its term."""
    kept: dict[tuple[str, str], Document] = {}
    for document in documents:
        title = (document.title or "").lower()
        bare = re.sub(r"[(),]|khóa [ivxl]+|nhiệm kỳ [\d\s–-]+", " ", title)
        key = (document.type, " ".join(bare.split()))
        old = kept.get(key)
        if old is None or len(title) > len(old.title or ""):
            kept[key] = document
            if old is not None:
                document.number = document.number or old.number
        else:  # a law cited once with its number and once without is one numbered law
            old.number = old.number or document.number
    return list(kept.values())
