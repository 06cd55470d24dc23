"""Page residue that crawlers leave in article text and that no stage should read as content.

Removed: a leading crawl-date prefix (" date 2017-03 …", which is the crawl's date and not the
article's — contract §events), template placeholders ("{keywords}"), image file names and
markdown image links, photo credits ("(Ảnh: TTXVN)", "Ảnh: Hồng Cẩm" ending a caption line),
widget debris ("A A") and a trailing byline/source line ("THU THẢO", "Nguồn: baoangiang.com.vn").
Captions themselves stay: they often say who attended and when.
"""

from __future__ import annotations

import re

from cadregraph.ingest.normalize.tables import UPPER

CRAWL_PREFIX = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)\s*")
_PLACEHOLDER = re.compile(r"\{[a-z_]{2,30}\}")
_MD_IMAGE = re.compile(r"!?\[[^\]\n]{0,200}\]\(\s*https?://[^)\s]+\)")
_IMAGE_FILE = re.compile(r"(?<![\w./:%-])[\w./:%-]+\.(?:jpe?g|png|gif|webp|bmp)\b", re.IGNORECASE)
_IMAGE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)", re.IGNORECASE)
_PATH_PUNCTUATION = frozenset("./:%-_")
_CREDIT_WORD = r"(?:[^\W\d_]\.|[^\W\d_][\w'/-]*)"  # "Hồng", "N.", "Zing.vn" is two
# Capital letters of the Latin script (Vietnamese ones included), for a class.
_CAP_WORD = rf"[{UPPER}][\w'/-]*"  # "Hội", "HĐ", "Dân/TTXVN"
# Every alternative starts with "(", "Ả" or "ả", consumed by the leading class and checked
# again behind: a pattern opening with a class lets `re` skip ahead to candidates.
_ANH = r"(?:(?<=Ả)(?:nh|NH)|(?<=ả)nh)"  # Ảnh, ảnh, ẢNH with the first letter consumed
_PHOTO_CREDIT = re.compile(
    r"[(Ảả](?:"
    r"(?<=\()\s*(?:Ảnh|ảnh|ẢNH|Nguồn ảnh|Video|Clip)\s*:[^()\n]{0,60}\)"  # (Ảnh: Thanh Vũ/TTXVN)
    rf"|{_ANH}\s*:\s*(?:[A-ZĐ]\.)+[A-ZĐ]?\.?(?=\s|$)"  # Ảnh: H.B.
    rf"|{_ANH}\s*:\s*{_CREDIT_WORD}(?:[ \t]+{_CREDIT_WORD}){{0,5}}[ \t]*"
    r"(?:\([^()\n]{0,20}\))?\.?[ \t]*(?=\n|$)"  # Ảnh: Hồng Cẩm<end of line>
    rf"|{_ANH}\s*:\s*{_CREDIT_WORD}(?:[ \t]+{_CREDIT_WORD}){{0,3}}\.(?=\s)"  # Ảnh: X Y.
    # "Ảnh: Thanh Sơn Ông Nguyễn Văn A …": a credit glued to the next paragraph, which opens
    # with a capital honorific and a name (the name scanner would read the credit as part of
    # it); the credit's words are capitalised, and end at the first honorific
    rf"|{_ANH}\s*:\s*{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}}?[ \t]+"
    rf"(?=(?:Ông|Bà(?! Rịa)|Đồng chí)[ \t]+[{UPPER}])"
    r")"
)
# Lines that are only one of these (spaces and tabs aside) are sharing widgets.
_WIDGETS = frozenset({"A A", "aa", "Chia sẻ", "Chia sẻ bài viết", "Bình luận"})
# The widgets that hold no other one: a text holding none of them has no widget line, which
# `in` tells far faster than splitting the text into lines.
_WIDGET_CORES = tuple(sorted(w for w in _WIDGETS if not any(o != w and o in w for o in _WIDGETS)))
_SOURCE_LINE = re.compile(r"(?i)^(?:nguồn|tin, ảnh|tin và ảnh|bài, ảnh|bài và ảnh|tin|bài)\s*:")


def crawl_prefix(text: str) -> re.Match[str] | None:
    """The leading " date YYYY-MM[-DD]" prefix of a crawled text, if any."""
    return CRAWL_PREFIX.match(text)


# A byline in title case: "Thanh Phương", "Hữu Bằng - Thanh Hiểu", "Tr.Hoàng Hồng Đào - Lê
# Phong" (an initial for a family name), "Quốc Huy / VNN", "Nguyễn Hương - Công chức VHXH xã X"
# (a contributor's post). Journalists, not officials (domain §4.5): no stage should read them.
_NAME_WORD = rf"[{UPPER}][^\W\d_]*"
_BYLINE_NAME = (rf"(?!(?:Ông|Bà|Anh|Chị|Đồng chí)[ \t])(?:[{UPPER}][^\W\d_]{{0,2}}\.[ \t]?)?"
                rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}")
_BYLINE_ROLE = r"(?:Công chức|Cộng tác viên|CTV|Phóng viên|PV|Biên tập viên)(?![^\W\d_])"
_NAMES_LINE = re.compile(rf"{_BYLINE_NAME}(?:[ \t]*[-–/][ \t]*{_BYLINE_NAME}){{0,3}}"
                         rf"(?:[ \t]*[-–][ \t]*{_BYLINE_ROLE}[^\n.]{{0,60}})?")
