"""cadregraph.api.web."""
