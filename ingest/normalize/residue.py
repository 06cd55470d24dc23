"""Page residue that crawlers leave in article text and that no stage should read as content.

Removed: a leading crawl-date prefix (" date 2017-03 …", which is the crawl's date and not the
article's — contract §events), template placeholders ("{keywords}"), image file names and
markdown image links, photo credits ("(Ảnh: TTXVN)", "Ảnh: Hồng Cẩm" ending a caption line),
widget debris ("A A") and a trailing byline/source line ("THU THẢO", "Nguồn: baoangiang.com.vn").
Captions themselves stay: they often say who attended and when.
"""

from __future__ import annotations

import re

CRAWL_PREFIX = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)\s*")
_PLACEHOLDER = re.compile(r"\{[a-z_]{2,30}\}")
_MD_IMAGE = re.compile(r"!?\[[^\]\n]{0,200}\]\(\s*https?://[^)\s]+\)")
_IMAGE_FILE = re.compile(r"(?<![\w./:%-])[\w./:%-]+\.(?:jpe?g|png|gif|webp|bmp)\b", re.IGNORECASE)
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
_CREDIT_WORD = r"(?:[^\W\d_]\.|[^\W\d_][\w'/-]*)"  # "Hồng", "N.", "Zing.vn" is two
_PHOTO_CREDIT = re.compile(
    r"\(\s*(?:Ảnh|ảnh|ẢNH|Nguồn ảnh|Video|Clip)\s*:[^()\n]{0,60}\)"  # (Ảnh: Thanh Vũ/TTXVN)
    r"|(?:Ảnh|ảnh|ẢNH)\s*:\s*(?:[A-ZĐ]\.)+[A-ZĐ]?\.?(?=\s|$)"  # Ảnh: H.B.
    rf"|(?:Ảnh|ảnh|ẢNH)\s*:\s*{_CREDIT_WORD}(?:[ \t]+{_CREDIT_WORD}){{0,5}}[ \t]*"
    r"(?:\([^()\n]{0,20}\))?\.?[ \t]*(?=\n|$)"  # Ảnh: Hồng Cẩm<end of line>
    rf"|(?:Ảnh|ảnh|ẢNH)\s*:\s*{_CREDIT_WORD}(?:[ \t]+{_CREDIT_WORD}){{0,3}}\.(?=\s)"  # Ảnh: X Y.
)
_WIDGET_LINE = re.compile(r"(?m)^[ \t]*(?:A A|aa|Chia sẻ|Chia sẻ bài viết|Bình luận)[ \t]*$")
_SOURCE_LINE = re.compile(r"(?i)^(?:nguồn|tin, ảnh|tin và ảnh|bài, ảnh|bài và ảnh|tin|bài)\s*:")


def crawl_prefix(text: str) -> re.Match[str] | None:
    """The leading " date YYYY-MM[-DD]" prefix of a crawled text, if any."""
    return CRAWL_PREFIX.match(text)


def _drop_trailing_byline(text: str) -> str:
    stripped = text.rstrip()
    cut = stripped.rfind("\n")
    last = stripped[cut + 1 :].strip()
    if not last or cut < 0 or len(last) > 80:
        return text
    words = last.split()
    letters = [c for c in last if c.isalpha()]
    all_caps_name = len(words) <= 4 and letters and all(c.isupper() for c in letters)
    if all_caps_name or (_SOURCE_LINE.match(last) and len(words) <= 8):
        return stripped[:cut].rstrip() + "\n"
    return text


def strip_residue(text: str) -> str:
    text = CRAWL_PREFIX.sub("", text, count=1)
    text = _PLACEHOLDER.sub("", text)
    text = _MD_IMAGE.sub("", text)
    lower = text.lower()
    if any(extension in lower for extension in _IMAGE_EXTENSIONS):
        text = _IMAGE_FILE.sub("", text)
    if any(word in lower for word in ("ảnh", "video", "clip")):
        # A credit ending a caption leaves a line break, so the caption stays its own sentence.
        text = _PHOTO_CREDIT.sub(lambda m: "" if m.group().startswith("(") else "\n", text)
    text = _WIDGET_LINE.sub("", text)
    return _drop_trailing_byline(text)
