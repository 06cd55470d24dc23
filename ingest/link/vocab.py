"""Terms linking writes, taken from the generated ontology module.

Two terms linking needs are not in cadregraph.ttl yet (the lead adds them): `cg:blockKey`
(a folded-name blocking key of a person mention) and `cg:linkFeatures` (the mention's linking
evidence as JSON). Until then they are built here, in this one place, from the cg namespace.
"""

from __future__ import annotations

from cadregraph.ontology.terms import CG, NAMESPACES, RESOURCE_BASE
from pyoxigraph import NamedNode


def _cg(name: str) -> NamedNode:
    term = getattr(CG, name, None)
    return term if isinstance(term, NamedNode) else NamedNode(NAMESPACES["cg"] + name)


BLOCK_KEY = _cg("blockKey")
LINK_FEATURES = _cg("linkFeatures")
# Side table of mention features and blocking keys: what incremental linking reads back.
INDEX_GRAPH = NamedNode(RESOURCE_BASE + "graph/linking-index")
