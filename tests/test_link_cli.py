"""`cadregraph link` and `cadregraph explain` on a real store folder."""

import json
from pathlib import Path

import pytest
from cadregraph.api.cli.main import main
from cadregraph.ingest.rdf import article_graph_iri, article_quads
from cadregraph.ingest.records import Article, ArticleRecord, Person, Position
from cadregraph.ingest.store import open_store


def record(aid: str, date: str, body: str) -> ArticleRecord:
    text = f"Ông Nguyễn Văn Hùng, Bí thư {body}, phát biểu."
    return ArticleRecord(article=Article(id=aid, text=text, published=date), text=text,
                         persons=[Person(name="Nguyễn Văn Hùng",
                                         positions=[Position(role="Bí thư", body=body)])])


@pytest.fixture()
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    # the reorganisation graph is large and tested on its own; here it is not needed
    monkeypatch.setattr("cadregraph.ingest.link.reorg.write_reorganisation", lambda store: 0)
    path = tmp_path / "store"
    store = open_store(path)
    for r in (record("k1", "2015-09-24", "Tỉnh ủy Quảng Trị"),
              record("k2", "2016-01-02", "Tỉnh ủy Quảng Trị"),
              record("k3", "2014-05-02", "Tỉnh ủy Kon Tum")):
        store.replace_graph(article_graph_iri(r.id), article_quads(r))
    store.close()
    return str(path)


def test_link_then_explain(store_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", "--store", store_path, "--quiet", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["mentions"], summary["entities"]) == (3, 2)
    assert main(["explain", "nguyen van hung", "--store", store_path, "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert sorted(len(p["mentions"]) for p in people) == [1, 2]
    two = next(p for p in people if len(p["mentions"]) == 2)
    assert any("Quảng Trị" in r for m in two["merged"] for r in m["reasons"])
    assert any("Kon Tum" in r for s in two["kept_apart_from"] for r in s["reasons"])


def test_judgements_file_overrides(store_path: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "judgements.jsonl"
    log.write_text("", encoding="utf-8")
    assert main(["link", "--store", store_path, "-q", "--judgements", str(log), "--judge",
                 "k1|Nguyễn Văn Hùng", "k3|Nguyễn Văn Hùng", "same", "--author", "t"]) == 0
    assert json.loads(log.read_text(encoding="utf-8").splitlines()[0])["author"] == "t"
    capsys.readouterr()
    assert main(["explain", "Nguyễn Văn Hùng", "--store", store_path, "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert [len(p["mentions"]) for p in people] == [3]


def test_clear_errors(store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x|y"}\n', encoding="utf-8")
    assert main(["link", "--store", store_path, "--judgements", str(bad)]) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err
    assert main(["explain", "Không Có Ai", "--store", store_path]) == 1
    assert "no linked person" in capsys.readouterr().err
