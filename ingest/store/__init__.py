"""cadregraph.ingest.store."""
