"""Extraction benchmark: dev-set scores, and speed next to underthesea's NER in the same run.

    python3 benchmarks/extract.py [--shared ../shared] [--seconds 3] [--ner-articles 30]

Prints the scorer's figures on the dev set and on the second labelled set dev/linking
(../shared/eval/score.py), then articles per second of CPU time for the whole extractor and
for each stage over dev/unlabeled.jsonl (repeated until each figure rests on at least --seconds
of CPU) and once per article in a fresh process (caches warm only from other articles, as in a
first run), then underthesea `ner()` over the first --ner-articles of the same articles
(sentence by sentence, as NER is used) and the ratio.
underthesea is the optional `bench` extra; its line is skipped with a message when missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType

from cadregraph.ingest.extract import extract
from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.documents import extract_documents
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.link import link_batch
from cadregraph.ingest.normalize.text import article_text
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.records import Article

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles(path: Path) -> list[Article]:
    return [a for a in iter_articles([path]) if isinstance(a, Article)]


def print_scores(shared: Path, corpus: str = "dev") -> None:
    """Scores on a labelled corpus folder: "dev" or "dev/linking" (a second set of articles)."""
    score = _module(shared / "eval" / "score.py")
    folder = shared / "corpus" / corpus
    records = [extract(a) for a in _articles(folder / "articles.jsonl")]
    link_batch(records)
    gold = score.load(str(folder / "gold.jsonl"))
    result = score.score(gold, [r.to_contract() for r in records])
    print(f"{corpus} scores (../shared/eval/score.py):")
    for kind, value in result.items():
        if isinstance(value, dict) and "f1" in value:
            extra = (f"gold={value['gold']} pred={value['pred']}" if "gold" in value
                     else f"mentions={value['mentions']}")
            print(f"  {kind:22s} P={value['p']:.3f} R={value['r']:.3f} F1={value['f1']:.3f}  "
                  f"{extra}")
    print(f"  {'event_type_accuracy':22s} {result['event_type_accuracy']:.3f}")


def _rate(work: Callable[[], object], count: int, seconds: float) -> float:
    """Items per CPU second of `work` (which handles `count` items), repeated to `seconds`."""
    work()  # warm caches: compiled patterns, loaded vocabularies
    passes, start = 0, time.process_time()
    while True:
        work()
        passes += 1
        spent = time.process_time() - start
        if spent >= seconds:
            return passes * count / spent


def _contexts(articles: list[Article]) -> list[Context]:
    out = []
    for article in articles:
        text = article_text(article)
        context = Context(article=article, text=text, sentences=split_sentences(text))
        locate(context)
        out.append(context)
    return out


def print_speed(articles: list[Article], seconds: float) -> float:
    n = len(articles)
    texts = [article_text(a) for a in articles]
    contexts = _contexts(articles)
    people = [extract_people(c) for c in contexts]
    pairs = list(zip(contexts, people, strict=True))
    stages: dict[str, Callable[[], object]] = {
        "whole extractor": lambda: [extract(a) for a in articles],
        "normalise": lambda: [article_text(a) for a in articles],
        "sentences": lambda: [split_sentences(t) for t in texts],
        "normalise..places": lambda: _contexts(articles),  # locate() needs the text first
        "people": lambda: [extract_people(c) for c in contexts],
        "events": lambda: [extract_events(c, p, o) for c, (p, o) in pairs],
        "documents": lambda: [extract_documents(c, o) for c, (_, o) in pairs],
    }
    print(f"speed over dev/unlabeled.jsonl ({n} articles, CPU time, one core):")
    whole = 0.0
    for name, work in stages.items():
        rate = _rate(work, n, seconds)
        whole = whole or rate
        print(f"  {name:22s} {rate:10,.0f} articles/s")
    return whole


def _once_after_other_half(path: str, half: int) -> tuple[int, float]:
    """In a fresh process: read one half of the articles after warming on the other half only,
    each article once; returns (articles read, CPU seconds)."""
    articles = _articles(Path(path))
    warm, timed = articles[1 - half::2], articles[half::2]
    for article in warm:
        extract(article)
    start = time.process_time()
    for article in timed:
        extract(article)
    return len(timed), time.process_time() - start


def print_unseen(path: Path) -> None:
    """The repeated passes above also reuse what caches keep by word or name across articles;
    text read once, with caches warm only from other articles, is a user's first run."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        runs = [pool.submit(_once_after_other_half, str(path), half).result()
                for half in (0, 1)]
    count, spent = sum(n for n, _ in runs), sum(t for _, t in runs)
    print(f"  {'each article once':22s} {count / spent:10,.0f} articles/s  (fresh process, "
          "caches warm from the other half of the articles only)")


def print_underthesea(articles: list[Article], ours: float) -> None:
    if not articles:
        print("underthesea ner(): skipped (--ner-articles 0)")
        return
    try:
        from underthesea import ner, sent_tokenize
    except ImportError:
        print("underthesea ner(): skipped — install the bench extra: pip install -e '.[bench]'")
        return
    ner("Sáng 3/4, đồng chí Nguyễn Văn An làm việc tại An Giang.")  # load the model first
    start = time.process_time()
    for article in articles:
        for sentence in sent_tokenize(article.text):
            ner(sentence)
    rate = len(articles) / (time.process_time() - start)
    print(f"underthesea ner() over the first {len(articles)} articles: {rate:,.2f} articles/s; "
          f"the extractor is {ours / rate:,.0f}x faster")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder with corpus/ and eval/ (default ../shared)")
    parser.add_argument("--seconds", type=float, default=3.0,
                        help="CPU seconds behind each speed figure (default 3)")
    parser.add_argument("--ner-articles", type=int, default=30,
                        help="articles given to underthesea ner() (default 30)")
    args = parser.parse_args(argv)
    unlabeled = args.shared / "corpus" / "dev" / "unlabeled.jsonl"
    if not unlabeled.exists():
        print(f"{unlabeled} not found; pass --shared PATH to the shared folder", file=sys.stderr)
        return 2
    print_scores(args.shared, "dev")
    if (args.shared / "corpus" / "dev" / "linking" / "gold.jsonl").exists():
        print_scores(args.shared, "dev/linking")
    articles = _articles(unlabeled)
    ours = print_speed(articles, args.seconds)
    print_unseen(unlabeled)
    print_underthesea(articles[: args.ner_articles], ours)
    return 0


if __name__ == "__main__":
    sys.exit(main())