_STOPS = (".", "!", "?", "…", "”", '"', ")")
# Glued after the last sentence's stop it must be two names or more, joined by dashes.
# (It opens with the stop itself, a literal that `re` skips ahead to; the names start after it.)
_GLUED_NAMES = re.compile(rf"\.[ \t]+{_BYLINE_NAME}(?:[ \t]*[-–/][ \t]*{_BYLINE_NAME})"
                          r"{1,3}\s*$")


def _drop_trailing_byline(text: str) -> str:
    stripped = text.rstrip()
    cut = stripped.rfind("\n")
    last = stripped[cut + 1 :].strip()
    if last and cut >= 0 and len(last) <= 80:
        words = last.split()
        letters = [c for c in last if c.isalpha()]
        all_caps_name = len(words) <= 4 and letters and all(c.isupper() for c in letters)
        # (names alone follow a finished sentence: the last line of a list of members does
        # not, and after the cut the text ends in a stop, so that a second pass keeps it)
        if all_caps_name or (_SOURCE_LINE.match(last) and len(words) <= 8) \
                or (stripped[:cut].rstrip().endswith(_STOPS) and _NAMES_LINE.fullmatch(last)):
            return stripped[:cut].rstrip() + "\n"
    # names starting in the last 100 characters: their stop may be the one before
    glued = _GLUED_NAMES.search(stripped, max(0, len(stripped) - 101))
    return stripped[: glued.start() + 1] + "\n" if glued else text


def _in_path(char: str) -> bool:
    return char.isalnum() or char in _PATH_PUNCTUATION  # the class [\w./:%-]


def _drop_image_files(text: str) -> str:
    """`_IMAGE_FILE.sub("", text)`, run only on the path-like runs that hold an extension.

    A file name cannot span two runs of [\\w./:%-], so each run is cleaned on its own; the
    full pattern over a long text would try every word as the start of a path.
    """
    runs: list[tuple[int, int]] = []
    for match in _IMAGE_EXTENSION.finditer(text):
        if runs and match.start() < runs[-1][1]:
            continue
        start, end = match.start(), match.end()
        while start and _in_path(text[start - 1]):
            start -= 1
        while end < len(text) and _in_path(text[end]):
            end += 1
        runs.append((start, end))
    pieces, last = [], 0
    for start, end in runs:
        pieces += [text[last:start], _IMAGE_FILE.sub("", text[start:end])]
        last = end
    return "".join(pieces) + text[last:]


# Every credit has one of these words, then spaces and a colon; the "(" alternative opens with
# "(" and spaces before it.
_WORDS_BEFORE_COLON = ("Ảnh", "ảnh", "ẢNH", "Nguồn ảnh", "Video", "Clip")


def _credit_starts(text: str) -> list[int]:
    """Where a photo credit can start: read back from each colon (few in news text, found by
    `str.find`) over spaces to a credit word, and from that word over spaces to a "(". Holds
    every place `_PHOTO_CREDIT` can match (each of its alternatives reads a word and then
    \\s*:), and only places holding "(", "Ả" or "ả"."""
    out: list[int] = []
    colon = text.find(":")
    while colon >= 0:
        end = colon
        while end and text[end - 1].isspace():
            end -= 1
        for word in _WORDS_BEFORE_COLON:
            if text.endswith(word, 0, end):
                start = end - len(word)
                if word[0] in "Ảả":
                    out.append(start)
                while start and text[start - 1].isspace():
                    start -= 1
                if start and text[start - 1] == "(":
                    out.append(start - 1)
        colon = text.find(":", colon + 1)
    return sorted(set(out))


def _drop_photo_credits(text: str) -> str:
    """`_PHOTO_CREDIT.sub(...)`, the pattern tried only where `_credit_starts` says a credit
    can start: `re` would test every character against its opening class, and "ả" alone is
    frequent. A credit ending a caption leaves a line break, so that the caption stays its
    own sentence."""
    pieces, last = [], 0
    for at in _credit_starts(text):
        if at >= last and (match := _PHOTO_CREDIT.match(text, at)):
            pieces += [text[last:at], "" if text[at] == "(" else "\n"]
            last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _drop_widget_lines(text: str) -> str:
    if not any(core in text for core in _WIDGET_CORES):
        return text
    lines = text.split("\n")
    if not any(line.strip(" \t") in _WIDGETS for line in lines):
        return text
    return "\n".join("" if line.strip(" \t") in _WIDGETS else line for line in lines)


def strip_residue(text: str) -> str:
    # (Each pattern run only over a text holding its literal, which `in` finds faster.)
    if text.lstrip().startswith("date"):  # (\s is what `lstrip` strips)
        text = CRAWL_PREFIX.sub("", text, count=1)
    if "{" in text:
        text = _PLACEHOLDER.sub("", text)
    if "](" in text:
        text = _MD_IMAGE.sub("", text)
    text = _drop_image_files(text)
    if ":" in text:
        text = _drop_photo_credits(text)
    return _drop_trailing_byline(_drop_widget_lines(text))
