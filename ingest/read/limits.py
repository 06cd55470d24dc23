"""Size limits shared by the readers: what no single article can sanely be."""

from __future__ import annotations

# A long news article is ~30k characters; a whole law ~500k. Beyond this it is not one article
# (a concatenated dump, a binary file) and extraction would be slow and meaningless.
MAX_ARTICLE_CHARS = 2_000_000
# .txt/.html files are read whole; refuse bigger ones before reading them into memory.
MAX_FILE_BYTES = 20_000_000


def too_big(chars: int) -> str:
    return (f"article text is {chars:,} characters, over the {MAX_ARTICLE_CHARS:,} limit for "
            "one article; split the file into articles (one JSON object per line in .jsonl)")
