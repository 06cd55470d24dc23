"""cadregraph.ingest."""
