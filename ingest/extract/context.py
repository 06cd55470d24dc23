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

    def sentence_at(self, offset: int) -> Sentence | None:
        # By bisection: split_sentences gives sentences in order, never overlapping.
        index = bisect_right(self.sentences, offset, key=_start) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def _start(sentence: Sentence) -> int:
    return sentence.start
