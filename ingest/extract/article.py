"""The extraction pipeline for one article: a pure function from `Article` to `ArticleRecord`.

Stages, each in its own module: normalise the text (`normalize.text`), split sentences
(`extract.sentences`), locate the article (`extract.places`), read persons, their posts and
the bodies named (`extract.people`), then events (`extract.events`) and documents
(`extract.documents`), which may use the persons and bodies already found.
"""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.documents import extract_documents
from cadregraph.ingest.extract.events import extract_events
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.normalize.text import article_text
from cadregraph.ingest.records import Article, ArticleRecord


def extract(article: Article) -> ArticleRecord:
    text = article_text(article)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, organizations = extract_people(context)
    events = extract_events(context, persons, organizations)
    documents = extract_documents(context, organizations)
    return ArticleRecord(
        article=article,
        text=text,
        sentences=context.sentences,
        persons=persons,
        organizations=organizations,
        events=events,
        documents=documents,
        places=list(context.places),
        province=context.province,
    )
