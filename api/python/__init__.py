"""The knowledge graph from Python, without a server: for notebooks, scripts and exports.

    from cadregraph.api.python import open_graph, build_store, iri
    graph = open_graph()                       # the CLI's store ($CADREGRAPH_STORE), read-only
    graph = open_graph("dump.nq")              # or an export, loaded into memory
    graph = build_store(["articles.jsonl"])    # or articles, through the ingest pipeline
    graph.query("SELECT ?name WHERE { ?p a cg:Person ; schema:name ?name }")  # a DataFrame
    graph.table("positions")                   # named tables: persons, positions, events, …
    graph.to_networkx("co-attendance")         # networkx graphs for analysis and Gephi
"""

from cadregraph.api.python.build import build_store
from cadregraph.api.python.graph import Graph, default_location, iri, open_graph

__all__ = ["Graph", "build_store", "default_location", "iri", "open_graph"]
