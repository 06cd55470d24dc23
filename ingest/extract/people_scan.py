"""Where body names and titles start in an article: one walk of one regex over its view.

The bodies stage (`bodies_lexicon.scan_pattern`) and the titles stage
(`titles.TitleLexicon.scan_pattern`) look for their first words at the same spots, after a
character that is not a letter. `re` pays for every spot it tries, found or not; one regex
that tries titles and bodies there walks the text once instead of twice. It finds what the two
scans find: the titles apart from each other (as `finditer` finds them), the bodies none
inside another (read in text order, each scan past the last body read).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cadregraph.ingest.extract.bodies import Body, BodyReader
from cadregraph.ingest.extract.bodies_lexicon import lexicon as body_lexicon
from cadregraph.ingest.extract.chains import TitleSpan
from cadregraph.ingest.extract.regex_trie import merge_next_words, word_trie
from cadregraph.ingest.extract.titles import lexicon as title_lexicon
from cadregraph.ingest.extract.titles import view

_AFTER_LEVEL = re.compile(r"(?<!\w)(?:phường|xã|quận|huyện|thị trấn|thị xã|tỉnh|tp) $")
_LEVEL_LAST = frozenset("gãnhp")  # the last letters of `_AFTER_LEVEL`'s words


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The joint pattern (a title in group "t", else a body in group "b", after the non-letter
    it matches) and the body pattern alone (a body may start where a title does)."""
    bodies, titles = body_lexicon(), title_lexicon()
    if bodies.scan_pattern is None:
        return None
    body = bodies.scan_pattern.pattern.removeprefix(r"(?<!\w)")
    title = titles.scan_pattern.pattern.removeprefix(r"(?<![\w.])")
    # Most spots start a word that starts neither: one tree of both kinds' first words, each
    # followed by what may follow it in either (the start of a next word), turns them away
    # before the two patterns (and their look-aheads, costly in `re`) are tried.
    nexts = merge_next_words(titles.next_words, bodies.next_words)
    gate = word_trie(nexts, {word: r"(?!\w)" if after is None else
                             r"(?=\s+(?:" + "|".join(map(re.escape, sorted(after))) + "))"
                             for word, after in nexts.items()})
    both = re.compile(r"\W(?=" + gate + r")"
                      r"(?:(?<!\.)(?=(?P<t>" + title + r"))|(?=(?P<b>" + body + r")))")
    return both, re.compile(body)


@lru_cache(maxsize=1)
def _body_led() -> frozenset[str]:
    """The titles whose first word may start a body's name ("Ban …"): a body is looked for
    where a title starts only when it is one of these, unmodified ("nguyên" starts none)."""
    firsts = body_lexicon().first_words_all
    return frozenset(t.phrase for t in title_lexicon().by_key.values()
                     if view(t.phrase).lower().split()[0] in firsts)


def scan(reader: BodyReader) -> tuple[list[Body], list[TitleSpan]]:
    """The bodies named in the text, in order, none inside another; and the titles' spans."""
    titles, patterns, low = title_lexicon(), _patterns(), reader.low
    if low is None or patterns is None:  # lower-casing moved offsets: the slow way
        return _bodies_slow(reader), list(titles.spans(reader.tv))
    both, body_at = patterns
    strict, tv, read_at = body_lexicon().strict_firsts, reader.tv, reader.scan
    body_led = _body_led()
    after_level = _AFTER_LEVEL.search
    bodies: list[Body] = []
    spans: list[TitleSpan] = []
    body_end = title_end = 0  # where the last body and the last title end

    def wanted(first: str, start: int) -> bool:
        # "ban hành", "cơ sở": a capitalised body word written lower case is no name;
        # "phường Sở Dầu": a body word after a level word names a place (only a level word's
        # last letter, or a line break, can stand two characters back then: most spots are
        # turned away without the regex)
        return (first not in strict or tv[start].isupper()) and not (
            start >= 3 and (low[start - 2] in _LEVEL_LAST or low[start - 1] == "\n")
            and after_level(low, max(0, start - 10), start))

    # a name that starts the text has no character before it
    match = titles.scan_pattern.match(low)
    if match is not None:
        spans.append(titles.span(match))
        title_end = match.end()
    body_first = body_lexicon().scan_pattern  # not None: `_patterns` is built from it
    match = body_first.match(low) if body_first is not None else None
    if match is not None and wanted(match.group("first"), 0):
        body = read_at(0, low[:match.end()], match.end())
        if body is not None:
            bodies.append(body)
            body_end = body.end
    for match in both.finditer(low):
        start = match.start("t")
        if start < 0:  # a body alone
            start, end = match.span("b")
            if start < body_end:
                continue
            first = match.group("first")
        else:
            if start >= title_end:
                span = titles.span(match, "t")
                spans.append(span)
                title_end = span[1]
                if span[2].phrase not in body_led or match.start("mod") >= 0:
                    continue  # no body starts with that word
            if start < body_end:
                continue
            body = body_at.match(low, start)
            if body is None:
                continue
            first, end = body.group("first"), body.end()
        if wanted(first, start):
            body = read_at(start, low[start:end], end)
            if body is not None:
                bodies.append(body)
                body_end = body.end
    return bodies, spans


def _bodies_slow(reader: BodyReader) -> list[Body]:
    last = 0
    out: list[Body] = []
    for start in body_lexicon().starts(reader.tv):
        if start < last:
            continue
        body = reader.scan(start)
        if body is not None:
            out.append(body)
            last = body.end
    return out
