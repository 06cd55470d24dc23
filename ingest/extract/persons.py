"""Person records from name mentions: one `Person` per full name of an article, later mentions
("ông Hải") given to the last full name with that given name, each mention with its evidence
(sentence and offsets); gender from "Thị"/"Văn" or the honorific."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from operator import attrgetter

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.names_leaders import leader_names
from cadregraph.ingest.extract.names_lexicon import is_female_prefixed
from cadregraph.ingest.extract.places import ascii_key
from cadregraph.ingest.extract.titles import view
from cadregraph.ingest.records import Evidence, Person

_START = attrgetter("start")


class Evidences:
    """Evidence for spans of one article; a span's evidence is made once (it is frozen)."""

    def __init__(self, context: Context) -> None:
        self.sentences = context.sentences
        self.made: dict[tuple[int, int], Evidence] = {}

    def __call__(self, start: int, end: int) -> Evidence:
        found = self.made.get((start, end))
        if found is None:
            # `Context.sentence_at` by bisection: sentences are in order and do not overlap
            # (keyed by a C getter: no list of their starts is made per article)
            sentences = self.sentences
            k = bisect_right(sentences, start, key=_START) - 1
            found = self.made[start, end] = Evidence(
                sentences[k].index if k >= 0 and start < sentences[k].end else 0, start, end)
        return found


_HONORIFIC_GENDER = {"ông": "male", "anh": "male", "bà": "female", "chị": "female"}


def _gender(mention: NameMention) -> str | None:
    return _name_gender(mention.name) or _HONORIFIC_GENDER.get(mention.honorific)


@lru_cache(maxsize=8192)
def _name_gender(name: str) -> str | None:
    """The cue of a name's middle word, "Thị" or "Văn"."""
    middle = name.split(None, 2)[1:2]
    return "female" if "Thị" in middle else "male" if "Văn" in middle else None


@lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """Spelling-insensitive key: a caption's "Vương Bình Thành" is the body's "Thạnh"."""
    return ascii_key(view(name))


@lru_cache(maxsize=8192)
def _keys(name: str) -> tuple[str, str, str, str]:
    """The folded full name, the folded given name (its last word), `_call_name` and the
    folded last two words of a name of three or more ("Xuân Anh" of "Nguyễn Xuân Anh", as
    "ông Xuân Anh" calls him; "" for shorter names), asked for each mention."""
    words = name.split()
    two = fold_name(" ".join(words[-2:])) if len(words) > 2 else ""
    return fold_name(name), fold_name(words[-1]), _call_name(name), two


@lru_cache(maxsize=8192)
def _minority(name: str) -> bool:
    """Whether the name opens with an Ê Đê/Jrai prefix ("Y Biêr Niê", "H'Hen Niê")."""
    first = name.split(" ", 1)[0]
    return first == "Y" or is_female_prefixed(first)


def trim_run_ons(text: str, names: list[NameMention]) -> None:
    """"… ông Nguyễn Thiện Nhân Nhãn Trao đổi …": a caption's name that ran into the next
    capitalised word loses it when the article writes the name without it elsewhere (three
    words at least: two-word names are too often the start of another)."""
    full = {m.name for m in names if not m.given_only and m.name.count(" ") >= 2}
    for mention in names:
        if mention.given_only or mention.name.count(" ") < 3:
            continue
        shorter = mention.name.rsplit(" ", 1)[0]
        if shorter in full:
            mention.name = shorter
            mention.end = mention.start + text[mention.start:mention.end].rindex(" ")


def _minority_longer(names: list[NameMention]) -> dict[str, str]:
    """"ông Y Biêr" after "ông Y Biêr Niê": Ê Đê and Jrai people are called by the prefix and
    the personal name without the clan name, which a Kinh name's first words never are."""
    full = [m.name for m in names if not m.given_only]
    out: dict[str, str] = {}
    for name in full:
        if _minority(name):
            grown = [other for other in full if other.startswith(name + " ")]
            if grown:
                out[name] = max(grown, key=len)
    return out


def _call_name(name: str) -> str:
    """The folded name an Ê Đê/Jrai person is called by besides the clan name: "H'Hen" of
    "H'Hen Niê" ("bà H'Hen"), "Biêr" of "Y Biêr Niê" ("ông Biêr"); "" for other names."""
    words = name.split()
    if is_female_prefixed(words[0]):
        return fold_name(words[0])
    return fold_name(words[1]) if words[0] == "Y" and len(words) > 2 else ""


def persons_of(evidence: Evidences, names: list[NameMention]
             ) -> tuple[list[Person], dict[int, Person]]:
    persons: dict[str, Person] = {}
    owner: dict[int, Person] = {}
    # given name → the persons with it, the one last named last
    last_by_given: dict[str, list[Person]] = {}
    # "ông Thiện" in a headline before "Ông Nguyễn Văn Thiện" in the body: given-name mentions
    # with no full name before them go to the first full name after them with that given name
    waiting: dict[str, list[int]] = {}
    longer = _minority_longer(names)
    for index, mention in enumerate(names):
        name = longer.get(mention.name, mention.name)
        if mention.given_only:
            person = _last_of_gender(last_by_given.get(fold_name(name)),
                                     _HONORIFIC_GENDER.get(mention.honorific))
            if person is None:
                waiting.setdefault(fold_name(name), []).append(index)
                continue
            if person.gender is None:
                person.gender = _gender(mention)
        else:
            key, given, call, two = _keys(name)
            person = persons.get(key)
            if person is None:
                person = persons[key] = Person(name=name, gender=_gender(mention))
            if name not in leader_names():  # "ông Minh" is never "Chủ tịch Hồ Chí Minh"
                _named_last(last_by_given, given, person)
            if call:
                _named_last(last_by_given, call, person)
            if two:
                _named_last(last_by_given, two, person)
            for earlier in (*waiting.pop(given, ()), *waiting.pop(two, ())):
                person.mentions.append(evidence(names[earlier].start, names[earlier].end))
                owner[earlier] = person
                if person.gender is None:
                    person.gender = _gender(names[earlier])
        person.mentions.append(evidence(mention.start, mention.end))
        owner[index] = person
    return list(persons.values()), owner


def _named_last(by_given: dict[str, list[Person]], key: str, person: Person) -> None:
    named = by_given.setdefault(key, [])
    if named and named[-1] is not person:  # (persons compare by identity, not by fields)
        named[:] = [p for p in named if p is not person]
    if not named or named[-1] is not person:
        named.append(person)


def _last_of_gender(named: list[Person] | None, gender: str | None) -> Person | None:
    """The person last named with a given name; "bà Thanh" after "Phan Thị Mỹ Thanh … ông Lê
    Văn Thanh" is the woman: the last one whose gender the honorific does not contradict (the
    last one when every one's does)."""
    if not named:
        return None
    if gender is not None:
        for person in reversed(named):
            if person.gender in (None, gender):
                return person
    return named[-1]
