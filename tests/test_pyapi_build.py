"""build_store: articles in, a Graph out, through the real ingest pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cadregraph.api.python import build_store, open_graph

ARTICLE = {
    "id": "pyapi-1", "title": "Tỉnh ủy Hòa Bình Xanh họp phiên thường kỳ",
    "published": "2024-05-06", "site": "bao.example", "province": None, "url": None,
    "text": "Ngày 5/5, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Hòa Bình Xanh, chủ trì hội nghị "
            "Ban Thường vụ Tỉnh ủy. Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.",
}


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_build_in_memory(tmp_path: Path) -> None:
    graph = build_store([_articles(tmp_path)], reorganisation=False)
    assert graph.summary.ingested == 1 and graph.summary.failed == 0
    assert graph.location is None
    ids = graph.query("SELECT ?id WHERE { ?a a schema:NewsArticle ; cg:articleId ?id }")
    assert list(ids["id"]) == ["pyapi-1"]
    assert not any(tmp_path.glob("*/CURRENT"))  # nothing written to disk


def test_build_into_a_folder_then_reopen(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with build_store([_articles(tmp_path)], folder, reorganisation=False) as graph:
        quads = len(graph)
    with pytest.raises(AttributeError):
        graph.query("ASK { ?s ?p ?o }")  # closed
    # close() released the folder's write lock: a second writer gets it and skips the article.
    with build_store([_articles(tmp_path)], folder, reorganisation=False) as rebuilt:
        assert rebuilt.summary.unchanged == 1 and len(rebuilt) == quads > 0
    assert len(open_graph(folder)) == quads  # and a reader sees it all


def test_missing_input_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nothing.jsonl"):
        build_store([tmp_path / "nothing.jsonl"], reorganisation=False)
