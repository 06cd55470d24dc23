"""Size limits shared by the readers: what no single article can sanely be."""

from __future__ import annotations

from pathlib import Path

from cadregraph.ingest.records import ReadFailure

# A long news article is ~30k characters; a whole law ~500k. Beyond this it is not one article
# (a concatenated dump, a binary file) and extraction would be slow and meaningless.
MAX_ARTICLE_CHARS = 2_000_000
# .txt/.html files are read whole; refuse bigger ones before reading them into memory.
MAX_FILE_BYTES = 20_000_000


def too_big(chars: int) -> str:
    return (f"article text is {chars:,} characters, over the {MAX_ARTICLE_CHARS:,} limit for "
            "one article; split the file into articles (one JSON object per line in .jsonl)")


def read_whole_file(path: Path, what: str, advice: str) -> str | ReadFailure:
    """The decoded text of a .txt/.html file, or why it cannot be read as one article."""
    from cadregraph.ingest.read.decode import DecodeError, decode_bytes

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return ReadFailure(str(path), f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,} "
                                      f"limit for one {what}; {advice}")
    try:
        return decode_bytes(path.read_bytes(), what)
    except DecodeError as err:
        return ReadFailure(str(path), str(err))
