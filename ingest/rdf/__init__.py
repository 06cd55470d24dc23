"""cadregraph.ingest.rdf."""
