"""Where the story of an article's next event starts: at the headline-like lines right before
the sentence that dates it.

A round-up tells several meetings, each under a line of its own that reads as a headline, with
no closing stop ("Đồng chí Bùi Văn Hai tái đắc cử Bí thư Tỉnh Đoàn Hậu Giang", then "Chiều
6/10, Đại hội … tỉnh Hậu Giang …"), or under a photo's caption. Such a line belongs to the
story it heads, not to the meeting told before it: the person it names took part in the next
meeting. Only lines after the previous report are read back over.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.context import Context

_CLOSED = re.compile(r"[.!?…:;,\"”’)\]]\s*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
MIN_WORDS, MAX_WORDS = 4, 22  # a headline's length: more is a paragraph, less a label


def _headline(context: Context, index: int) -> bool:
    """Is sentence `index` a line of its own, unclosed, of a headline's length?"""
    sentence = context.sentences[index]
    text = sentence.text.strip()
    if not text or _CLOSED.search(text):
        return False
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return False
    # It ends its line (the next character is a line break or the text's end).
    return _LINE_END.match(context.text, sentence.end) is not None


def story_start(context: Context, after: int, report: int) -> int:
    """The first sentence of the story whose report is sentence `report`: `report` itself, or
    the first of the headline-like lines right before it (all after sentence `after`, the
    previous report's)."""
    start = report
    while start - 1 > after and _headline(context, start - 1):
        start -= 1
    return start
