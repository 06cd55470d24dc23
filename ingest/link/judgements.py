"""Human judgements that override the machine (an append-only JSONL log).

One line per judgement, in the spirit of nomenklatura's judgement log:

    {"a": "ld001|Nguyễn Văn Hùng", "b": "ld002|Nguyễn Văn Hùng", "judgement": "not_same",
     "author": "lan", "at": "2026-11-28T02:00:00Z"}

`a` and `b` name a mention — "ARTICLE_ID|Name as written", {"article": …, "name": …}, or the
mention IRI — or a canonical person IRI (`…/id/person/…`), which stands for the mention it
was minted from. "same" forces a merge, "not_same" forbids one, "unsure" is kept for the
record only. For one pair the latest line wins; lines are never rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

VALID = ("same", "not_same", "unsure")
MentionKey = tuple[str, str]


class JudgementError(ValueError):
    """A judgements file that cannot be used; the message names the line and the fix."""


@dataclass(frozen=True)
class Judgement:
    a: Any
    b: Any
    judgement: str
    author: str
    at: str


def load(path: str | Path) -> list[Judgement]:
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise JudgementError(f"cannot read judgements file {path}: {err.strerror}; "
                             "give an existing JSONL file (it is created by appending)") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise JudgementError(f"{path}:{number}: not JSON ({err.msg}); fix or remove the "
                                 "line — earlier lines are kept as they are") from None
        if not isinstance(data, dict) or data.get("judgement") not in VALID \
                or "a" not in data or "b" not in data:
            raise JudgementError(f"{path}:{number}: need keys a, b and judgement (one of "
                                 f"{', '.join(VALID)})")
        out.append(Judgement(data["a"], data["b"], data["judgement"],
                             str(data.get("author") or "unknown"), str(data.get("at") or "")))
    return out


def append(path: str | Path, a: Any, b: Any, judgement: str, author: str) -> Judgement:
    if judgement not in VALID:
        raise JudgementError(f"judgement must be one of {', '.join(VALID)}, not {judgement!r}")
    entry = Judgement(a, b, judgement, author, datetime.now(UTC).isoformat(timespec="seconds"))
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry.__dict__, ensure_ascii=False) + "\n")
    return entry


def parse_ref(ref: Any) -> MentionKey | str:
    """A mention key, or the IRI string for the resolver to look up."""
    if isinstance(ref, dict) and "article" in ref and "name" in ref:
        return (str(ref["article"]), str(ref["name"]))
    text = str(ref)
    if "|" in text and not text.startswith("http"):
        article, _, name = text.partition("|")
        return (article.strip(), name.strip())
    return text


@dataclass
class Judgements:
    """Judgements resolved to mention keys: what clustering consults."""

    rulings: dict[tuple[MentionKey, MentionKey], Judgement] = field(default_factory=dict)
    unresolved: list[Judgement] = field(default_factory=list)

    @classmethod
    def resolve(cls, entries: Iterable[Judgement],
                lookup: Callable[[str], MentionKey | None] = lambda _: None) -> Judgements:
        out = cls()
        for entry in entries:
            keys = []
            for ref in (entry.a, entry.b):
                parsed = parse_ref(ref)
                keys.append(parsed if isinstance(parsed, tuple) else lookup(parsed))
            if None in keys:
                out.unresolved.append(entry)
                continue
            pair = tuple(sorted(keys))
            out.rulings[pair] = entry  # type: ignore[index]  # later lines win
        return out

    def involves(self, key: MentionKey) -> bool:
        return any(key in pair for pair in self.rulings)

    def between(self, left: Iterable[MentionKey], right: Iterable[MentionKey]) -> str | None:
        """'not_same' if any ruling separates the two sides, else 'same' if one joins them."""
        if not self.rulings:
            return None
        found = None
        right = set(right)
        for a in left:
            for b in right:
                entry = self.rulings.get(tuple(sorted((a, b))))  # type: ignore[arg-type]
                if entry and entry.judgement == "not_same":
                    return "not_same"
                if entry and entry.judgement == "same":
                    found = "same"
        return found

    def reason(self, left: Iterable[MentionKey], right: Iterable[MentionKey]) -> str:
        right = set(right)
        for a in left:
            for b in right:
                entry = self.rulings.get(tuple(sorted((a, b))))  # type: ignore[arg-type]
                if entry:
                    return f"judged {entry.judgement} by {entry.author} at {entry.at}"
        return "judged"

    def same_pairs(self) -> list[tuple[MentionKey, MentionKey]]:
        return [pair for pair, e in self.rulings.items() if e.judgement == "same"]
