"""Documents cited: resolutions, directives, conclusions, decisions, plans, laws (domain §6).

A citation is a type name ("Chỉ thị", "Nghị quyết"…) followed, optionally after "số"/"số:",
by a number in any of the forms news uses: party "05-CT/TW", "68- NQ/TW", "68-NQ-TW";
state "12/NQ-HĐND", "35/2024/NQ-HĐND", "202/2025/QH15"; or bare "Chỉ thị 05". A party or
state code standing alone ("Số 445-KL/TU") is a citation too, typed by its code. The issuer
comes from "… của <body>" after the citation, else from its subject (documents_subject.py),
else from the issuer code (TW, TU, HĐND… placed with the article's province), else from the
type (a Nghị định is the Government's);
a document quoted with its header takes the header's (documents_header.py). Documents cited by
name only ("Nghị quyết Đại hội …", "Luật Đất đai") come from documents_named.py.
"""

from __future__ import annotations

import re
from functools import cache

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.dates import full_dates
from cadregraph.ingest.extract.document_vocabulary import document_vocabulary, fill
from cadregraph.ingest.extract.documents_codes import CODE as _CODE
from cadregraph.ingest.extract.documents_codes import COUNTED_AFTER, UNIT_AFTER, standalone_codes
from cadregraph.ingest.extract.documents_header import headed
from cadregraph.ingest.extract.documents_named import named_documents
from cadregraph.ingest.extract.documents_subject import issuer_before
from cadregraph.ingest.extract.phrases import PhraseSet
from cadregraph.ingest.records import Document, Evidence, Organization

_NUMBER = (rf"\d{{1,5}}(?!\d)(?:[ ]?/[ ]?\d{{4}})?(?:[ ]?[-–/][ ]?{_CODE}(?:[ ]?[-/][ ]?{_CODE})*)?"
           r"(?![\d/.]\d)")
# … but "ngày" with a day and month after it is the document's date: "Quyết định số 218 ngày
# 12-12-2013", "Thông báo số 28 ngày 15/3".
_DATED_AFTER = re.compile(r"\s*,?\s*ngày\s+\d{1,2}\s?[/.-]\s?\d{1,2}")
# A bare four-digit year after a type name is the plan's year ("kế hoạch 2017"), unless
# "số" says it is a number ("Quyết định số 2002").
_YEAR = re.compile(r"(?:19|20)\d\d")
# "luật" closing another word is no law: "kỷ luật 13 đảng viên", "pháp luật".
_NOT_LAW_BEFORE = re.compile(r"(?i)(?:kỷ|pháp|điều)\s$")
_MORE = re.compile(rf"[ ]*(?:,|và|;)[ ]*(?:số[ ]*)?(?=\d)({_NUMBER})")
_LIST_END = re.compile(r"[ ]*(?:,|;|\.|\)|và\b|của\b|ngày\b|về\b|$)")
_DATE_AFTER = re.compile(r"\s*,?\s*(?:ban hành\s+)?(?:ngày|ký ngày)\s+")
_TITLE_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,30}\))?\s*,?\s*(?:về việc|về|V/v)\s+\"?([^;.\n\"()]{5,160})"
)
_OF = re.compile(r"\s*,?\s*(?:\(?[^()]{0,3})?của\s+", re.IGNORECASE)


# What follows a type name in a citation: "số" (or "mang số"), a colon, then the number.
_CITATION_TAIL = re.compile(rf"(?i)(?:[ ]+(?:mang[ ]+)?số)?[ ]*:?[ ]*(?=\d)({_NUMBER})")
# … or, after a few words of its kind, "số" and a coded number: "Báo cáo thẩm tra số
# 412/BC-UBPLTP15", "Nghị quyết chuyên đề số 05-NQ/TU" (a bare number there may be a count).
_CODED_AFTER_WORDS = re.compile(
    rf"(?:[ ]+[a-zđà-ỹ]+){{1,4}}[ ]+số[ ]*:?[ ]*(?=\d)"
    rf"(\d{{1,5}}(?:/\d{{4}})?[ ]?[-/][ ]?{_CODE}(?:[ ]?[-/][ ]?{_CODE})*)(?![\d/.]\d)")
