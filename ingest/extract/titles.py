"""Title phrases ("Phó Bí thư Thường trực", "UVTV", "Trưởng Ban") and the match view of a text.

`view(text)` returns a string of the SAME LENGTH as `text` in which spelling variants that do
not matter for matching are folded (tone mark placement Uỷ→Ủy, look-alike Ð→Đ, odd spaces,
"(UBKT)"-style glosses blanked), so regexes run on the view and their offsets are offsets into
the text. Titles come from `titles.tsv`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cadregraph.ingest.extract.phrases import lower_text
from cadregraph.ingest.extract.regex_trie import next_words, word_trie

TITLES = Path(__file__).with_name("titles.tsv")

# the look-behind follows the first letter so that `re` can skip ahead to o/u (3x faster)
_OLD_TONE = re.compile(r"([oOuU])(?<![qQ].)([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\w)")
_PAIRS = {"o": "aeAE", "u": "yY"}
# The same spots found from the toned letter, which is rarer where it stands than "o"/"u" and
# makes `re` try ~3x fewer spots: `_OLD_TONE` runs only where this finds one (most texts: none).
_OLD_TONE_SEEN = re.compile(r"[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?<=[oOuU].)(?<![qQ]..)(?!\w)")
# A gloss is "(UBKT)" after a space, blanked with that space. The scan starts at "(", which
# `re` finds by a fast literal search (10x faster than trying a space everywhere).
_GLOSS = re.compile(r"\((?<=\s\()[A-ZĐ][A-ZĐ&.\-]{1,9}\)")
_ODD_SPACES = "\u00a0\u2009\u202f\u200b\ufeff\t"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_D = str.maketrans({"Ð": "Đ", "ð": "đ", "Ɖ": "Đ"})


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    if base not in _PAIRS[first.lower()]:
        return match.group()
    return unicodedata.normalize("NFC", first + marks) + base


def view(text: str) -> str:
    # Names and phrases recur across articles and are worth remembering; a whole article is
    # asked for by two stages of its own extraction and never again.
    return _view_short(text) if len(text) < 400 else _view_long(text)


@lru_cache(maxsize=4096)
def _view_short(text: str) -> str:
    return _view(text)


def fresh_view(text: str) -> str:
    """`view` of a one-off snippet of article text, not remembered: only a benchmark that reads
    the same articles again would ever ask for it twice."""
    return _view(text)


@lru_cache(maxsize=2)
def _view_long(text: str) -> str:
    return _view(text)


def _view(text: str) -> str:
    # str.translate walks a dict per character and a regex pass costs ~10 ns a character;
    # look-alikes, odd spaces and glosses are rare, and `in` finds their characters ~20x faster
    if "Ð" in text or "ð" in text or "Ɖ" in text:
        text = text.translate(_D)
    if _OLD_TONE_SEEN.search(text):
        text = _OLD_TONE.sub(_move_tone, text)
    if any(space in text for space in _ODD_SPACES):
        text = _ODD_SPACE.sub(" ", text)
    if "(" not in text:
        return text
    parts: list[str] = []
    done = 0
    for match in _GLOSS.finditer(text):
        start = match.start() - 1  # the space before it
        parts += (text[done:start], " " * (match.end() - start))
        done = match.end()
    return "".join((*parts, text[done:])) if parts else text


_LAST_LOWER: list[str] = ["", ""]


def lowered(text_view: str) -> str | None:
    """The lower-cased view, computed once per article; None when lower-casing would move
    offsets (a few rare letters change length)."""
    if len(text_view) < 400:  # a snippet ("Ban Tổ chức …" read after a title): no caching
        low = text_view.lower()
    else:
        if _LAST_LOWER[0] is not text_view:
            # most views are the text itself, which the date and phrase readers lower too
            _LAST_LOWER[0], _LAST_LOWER[1] = text_view, lower_text(text_view)
        low = _LAST_LOWER[1]
    return low if len(low) == len(text_view) else None


def word_set_pattern(words: set[str], word_class: str) -> re.Pattern[str]:
    """Whole words from `words`, each bounded by characters outside `word_class` ("\\w")."""
    if not all(re.fullmatch(rf"[{word_class}]+", w) for w in words):  # see `word_trie`
        return re.compile(rf"(?<![{word_class}])(?:" + "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True)) + rf")(?![{word_class}])")
    return re.compile(rf"(?<![{word_class}])" + word_trie(words) + rf"(?![{word_class}])")


def phrase_trie(phrases: list[str]) -> str:
    """`phrase_pattern` of each phrase, lower-cased and factored into a trie (see `word_trie`).
    Followed by a boundary, it matches what the longest-first alternation matches: the text
    decides the path (a space in a phrase is `\\s+`, a letter is itself) and `re` tries the
    deeper ends first, so the longest phrase that fits wins. ~3x faster than the alternation."""
    return word_trie((" ".join(view(w).lower() for w in phrase.split()) for phrase in phrases),
                     char=lambda c: r"\s+" if c == " " else re.escape(c))


def phrase_pattern(phrase: str) -> str:
    """Regex for a phrase: any case (the view folds spelling), any run of spaces between words."""
    words = [re.escape(view(w)) for w in phrase.split()]
    return r"\s+".join(words)


# Words before a title that qualify it: a former post ("nguyên", "cựu"; "cố" of the late), an
# acting one ("quyền"), a new one ("tân").
_MODIFIERS = ("nguyên", "cựu", "cố", "quyền", "tân")
_FORMER = frozenset(("nguyên", "cựu", "cố"))
_MODIFIED = rf"(?<![\w.])(?:(?P<mod>{'|'.join(_MODIFIERS)})\s+)?"  # then the title


@dataclass(frozen=True)
class Title:
    phrase: str
    role: str
    body_prefix: str
    implied_body: str


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    title: Title
    former: bool
    acting: bool


class TitleLexicon:
    def __init__(self, titles: list[Title]) -> None:
        self.by_key = {view(t.phrase).lower(): t for t in titles}
        alternatives = sorted(titles, key=lambda t: -len(t.phrase))
        self.pattern = re.compile(
            _MODIFIED + r"(?P<title>"
            + "|".join(phrase_pattern(t.phrase) for t in alternatives)
            + r")(?![\w])",
            re.IGNORECASE,
        )
        self.low_pattern = re.compile(
            _MODIFIED + r"(?P<title>"
            + phrase_trie([t.phrase for t in titles]) + r")(?![\w])")
        firsts = {view(t.phrase).lower().split()[0] for t in titles} | set(_MODIFIERS)
        self.first_words_all = firsts  # the words a title (or its modifier) starts with
        self.first_words = word_set_pattern(firsts, r"\w.")
        # Most first words ("ủy", "thành", "tỉnh") start no title where they stand: a look at
        # the next word, in the regex, spares ~11,000 failed matches a pass over the corpus.
        seconds = next_words([view(w).lower() for w in t.phrase.split()] for t in titles)
        # a modifier is followed by a title ("cố" mostly is not: "củng cố", "sự cố")
        heads = set(seconds)
        for mod in _MODIFIERS:
            seconds[mod] = None if mod in heads else heads
        self.next_words = seconds  # what the next word of a title starts with (None: any)
        # one first word at most fits a spot (`word_trie`), and it is the title's first word
        if set(seconds) == firsts and all(re.fullmatch(r"[\w.]+", w) for w in firsts) \
                and not any(w.startswith(v + ".") for w in firsts for v in firsts):
            self.first_words = re.compile(r"(?<![\w.])" + word_trie(firsts, {
                w: r"(?![\w.])" if nexts is None else
                r"(?=\s+(?:" + "|".join(re.escape(n) for n in sorted(nexts)) + "))"
                for w, nexts in seconds.items()}))

        # the spots the first words allow and the title there, in one regex: `re` tries the
        # title only where the first words fit, with no Python loop over the candidates
        lead = r"(?<![\w.])"
        assert self.first_words.pattern.startswith(lead)
        assert self.low_pattern.pattern.startswith(lead)
        self.scan_pattern = re.compile(lead + "(?=" + self.first_words.pattern[len(lead):] + ")"
                                       + self.low_pattern.pattern[len(lead):])
        self.title_of: dict[str, Title] = {}  # by the title as matched

    def _matches(self, text_view: str):
        low = lowered(text_view)
        if low is None:
            return self.pattern.finditer(text_view)
        return self.scan_pattern.finditer(low)

    def _title(self, matched: str) -> Title:
        key = " ".join(matched.lower().split())
        title = self.by_key.get(key)
        if title is None:  # only spacing differed from the phrase
            title = next(t for k, t in self.by_key.items() if " ".join(k.split()) == key)
        return title

    def spans(self, text_view: str):
        """(start, end, title, former, acting) of each title in the view, in text order."""
        for match in self._matches(text_view):
            yield self.span(match)

    def span(self, match: re.Match[str], group: int | str = 0
             ) -> tuple[int, int, Title, bool, bool]:
        """`spans`' tuple for a match of the title pattern (its `group`, when the pattern is
        inside another)."""
        matched, mod = match.group("title", "mod")
        title = self.title_of.get(matched)
        if title is None:
            title = self.title_of[matched] = self._title(matched)
        start, end = match.span(group)
        if not mod:  # (most titles)
            return start, end, title, False, False
        mod = mod.lower()
        return start, end, title, mod in _FORMER, mod == "quyền"

    def finditer(self, text_view: str):
        for span in self.spans(text_view):
            yield TitleMatch(*span)


def load_titles(path: Path = TITLES) -> list[Title]:
    titles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, role, prefix, implied = (line.split("\t") + ["", "", ""])[:4]
            titles.append(Title(phrase, role, prefix, implied))
    return titles


@lru_cache(maxsize=1)
def lexicon() -> TitleLexicon:
    return TitleLexicon(load_titles())
