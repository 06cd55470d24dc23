"""Sentence splitting (placeholder)."""

from __future__ import annotations

import re

from cadregraph.ingest.records import Sentence

_END = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def split_sentences(text: str) -> list[Sentence]:
    out = []
    for match in _END.finditer(text):
        if match.group().strip():
            out.append(Sentence(len(out), match.start(), match.end(), match.group()))
    return out
