"""Vietnamese text normalisation: the one text every extraction stage and every offset uses.

Steps, in order: HTML entities; NFC (macOS/PDF text is often NFD, cp1258 text always);
look-alike letters, odd spaces, curly quotes and invisible characters (chars.tsv); old-style
tone placement (tones.tsv); page residue (residue.py); punctuation glued to words
("Yến Mai- Ủy viên" → "Yến Mai - Ủy viên"); repeated spaces and blank lines.
Nothing else is deleted or reworded, and ALL-CAPS headlines stay as written.
"""

from __future__ import annotations

import html
import re
import unicodedata

from cadregraph.ingest.normalize.glued import (
    dash_positions,
    drop_space_before_punctuation,
    join_split_syllables,
    space_dash_left,
    space_dash_right,
    space_glued_commas,
)
from cadregraph.ingest.normalize.residue import strip_residue
from cadregraph.ingest.normalize.tables import fix_chars
from cadregraph.ingest.normalize.tones import fix_tone_placement
from cadregraph.ingest.records import Article

_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_SPACES = re.compile(r"  +")
_BLANK_LINES = re.compile(r"\n{3,}")


def _line_breaks(text: str) -> tuple[bool, bool]:
    """(Does a line break touch a space? Do three follow each other?), read at the breaks
    alone — a few an article, found by `str.find` — where `" \n" in text` is slow over a
    text of many spaces."""
    spaced = blank = False
    at = text.find("\n")
    while at >= 0:
        spaced = spaced or (at > 0 and text[at - 1] == " ") or text.startswith(" ", at + 1)
        blank = blank or text.startswith("\n\n", at + 1)
        at = text.find("\n", at + 1)
    return spaced, blank


def normalize_text(text: str) -> str:
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = fix_chars(unicodedata.normalize("NFC", text))
    text = fix_tone_placement(text)
    text = strip_residue(text)
    dashes = dash_positions(text)
    left = space_dash_left(text, dashes)
    text = space_dash_right(left, dashes if left is text else None)
    text = space_glued_commas(text)
    text = drop_space_before_punctuation(text)
    text = join_split_syllables(text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    touching, blank = _line_breaks(text)
    if touching:
        text = "\n".join(line.strip(" ") for line in text.split("\n"))  # ends: stripped below
        blank = "\n\n\n" in text
    if blank:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def article_text(article: Article) -> str:
    """Normalised title + body: the text all evidence offsets point into."""
    body = normalize_text(article.text)
    title = normalize_text(article.title) if article.title else ""
    if title and not body.startswith(title):
        return f"{title}\n\n{body}"
    return body
