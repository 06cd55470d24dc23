"""The ontology file, the generated terms module and the code that uses it stay in step."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from cadregraph.ontology import generate_terms, terms
from cadregraph.ontology.terms import CG, PREFIXES, uriref
from pyoxigraph import NamedNode, Store
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
CG_NS = "https://w3id.org/cadregraph/ontology#"
CLASSES = [name for name, *_ in generate_terms.NAMESPACES]


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(generate_terms.TTL, format="turtle")


def minted(graph: rdflib.Graph) -> list[rdflib.URIRef]:
    return sorted({s for s in graph.subjects() if isinstance(s, rdflib.URIRef)
                   and str(s).startswith(CG_NS)})


def test_terms_module_is_in_sync_with_the_ttl() -> None:
    current = (ROOT / "ontology" / "terms.py").read_text(encoding="utf-8")
    assert current == generate_terms.generate(), (
        "ontology/terms.py is stale: run python -m cadregraph.ontology.terms --write")


def test_check_command_reports_a_stale_module(tmp_path: Path, monkeypatch) -> None:
    stale = tmp_path / "terms.py"
    stale.write_text(generate_terms.generate().replace("Sentence", "Sentense"), encoding="utf-8")
    monkeypatch.setattr(generate_terms, "TARGET", stale)
    assert generate_terms.main(["--check"]) == 1
    assert generate_terms.main(["--write"]) == 0
    assert generate_terms.main(["--check"]) == 0


def test_module_entry_point_checks() -> None:
    done = subprocess.run([sys.executable, "-m", "cadregraph.ontology.terms", "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_every_minted_term_is_a_constant_and_back(ontology: rdflib.Graph) -> None:
    names = {str(s)[len(CG_NS):] for s in minted(ontology)}
    constants = {k for k, v in vars(CG).items() if isinstance(v, NamedNode)}
    assert names == constants
    assert len(names) > 50


def test_a_misspelt_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        CG.Sentense  # noqa: B018
    assert uriref(CG.Sentence) == rdflib.URIRef(CG_NS + "Sentence")


def test_every_minted_term_has_label_and_comment_in_english_and_vietnamese(
        ontology: rdflib.Graph) -> None:
    missing = []
    for term in minted(ontology):
        for prop in (RDFS.label, RDFS.comment):
            languages = {o.language for o in ontology.objects(term, prop)}
            if not {"en", "vi"} <= languages:
                missing.append((str(term), str(prop), sorted(map(str, languages))))
    assert missing == []


def test_every_minted_term_is_declared(ontology: rdflib.Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    untyped = [str(t) for t in minted(ontology) if not set(ontology.objects(t, RDF.type)) & kinds]
    assert untyped == []


def test_code_only_uses_terms_that_exist() -> None:
    """Catches a misspelt term on code paths no test happens to run."""
    usage = re.compile(r"\b(" + "|".join(CLASSES) + r")\.([A-Za-z_]\w*)")
    unknown = []
    for folder in ("ingest", "api", "ontology", "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if "ontology.terms" not in source and "ontology import terms" not in source:
                continue
            if path.name in ("terms.py", "test_ontology_terms.py"):
                continue
            for match in usage.finditer(source):
                if not hasattr(getattr(terms, match.group(1)), match.group(2)):
                    unknown.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert unknown == []


def test_prefixes_work_in_a_query() -> None:
    store = Store()
    found = list(store.query(PREFIXES + "SELECT (cg:Sentence AS ?s) (cgr:x AS ?x) "
                                        "(org:Post AS ?p) WHERE {}"))
    assert [t.value for t in found[0]] == [CG_NS + "Sentence",
                                           "https://w3id.org/cadregraph/id/x",
                                           "http://www.w3.org/ns/org#Post"]


def test_ontology_parses_in_both_libraries() -> None:
    from pyoxigraph import RdfFormat, parse

    with generate_terms.TTL.open("rb") as handle:
        count = sum(1 for _ in parse(handle, format=RdfFormat.TURTLE))
    assert count == len(rdflib.Graph().parse(generate_terms.TTL, format="turtle"))


def test_sparql_in_the_project_only_uses_terms_that_exist() -> None:
    """A misspelt term in a query silently matches nothing, so queries are checked too."""
    prefixes = {prefix: name for name, prefix, *_ in generate_terms.NAMESPACES}
    # `time:` is left out of .py files, where "time: 3 s" is ordinary text.
    usage = {".rq": _prefixed(prefixes), ".json": _prefixed(prefixes),
             ".py": _prefixed({p: n for p, n in prefixes.items() if p != "time"})}
    unknown = []
    for folder in ("ingest", "api", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*")):
            pattern = usage.get(path.suffix)
            if pattern is None or path.name == "terms.py":
                continue
            for match in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
                if not hasattr(getattr(terms, prefixes[match.group(1)]), match.group(2)):
                    unknown.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert unknown == []


def _prefixed(prefixes: dict[str, str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w/#<.:-])(" + "|".join(prefixes) + r"):([A-Za-z_]\w*)")
