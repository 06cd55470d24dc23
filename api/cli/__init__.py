"""cadregraph.api.cli."""
