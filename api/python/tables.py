"""The named tables researchers start from: one fact per row, each with its source.

Each is the `.rq` query of the same name (see `queries/`); `positions` also gets the first and
last date the person is attested in that post, across all articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from cadregraph.api.python.queries import load

if TYPE_CHECKING:
    from cadregraph.api.python.graph import Graph

# The tables `cadregraph export --format csv` writes, in this order.
TABLES = ("persons", "positions", "bodies", "events", "participation", "documents",
          "citations", "articles", "reorganisation")


def table(graph: Graph, name: str) -> pd.DataFrame:
    """The table `name` (any query of `queries/`, e.g. "co_attendance", works too)."""
    frame = graph.query(load(name))
    assert isinstance(frame, pd.DataFrame)
    if name == "positions":
        frame = with_event_dates(frame, graph.query(load("article_event_dates")))
        frame = with_attestation(frame, graph.query(load("holdings")))
    return frame


def with_event_dates(positions: pd.DataFrame, event_dates: pd.DataFrame) -> pd.DataFrame:
    """Fill the date of rows from undated articles with the earliest event date the article
    reports (done here rather than in SPARQL: the joined query is several times slower)."""
    frame = positions.copy()
    fallback = frame["article"].map(dict(zip(event_dates["article"], event_dates["event_date"],
                                             strict=True)))
    frame["date"] = pd.to_datetime(frame["date"]).fillna(pd.to_datetime(fallback))
    return frame


def with_attestation(positions: pd.DataFrame, holdings: pd.DataFrame | None = None
                     ) -> pd.DataFrame:
    """Add `first_attested`/`last_attested`: the earliest and latest dates at which the person
    is named as holding the post. The linking graph's `cg:Holding` dates are used where linking
    gave them for the (person, post); otherwise they are computed here from the rows' dates
    (which include the event dates of undated pages). A mention as *former* holder does not
    count (it says nothing about when the post was held), so a (person, post) known only as
    former gets NaT."""
    frame = positions.copy()
    post = frame["post"].where(frame["post"].notna(),
                               frame["role_label"].astype(str) + "@" + frame["body"].astype(str))
    current = frame["date"].where(~frame["former"].fillna(False).astype(bool))
    keys = [frame["person"], post]
    first = current.groupby(keys, dropna=False).transform("min")
    last = current.groupby(keys, dropna=False).transform("max")
    if holdings is not None and len(holdings):
        linked = holdings.drop_duplicates(["person", "post"]).set_index(["person", "post"])
        index = pd.MultiIndex.from_arrays([frame["person"], frame["post"]])
        for column, computed in (("first_attested", first), ("last_attested", last)):
            dates = pd.Series(pd.to_datetime(linked[column]).reindex(index).to_numpy(),
                              index=frame.index)
            # Linking dates only from dated pages; ours also from the events of undated ones.
            merged = dates.fillna(pd.to_datetime(computed))
            if column == "first_attested":
                first = merged
            else:
                last = merged
    frame["first_attested"] = first
    frame["last_attested"] = last
    order = list(positions.columns)
    at = order.index("date") + 1
    return frame[order[:at] + ["first_attested", "last_attested"] + order[at:]]
