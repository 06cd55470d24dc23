"""The linking graph in a real Oxigraph store: incremental updates equal a full rebuild."""

import re
from pathlib import Path

from cadregraph.ingest.link.judgements import Judgement
from cadregraph.ingest.link.judgestore import load_judgements, save_judgements
from cadregraph.ingest.link.update import update_linking
from cadregraph.ingest.link.vocab import INDEX_GRAPH
from cadregraph.ingest.rdf import LINKING_GRAPH, article_graph_iri, article_quads
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position
from cadregraph.ingest.store import GraphStore, open_store
from cadregraph.ontology.terms import CG

PEOPLE = {  # article → (date, [(name, role, body)])
    "s1": ("2015-09-24", [("Nguyễn Văn Hùng", "Bí thư", "Tỉnh ủy Quảng Trị"),
                          ("Lê Hữu Phúc", "Phó Bí thư", "Tỉnh ủy Quảng Trị")]),
    "s2": ("2014-05-02", [("Nguyễn Văn Hùng", "Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")]),
    "s3": ("2018-03-01", [("Lê Hữu Phúc", "Bí thư", "Tỉnh ủy Quảng Trị"),
                          ("Nguyễn Văn Hùng", "Ủy viên", "Ban Chấp hành Trung ương Đảng")]),
    "s4": ("2021-07-06", [("Võ Văn Minh", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Dương")]),
    "s5": ("2025-08-08", [("Võ Văn Minh", "Chủ tịch",
                           "Hội đồng nhân dân Thành phố Hồ Chí Minh")]),
    "s6": ("2016-01-05", [("Vương Bình Thành", "Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")]),
    "s7": ("2016-02-05", [("Vương Bình Thạnh", "Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")]),
}


def make(aid: str, people: list[tuple[str, str, str]], date: str) -> ArticleRecord:
    text = ". ".join(f"Ông {n}, {r} {b}" for n, r, b in people) + "."
    return ArticleRecord(article=Article(id=aid, text=text, published=date), text=text,
                         persons=[Person(name=n, positions=[Position(role=r, body=b)])
                                  for n, r, b in people])


def records() -> list[ArticleRecord]:
    return [make(aid, people, date) for aid, (date, people) in PEOPLE.items()]


def ingest(store: GraphStore, batch: list[ArticleRecord]) -> None:
    for r in batch:
        store.replace_graph(article_graph_iri(r.id), article_quads(r))


def triples(store: GraphStore, graph) -> set[tuple[str, str, str]]:
    rows = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    return {(str(t.subject), str(t.predicate), str(t.object)) for t in rows}


def persons_of(store: GraphStore) -> dict[str, str]:
    rows = store.query(f"SELECT ?p ?m WHERE {{ GRAPH {LINKING_GRAPH} "
                       f"{{ ?p {CG.hasMention} ?m }} }}")
    return {row["m"].value.rsplit("/article/", 1)[1]: row["p"].value for row in rows}


def test_incremental_equals_rebuild(tmp_path: Path) -> None:
    recs = records()
    inc, full = open_store(tmp_path / "inc"), open_store(tmp_path / "full")
    for batch in (recs[:2], recs[2:5], recs[5:]):
        ingest(inc, batch)
        update_linking(inc, [r.id for r in batch], records=batch)
    # a corrected article: the Kon Tum mention is renamed, its old person must disappear
    fixed = make("s2", [("Nguyễn Văn Hưng", "Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")],
                 "2014-05-02")
    ingest(inc, [fixed])
    update_linking(inc, ["s2"], records=[fixed])
    final = [fixed if r.id == "s2" else r for r in recs]
    ingest(full, final)
    summary = update_linking(full, None, records=final)
    assert summary.mentions == 9
    assert triples(inc, LINKING_GRAPH) == triples(full, LINKING_GRAPH)
    assert triples(inc, INDEX_GRAPH) == triples(full, INDEX_GRAPH)
    person = persons_of(full)
    hung = [person[k] for k in person if re.search(r"/person/nguyen-van-hung-[0-9a-f]{6}$", k)]
    assert len(hung) == 3 and len(set(hung)) == 2  # s1 = s3 (Quảng Trị, then CC); s2 = Hưng
    assert len(set(person.values())) == 5  # Hùng, Hưng, Phúc, Minh, Thạnh; no stale person
    # a rebuild from the article graphs alone (no records, no index) gives the same graph
    rebuilt = open_store(tmp_path / "rebuilt")
    ingest(rebuilt, final)
    update_linking(rebuilt)
    assert triples(rebuilt, LINKING_GRAPH) == triples(full, LINKING_GRAPH)


def test_holdings_dates_and_replaces(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s")
    recs = records()
    ingest(store, recs)
    update_linking(store, records=recs)
    rows = list(store.query(
        f"SELECT ?name ?first ?last ?prevname WHERE {{ GRAPH {LINKING_GRAPH} {{ "
        f"?p <https://schema.org/name> ?name . ?h <http://www.w3.org/ns/org#member> ?p ; "
        f"{CG.firstAttested} ?first ; {CG.lastAttested} ?last ; {CG.replaces} ?prev . "
        f"?prev <http://www.w3.org/ns/org#member> ?q . ?q <https://schema.org/name> ?prevname "
        f"}} }}"))
    found = {(r["name"].value, r["first"].value, r["prevname"].value) for r in rows}
    # Lê Hữu Phúc (first attested 2018) follows Nguyễn Văn Hùng (2015) as Bí thư Tỉnh ủy
    assert ("Lê Hữu Phúc", "2018-03-01", "Nguyễn Văn Hùng") in found


def test_judgements_survive_incremental_runs(tmp_path: Path) -> None:
    store = open_store(tmp_path / "j")
    recs = records()
    ingest(store, recs[:6])
    update_linking(store, records=recs[:6])
    assert persons_of(store)  # linked
    save_judgements(store, [Judgement("s4|Võ Văn Minh", "s5|Võ Văn Minh", "not_same",
                                      "test", "2026-01-01")])
    assert load_judgements(store).between([("s4", "Võ Văn Minh")],
                                          [("s5", "Võ Văn Minh")]) == "not_same"
    update_linking(store, records=recs[:6])
    ingest(store, recs[6:])
    update_linking(store, [recs[6].id], records=recs[6:])  # touches another block only
    update_linking(store, ["s4"], records=[recs[3]])  # and this one re-decides Minh's block
    person = persons_of(store)
    minh = [p for k, p in person.items() if re.search(r"/person/vo-van-minh-[0-9a-f]{6}$", k)]
    assert len(minh) == 2 and minh[0] != minh[1]
