"""What every extraction stage may know about the article it reads."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from cadregraph.ingest.records import Article, Sentence


@dataclass
class Context:
    article: Article
    text: str  # normalised title + body; evidence offsets point into it
    sentences: list[Sentence]
    # Filled by places.locate(): where the article is about, so that "Tỉnh ủy" alone or
    # "HĐND thành phố" can be given their place.
    province: str | None = None  # e.g. "An Giang"
    locality: str | None = None  # district-level unit the article is about, e.g. "Long Xuyên"
    locality_level: str | None = None  # "thành phố", "huyện", "thị xã", "quận"
    places: list[str] = field(default_factory=list)
    year: int | None = None  # year of `published`, when known
    # The sentences' starts, for `sentence_at`: read once, not by a key function at every
    # step of every bisection (made for whichever list `sentences` holds).
    _starts: tuple[list[Sentence], int, list[int]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def sentence_at(self, offset: int) -> Sentence | None:
        # By bisection: split_sentences gives sentences in order, never overlapping.
        sentences = self.sentences
        known = self._starts
        if known is None or known[0] is not sentences or known[1] != len(sentences):
            known = self._starts = (sentences, len(sentences), [s.start for s in sentences])
        index = bisect_right(known[2], offset) - 1
        if index >= 0 and offset < sentences[index].end:
            return sentences[index]
        return None


def in_text(text: str, sentence: Sentence) -> bool:
    """Is `sentence` the piece of `text` its offsets say, so that it can be read there (where
    the text's lower case is made once, not the sentence's again)?"""
    return (sentence.end - sentence.start == len(sentence.text)
            and text.startswith(sentence.text, sentence.start))