# Compiled once rather than looked up in `re`'s cache for every citation.
_SPACES = re.compile(r"\s+")
_PARTY_NUMBER = re.compile(rf"^\d+-({_CODE})[/-]({_CODE})$")
_STATE_NUMBER = re.compile(rf"^\d+(?:/\d{{4}})?/({_CODE})(?:-({_CODE}))?")
# Historic state acts numbered like party ones, the issuer after the dash: "8-HĐBT" (1984).
_ISSUER_NUMBER = re.compile(rf"^\d+-({_CODE})$")
_SPACED_SEPARATOR = re.compile(r"\s*([-–/])\s*")
_WRITTEN_DATE = re.compile(r"[\d/.\-]+")
_DAY_MONTH = re.compile(r"\d{1,2}\s?[/.-]\s?\d{1,2}(?![\d/.-])")
_DIGITS = re.compile(r"\d+")


@cache
def _type_names() -> PhraseSet:
    return PhraseSet(document_vocabulary().types)


def _citations(text: str) -> list[tuple[str, str, int, int, int]]:
    """(type name, number, start, number start, end) of each "<type> [số] <number>".

    Same matches as one regex "<any type name><tail>" scanned left to right: at each place
    the longest name whose tail reads, never overlapping — but names are found by `str.find`.
    """
    out, last = [], 0
    for start, end in _type_names().hits(text):
        if start < last:
            continue
        tail = _CITATION_TAIL.match(text, end) or _CODED_AFTER_WORDS.match(text, end)
        if tail:
            out.append((text[start:end], tail.group(1), start, tail.start(1), tail.end()))
            last = tail.end()
    return out


@cache
def _known_type_codes() -> frozenset[str]:
    return frozenset(code.upper() for code in document_vocabulary().code_types)


def _split_number(number: str) -> tuple[str | None, str | None]:
    """(type code, issuer code) of "05-CT/TW", "35/2024/NQ-HĐND", "8-HĐBT"; (None, None) if bare."""
    compact = _SPACES.sub("", number)
    party = _PARTY_NUMBER.match(compact)
    if party:
        return party.group(1), party.group(2)
    state = _STATE_NUMBER.match(compact)
    if state:
        return (state.group(1), state.group(2)) if state.group(2) else (None, state.group(1))
    issuer = _ISSUER_NUMBER.match(compact)
    return (None, issuer.group(1)) if issuer else (None, None)


def _issuer_of(context: Context, organizations: list[Organization],
               at: int) -> tuple[str | None, int]:
    """The body named in "… của <body>" right after `at`, and where its name ends.

    National bodies are read from the phrase table first (a body found in the article may be
    only the "Chính phủ" inside "Thủ tướng Chính phủ"); then the article's own bodies, which
    carry their place; then the local phrases placed with the article's province.
    """
    match = _OF.match(context.text, at)
    if not match:
        return None, at
    start = match.end()
    head = context.text[start : start + 60].lower()
    local = []
    for phrase, template in document_vocabulary().of_phrases:
        if head.startswith(phrase):
            if "{" not in template:
                return template, start + len(phrase)
            local.append((phrase, template))
    # Of the bodies read at the place, the longest name: "Văn phòng Chính phủ" is also
    # remembered as a mention of "Chính phủ", the body it serves.
    found = [(len(organization.name), mention.end, organization.name)
             for organization in organizations for mention in organization.mentions
             if abs(mention.start - start) <= 1]
    if found:
        _, end, name = max(found)
        return name, end
    if local:
        phrase, template = local[0]
        return fill(template, context), start + len(phrase)
    return None, at


def _document(context: Context, organizations: list[Organization], doc_type: str,
              number: str, start: int, end: int) -> Document:
    vocab = document_vocabulary()
    number = _SPACED_SEPARATOR.sub(r"\1", number).replace("–", "-").strip()
    type_code, issuer_code = _split_number(number)
    if type_code and type_code.upper() not in _known_type_codes() and vocab.issuer_for_code(
            type_code.upper(), None):
        type_code, issuer_code = None, type_code  # "388/UBND-KGVX": issuer, then its office
    after, date = end, None
    date_match = _DATE_AFTER.match(context.text, after)
    if date_match:
        dates = full_dates(context.text[date_match.end() : date_match.end() + 30])
        if dates and dates[0].start == 0:
            date = dates[0].date.isoformat()
            written = _WRITTEN_DATE.match(context.text, date_match.end())
            after = date_match.end() + (len(written.group(0)) if written else 0)
        elif day := _DAY_MONTH.match(context.text, date_match.end()):
            after = day.end()  # "Thông báo số 28 ngày 15/3 của …": no year, but the issuer after
    issuer, after = _issuer_of(context, organizations, after)
    issuer = issuer or issuer_before(context.text, organizations, start)
    if issuer is None and issuer_code:
        template = vocab.issuer_for_code(issuer_code.upper(), (type_code or "").upper() or None)
        issuer = fill(template, context) if template else None
    if issuer is None and doc_type in vocab.implied:
        issuer = vocab.implied[doc_type]
    title_match = _TITLE_AFTER.match(context.text, after)
    sentence = context.sentence_at(start)
    return Document(
        type=doc_type, number=number, issuer=issuer or None,
        title=title_match.group(1).strip() if title_match else None, date=date,
        evidence=Evidence(sentence.index if sentence else -1, start, end),
    )


