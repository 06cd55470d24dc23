"""Who "ông"/"bà"/"đồng chí" opening a clause refers to, when no name stands in it (domain §4.4).

The last name before the pronoun is its antecedent ("Ông A phát biểu … Ông cho biết …"),
unless that name was only met in passing: the object of "với", "cùng", "tên" … ("in chung với
B", "gần gũi với các nhà thơ: B, C, D", "bằng mang tên B"), or in a list of such names; not
when the clause opens with it ("Với bà B, …", "Đối với ông B": the topic), nor after "của"
("đơn của ông B được chấp thuận. Ông …": B is the topic of the phrase). Then the
pronoun stands for the person the article is about: the one mentioned most often in it (at
least twice, more than anyone else, and first before the pronoun), counting given-name mentions
("ông Lợi") and the short form of a name by its last two words ("Văn Lợi" for "Nguyễn Văn
Lợi"), as profiles and pen names use it; with no such person it stands for no one named.
A pronoun that tells a gender ("Ông", "Bà") never stands for a name of the other one ("Bà Lê
Thị Mai … và ông Trần Văn Hòa … Bà từng …" is Mai): it stands for the nearest name before of
its own gender, or for no one named.

Part of `persons_attach`; asked only for the chains of a pronoun clause.
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.names import NameMention
from cadregraph.ingest.extract.names_lexicon import honorifics, trie_pattern
from cadregraph.ingest.normalize.tables import UPPER
from cadregraph.ingest.records import Person

_GENDER = {"ông": "male", "bà": "female"}
# the pronoun of a clause: "Ông"/"Bà" not before a capitalised word (that is an honorific and
# a name), nor after "các"/"những" (people not named)
_PRONOUN = re.compile(rf"(?<!\w)(?<!các )(?<!Các )(?<!những )(?<!Những )(?P<word>[ÔôBb](?:ng|à))"
                      rf"(?!\w)(?!\s+[{UPPER}])")
_GENDER_REACH = 600  # how far before the chain a name of the pronoun's gender may stand
# "Trong thời gian giữ cương vị A, B, bà đã …": the pronoun after the chain, in its sentence
_PRONOUN_AFTER = re.compile(r"(?:[^.;\n]|\.(?!\s)){0,160}?,\s*(?P<word>[ÔôBb](?:ng|à))(?!\w)"
                            rf"(?!\s+[{UPPER}])")

_HON = trie_pattern(honorifics())
# read on the text before a list's first name, cut at the sentence's start: a preposition or an
# object verb, then at most a few lower-case words ("các nhà văn, nhà thơ"), a colon, honorifics
# (lower case: a capital "Với" opens a sentence whose stop a caption lost)
_OBJECT = re.compile(r"(?<!\w)(?:với|cùng|tên|gặp|thăm|tặng|trao|tiễn|viếng)\s+"
                     rf"(?:(?![{UPPER}])[^\W\d_]+[\s,]*){{0,6}}?:?\s*"
                     rf"(?i:(?:{_HON})\s*)*$")
_LISTED = re.compile(r"\s*(?:,|và|;)\s*(?:(?:ông|bà|đồng chí)\s+)?", re.IGNORECASE)
_STOP = re.compile(r"[.;\n!?](?=\s|$)")
_REACH = 60  # how far before a list's first name its preposition may be


class Antecedents:
    """The antecedent of the pronouns of one article; its main person is found once, when a
    pronoun first follows a name met in passing."""

    def __init__(self, text: str, names: list[NameMention],
                 owner: dict[int, Person] | None) -> None:
        self.text, self.names, self.owner = text, names, owner or {}
        self._main: tuple[int, int] | None = None  # (name index, first mention) once known
        self._looked = False

    def passing(self, i: int) -> bool:
        """Whether name `i` is met in passing: an object, or listed with one."""
        text, names = self.text, self.names
        first = i
        while first > 0 and _LISTED.fullmatch(text, names[first - 1].end, names[first].start):
            first -= 1
        start = names[first].start
        before = text[max(0, start - _REACH):start]
        stops = list(_STOP.finditer(before))
        if stops:
            before = before[stops[-1].end():]
        found = _OBJECT.search(before)
        if found is None:
            return False
        lead = before[:found.start()].rstrip()
        return bool(lead) and lead[-1] not in ",:-–(" and not lead.lower().endswith("đối")

    def resolve(self, last: int, at: int) -> int | None:
        """The index of the name a pronoun at `at` stands for; `last` is the last name before
        it. None: the pronoun stands for no one named (its chain is left alone)."""
        gender = self._pronoun_gender(last, at)
        if gender is not None and self._gender(last) not in (None, gender):
            return self._nearest_of(gender, last, at)
        if not self.passing(last):
            return last
        main = self.main()
        if main is None or main[1] >= at \
                or gender is not None and self._gender(main[0]) not in (None, gender):
            return None
        return main[0]

    def _pronoun_gender(self, last: int, at: int) -> str | None:
        """The gender the pronoun before `at` (after name `last`, in its sentence) tells, or
        the one after the chain at `at` when none stands before it."""
        lo = max(self.names[last].end, at - 140)
        window = self.text[lo:at]
        stops = list(_STOP.finditer(window))
        after = stops[-1].end() if stops else 0
        words = [m.group("word") for m in _PRONOUN.finditer(window, after)]
        if not words:
            found = _PRONOUN_AFTER.match(self.text, at)
            words = [found.group("word")] if found is not None else []
        return _GENDER[words[-1].lower()] if words else None

    def _gender(self, i: int) -> str | None:
        person = self.owner.get(i)
        if person is not None and person.gender is not None:
            return person.gender
        mention = self.names[i]
        middle = mention.name.split()[1:2]
        return "female" if middle == ["Thị"] else "male" if middle == ["Văn"] \
            else _GENDER.get(mention.honorific)

    def _nearest_of(self, gender: str, last: int, at: int) -> int | None:
        """The nearest name before `last` whose person has `gender`, not too far from `at`."""
        for k in range(last - 1, -1, -1):
            if self.names[k].end < at - _GENDER_REACH:
                return None
            if self._gender(k) == gender:
                return k
        return None

    def main(self) -> tuple[int, int] | None:
        if not self._looked:
            self._looked = True
            self._main = self._find_main()
        return self._main

    def _find_main(self) -> tuple[int, int] | None:
        """(index of the person's first name mention, where the person is first met), for the
        person met most often, when met at least twice and more often than anyone else."""
        text = self.text
        first: dict[int, int] = {}  # id(person) → index of its first mention
        for index in sorted(self.owner):
            first.setdefault(id(self.owner[index]), index)
        scored: list[tuple[int, int, int]] = []
        for index in first.values():
            person = self.owner[index]
            words = person.name.split()
            met = self.names[index].start
            count = len(person.mentions)
            if len(words) >= 3:
                # "Văn Lợi" where "Nguyễn Văn Lợi" is not written out around it
                short = " ".join(words[-2:])
                # (less those read as mentions already: "ông Văn Lợi" is one, `names_called`)
                called = sum(text.startswith(short, e.start) and e.end - e.start == len(short)
                             for e in person.mentions)
                extra = text.count(short) - text.count(person.name) - called
                if extra > 0:
                    count += extra
                    met = min(met, text.find(short))
            scored.append((count, index, met))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1], scored[0][2]
