"""Terms linking writes beyond the mapping's: all from the generated ontology module."""

from __future__ import annotations

from cadregraph.ontology.terms import CG, RESOURCE_BASE
from pyoxigraph import NamedNode

BLOCK_KEY = CG.blockKey
LINK_FEATURES = CG.linkFeatures
ATTESTED_DATE_SOURCE = CG.attestedDateSource
# Side table of mention features and blocking keys: what incremental linking reads back.
INDEX_GRAPH = NamedNode(RESOURCE_BASE + "graph/linking-index")
