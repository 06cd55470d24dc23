"""cadregraph.ingest.normalize."""
