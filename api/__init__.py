"""cadregraph.api."""
