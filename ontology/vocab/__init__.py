"""SKOS vocabularies (data only): roles, body types, event types, document types."""
