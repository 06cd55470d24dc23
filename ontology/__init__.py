"""cadregraph.ontology."""
