"""CSV tables for pandas and R: one file per table of `cadregraph.api.python.tables`.

UTF-8 (no BOM), a header row, one fact per row, dates as YYYY-MM-DD, booleans as true/false,
missing values as empty cells. Fact tables carry `article` and `sentence` (IRIs) and
`sentence_text`, so every row can be checked against the news it came from.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from cadregraph.api.python.graph import Graph
from cadregraph.api.python.tables import TABLES
from tqdm import tqdm


def csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as ISO days, booleans as lowercase words: what both read.csv and pandas parse."""
    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if pd.api.types.is_datetime64_any_dtype(column):
            out[name] = column.dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_bool_dtype(column):
            out[name] = column.map({True: "true", False: "false"})
    return out


def write_csv(graph: Graph, out: Path, *, progress: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tqdm(TABLES, desc="tables", unit=" table", disable=not progress):
        path = out / f"{name}.csv"
        csv_ready(graph.table(name)).to_csv(path, index=False, encoding="utf-8",
                                            lineterminator="\n")
        written.append(path)
    return written
