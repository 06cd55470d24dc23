"""Readers: .jsonl, .txt, .html and folders in; articles or clear failures out, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.read.limits import MAX_ARTICLE_CHARS
from cadregraph.ingest.records import Article, ReadFailure

PAGE = """<html><head><title>Báo tỉnh</title>
<meta property="og:title" content="Tỉnh ủy tổ chức hội nghị sơ kết">
<meta property="article:published_time" content="2024-04-03T08:00:00+07:00"></head>
<body><nav>Trang chủ | Thời sự</nav><article><h1>Tỉnh ủy tổ chức hội nghị sơ kết</h1>
<p>Sáng 3/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng. Đồng chí
Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị và phát biểu chỉ đạo các nội dung.</p>
<p>Hội nghị thống nhất các giải pháp trọng tâm trong thời gian tới.</p></article>
<footer>Bản quyền thuộc về báo</footer></body></html>"""


def _read(*paths: Path) -> list[Article | ReadFailure]:
    return list(iter_articles(paths))


def test_jsonl_articles_and_every_bad_line_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Sáng 3/4, Tỉnh ủy họp.", "published": "2024-04-03",
                    "province": "An Giang"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"text": "không có id"}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "a1", "text": "trùng id"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "id là số", "published": "hôm qua"}, ensure_ascii=False),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.id for a in articles] == ["a1", "7"]
    assert articles[0].province == "An Giang" and articles[0].source == f"{path}:1"
    assert articles[1].published is None
    reasons = " | ".join(f.reason for f in failures)
    assert len(failures) == 5
    assert "not JSON" in reasons and '"text"' in reasons and '"id"' in reasons
    assert "not an object" in reasons and "duplicate article id 'a1'" in reasons


def test_jsonl_line_that_is_not_utf8_loses_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": "Đảng ủy"}, ensure_ascii=False).encode("utf-8")
    path.write_bytes(good + b"\n" + b'{"id": "bad", "text": "\xff\xfe\x81"}\n' + good[:-1]
                     .replace(b'"ok"', b'"ok2"') + b"}\n")
    items = _read(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["ok", "ok2"]
    assert any(isinstance(i, ReadFailure) and "UTF-8" in i.reason for i in items)


def test_huge_article_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "a" * (MAX_ARTICLE_CHARS + 1)}) + "\n"
                    + json.dumps({"id": "small", "text": "b"}) + "\n", encoding="utf-8")
    items = _read(path)
    assert isinstance(items[0], ReadFailure) and "limit" in items[0].reason
    assert isinstance(items[1], Article) and items[1].id == "small"


def test_txt_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "bai-viet.txt"
    path.write_text("Hội nghị Tỉnh ủy\nSáng 3/4, Tỉnh ủy họp.\nĐồng chí An chủ trì.\n",
                    encoding="utf-8")
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert (article.id, article.title) == ("bai-viet", "Hội nghị Tỉnh ủy")
    assert article.text == "Sáng 3/4, Tỉnh ủy họp.\nĐồng chí An chủ trì."


def test_empty_missing_and_unsupported_files_fail_clearly(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = _read(tmp_path / "empty.txt", tmp_path / "nothing.txt", tmp_path / "notes.pdf")
    assert all(isinstance(i, ReadFailure) for i in items)
    assert "empty" in items[0].reason
    assert "no such file" in items[1].reason
    assert "unsupported file type '.pdf'" in items[2].reason


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "hoi-nghi.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert article.title == "Tỉnh ủy tổ chức hội nghị sơ kết"
    assert article.published == "2024-04-03"
    assert "Sáng 3/4, Ban Thường vụ Tỉnh ủy" in article.text
    assert "Bản quyền" not in article.text and "Trang chủ" not in article.text


def test_html_without_text_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><<<>>></div>", encoding="utf-8")
    (item,) = _read(path)
    assert isinstance(item, ReadFailure) and "no article text" in item.reason


def test_folder_is_walked_sorted_with_relative_ids(tmp_path: Path) -> None:
    (tmp_path / "2024" / "04").mkdir(parents=True)
    (tmp_path / "2024" / "04" / "b.txt").write_text("Tiêu đề B\nNội dung B", encoding="utf-8")
    (tmp_path / "2024" / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Ẩn\nẨn", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "C"}\n', encoding="utf-8")
    ids = [i.id for i in _read(tmp_path) if isinstance(i, Article)]
    assert ids == ["2024/04/b", "2024/a", "c1"]
    assert ids == [i.id for i in _read(tmp_path) if isinstance(i, Article)]
