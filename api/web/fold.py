"""Search folding: the project's one folding (`cadregraph.ingest.normalize.fold`).

Folding drops tone marks altogether, so the two tone placements in use ("hoà" / "hòa",
"thuỷ" / "thủy") and unaccented typing ("hoa") all meet on one key.
"""

from __future__ import annotations

from cadregraph.ingest.normalize.fold import fold, tokens

__all__ = ["fold", "tokens"]
