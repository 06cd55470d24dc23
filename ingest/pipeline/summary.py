"""What one ingest run did, for the user: counts, and every failure with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Failure:
    source: str  # file (and line) or article id: where to look
    reason: str  # what went wrong and what to do


@dataclass
class IngestSummary:
    """Every article read ends in exactly one of: ingested, replaced, unchanged, failed."""

    read: int = 0
    ingested: int = 0  # new article graphs
    replaced: int = 0  # graphs whose article changed since the last ingest
    unchanged: int = 0  # same content hash and extractor version as stored: nothing written
    reread: int = 0  # of `replaced`, unchanged articles read again by a changed extractor
    failures: list[Failure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # not about one article (e.g. linking)
    quads_written: int = 0
    bulk_loaded: int = 0  # of `ingested`, articles written by the bulk loader
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.problems

    def fail(self, source: str, reason: str) -> None:
        self.failures.append(Failure(source, reason))

    def as_dict(self) -> dict[str, Any]:
        return {"read": self.read, "ingested": self.ingested, "replaced": self.replaced,
                "unchanged": self.unchanged, "reread": self.reread, "failed": self.failed,
                "quads_written": self.quads_written, "bulk_loaded": self.bulk_loaded,
                "seconds": round(self.seconds, 3),
                "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
                "problems": list(self.problems)}

    def render(self, location: str, *, max_failures: int = 50) -> str:
        rate = f" in {self.seconds:.1f} s" if self.seconds else ""
        lines = [f"{self.read} articles read{rate}: {self.ingested} ingested, "
                 f"{self.replaced} replaced, {self.unchanged} unchanged, {self.failed} failed",
                 *([f"{self.reread} of the replaced articles were unchanged but read again: "
                    "the extractor changed since they were ingested"] if self.reread else []),
                 f"{self.quads_written} quads written to {location}"]
        lines += [f"problem: {problem}" for problem in self.problems]
        if self.failures:
            lines.append("failed:")
            for failure in self.failures[:max_failures]:
                lines.append(f"  {failure.source}: {failure.reason}")
            if self.failed > max_failures:
                lines.append(f"  … and {self.failed - max_failures} more (use --json for all)")
        return "\n".join(lines)