def _more_numbers(text: str, at: int) -> list[tuple[str, int, int]]:
    """Further numbers of one citation: "Chỉ thị 03, 05 của …", "Nghị quyết 57 và 59-NQ/TW"."""
    out: list[tuple[str, int, int]] = []
    while match := _MORE.match(text, at):
        number = match.group(1)
        bare = _DIGITS.fullmatch(number)
        # A bare number must end the list, unless it closes a longer one: "số 2356, 2357 và
        # 2358 để chuyển đổi …".
        closes = out and "và" in text[match.start() : match.start(1)]
        if bare and not closes and not _LIST_END.match(text, match.end()):
            break
        out.append((number, match.start(1), match.end(1)))
        at = match.end()
    return out


def extract_documents(context: Context, organizations: list[Organization]) -> list[Document]:
    vocab = document_vocabulary()
    found: list[Document] = []
    covered: list[tuple[int, int]] = []
    for name, number, start, _, end in _citations(context.text):
        doc_type = vocab.types[name.lower()]
        said_so = "số" in context.text[start:end].lower()
        if _DIGITS.fullmatch(number) and (
                (UNIT_AFTER.match(context.text, end) and not _DATED_AFTER.match(context.text, end))
                or ((_YEAR.fullmatch(number) or COUNTED_AFTER.match(context.text, end))
                    and not said_so)
                or (doc_type in vocab.needs_so and not said_so)):
            continue
        if name.lower() == "luật" and _NOT_LAW_BEFORE.search(context.text, max(0, start - 5),
                                                              start):
            continue
        listed = [(number, start, end)] + _more_numbers(context.text, end)
        documents = [_document(context, organizations, doc_type, n, a, b) for n, a, b in listed]
        # "Chỉ thị 03, 05 của Bộ Chính trị": one issuer, stated after the last, over the one a
        # code implies ("66-NQ/TW và 68-NQ/TW của Bộ Chính trị": not the Central Committee).
        stated = _issuer_of(context, organizations, listed[-1][2])[0] is not None
        for document, (_, _, at) in zip(documents[:-1], listed[:-1], strict=True):
            if not document.issuer or stated and not _issuer_of(context, organizations, at)[0]:
                document.issuer = documents[-1].issuer
        found.extend(documents)
        covered.append((start, listed[-1][2]))
    for code_type, number, start, end in standalone_codes(context.text, vocab.code_types):
        if not any(s <= start < e for s, e in covered):
            found.append(headed(context.text, _document(context, organizations, code_type,
                                                         number, start, end)))
    out = _dedupe(found)
    seen = {_key(document): document for document in out}
    for document in named_documents(context, organizations):
        # A law both named and cited by number ("Luật Đầu tư công số 49/2014/QH13") is one.
        if document.number and (same := seen.get(_key(document))):
            same.title = same.title or document.title
        else:
            out.append(document)
    return out


def _key(document: Document) -> tuple[str, str]:
    lead = _DIGITS.match(document.number or "")
    return document.type, str(int(lead.group())) if lead else ""


def _dedupe(documents: list[Document]) -> list[Document]:
    """One entry per (type, leading number), keeping the fullest number and any issuer."""
    kept: dict[tuple[str, str], Document] = {}
    for document in documents:
        key = _key(document)
        old = kept.setdefault(key, document)
        if old is document:
            continue
        if len(document.number or "") > len(old.number or ""):
            kept[key], old, document = document, document, old  # the fuller number is kept
        old.issuer = old.issuer or document.issuer
        old.date = old.date or document.date
        old.title = old.title or document.title
    return list(kept.values())
