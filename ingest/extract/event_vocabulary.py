"""The event vocabulary (event_vocabulary.tsv): which words name a gathering, and of what type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cadregraph.ingest.extract.literal_keys import lower_forms
from cadregraph.ingest.extract.phrases import PhraseSet, keeps_length, lowered
from cadregraph.ingest.normalize.tables import UPPER
from cadregraph.ingest.records import EVENT_TYPES

NOUN = 7  # priorities from here up are nouns naming a gathering
# … and from here up name one after "chương trình" ("chương trình gặp gỡ"), unlike the visits
# of a "chương trình kiểm tra, giám sát" (a programme of many).
PROGRAMME = 5
# Meeting voters with words between ("tiếp xúc với khoảng 500 cử tri"): as strong as the
# phrase "tiếp xúc cử tri" of the vocabulary.
VOTERS = 9
_VOTERS = re.compile(r"(?i)(?<!\w)tiếp xúc(?:\s+[^\s,.;:]+){1,4}?\s+cử tri(?!\w)")
_PATH = Path(__file__).resolve().parent / "event_vocabulary.tsv"


@dataclass(frozen=True)
class Cue:
    type: str
    priority: int
    start: int
    end: int


@dataclass(frozen=True)
class Vocabulary:
    events: dict[str, tuple[str, int]]  # phrase (lower case) → (type, priority)
    masks: frozenset[str]  # phrases that contain a cue word but name no gathering
    cue_pattern: PhraseSet
    not_after: re.Pattern[str]
    part_of: re.Pattern[str]
    programme: re.Pattern[str]
    council: PhraseSet
    future: PhraseSet
    absent: PhraseSet
    absent_before: re.Pattern[str]
    not_event: PhraseSet  # with the names that hold one of its words (`not_event_masks`)
    not_event_masks: frozenset[str]
    council_nouns: frozenset[str]
    standing: PhraseSet
    not_council: PhraseSet
    biography: PhraseSet
    elected: PhraseSet
    elected_before: PhraseSet
    dismissal: PhraseSet
    state_opener: re.Pattern[str]
    other_time: PhraseSet
    commemorated: re.Pattern[str]
    speech: PhraseSet
    reported: PhraseSet
    directed_by: re.Pattern[str]
    case_of: re.Pattern[str]
    absent_after: re.Pattern[str]
    lists: dict[str, list[str]]  # the phrases of each other kind, as the file gives them

    def cues(self, text: str) -> list[Cue]:
        """Event cues in `text`, minus those that name a place, organiser or document."""
        return self._cues_in(text, 0, len(text))

    def _cues_in(self, text: str, begin: int, stop: int) -> list[Cue]:
        """`cues(text[begin:stop])`, read in `text` in place: the caller has made sure that
        is the same (`best_in`)."""
        cues = self._cues(text, begin, stop)
        if text.find("cử tri", begin, stop) >= 0 and (
                meeting := _VOTERS.search(text, begin, stop)):
            # "tiếp xúc với khoảng 500 cử tri", "tiếp xúc với các cử tri": words between
            cues.append(Cue("voter_meeting", VOTERS, meeting.start() - begin,
                            meeting.end() - begin))
            cues.sort(key=lambda cue: cue.start)
        return cues

    def _cues(self, text: str, begin: int, stop: int) -> list[Cue]:
        out = []
        council: bool | None = None  # read once, and only when a cue needs it
        for match in self.cue_pattern.finditer(text, begin, stop):
            phrase = match.group(0).lower()
            if phrase in self.masks:
                continue
            event_type, priority = self.events[phrase]
            # Only the words just before the cue matter; a short window keeps this linear.
            window = max(begin, match.start() - 40)
            if (self._ends_with_not_after(text, window, match.start())
                    and self.not_after.search(text, window, match.start())
                    and not self.part_of.search(text, window, match.start())
                    and not (priority >= PROGRAMME
                             and self.programme.search(text, window, match.start()))):
                continue
            if council is None:
                council = self.council.search_in(text, begin, stop) is not None
            if event_type == "council_session" and priority < NOUN and not council:
                continue
            if (phrase in self.council_nouns and council
                    and not self.standing.search_in(text, begin, stop)):
                event_type = "council_session"
            elif (event_type == "council_session"
                  and self.not_council.search_in(text, begin, stop)):
                event_type = "conference"
            out.append(Cue(event_type, priority, match.start() - begin, match.end() - begin))
        return out

    def _ends_with_not_after(self, text: str, window: int, end: int) -> bool:
        """May `not_after` match in text[window:end]? Its word ends where the spaces before
        `end` start: a test of the lowered text's end (`literal_keys.lower_forms`), in C,
        before the pattern, which `re` would try at every character."""
        lower = lowered(text)
        if lower is None:
            return True
        while end > window and text[end - 1].isspace():
            end -= 1
        return lower.endswith(_not_after_ends(self), window, end)

    def best(self, text: str) -> Cue | None:
        """The cue that types the sentence: its first gathering noun, else its strongest verb."""
        return self._best(self.cues(text))

    def best_in(self, text: str, start: int, end: int) -> Cue | None:
        """`best(text[start:end])` (offsets in the piece), read in place where that is the
        same — a sentence of the article, its lower case already made — else in the piece."""
        if ((start == 0 or not _is_word(text[start - 1])) and 0 <= start <= end <= len(text)
                and _in_place(self) and keeps_length(text)):
            return self._best(self._cues_in(text, start, end))
        return self.best(text[start:end])

    @staticmethod
    def _best(cues: list[Cue]) -> Cue | None:
        nouns = [c for c in cues if c.priority >= NOUN]
        if nouns:
            return nouns[0]
        return max(cues, key=lambda c: (c.priority, -c.start)) if cues else None


_NOT_AFTER_ENDS: list[tuple[str, ...]] = []


def _not_after_ends(vocab: Vocabulary) -> tuple[str, ...]:
    if not _NOT_AFTER_ENDS:  # (the vocabulary is made once: its frozen class is no dict key)
        _NOT_AFTER_ENDS.append(lower_forms(vocab.lists["not_after"]))
    return _NOT_AFTER_ENDS[0]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `re` calls \w


def _in_place(vocab: Vocabulary) -> bool:
    """Do the phrase lists a sentence's cues are read with read a piece of a text in place
    (see `PhraseSet.reads_in_place`)? The look-behinds of the patterns read there look one
    character back, which is no word character at a piece read in place."""
    return all(phrases.cut_after_lowering
               for phrases in (vocab.cue_pattern, vocab.council, vocab.standing,
                               vocab.not_council))


# Up to eight words, no comma, no sentence end ("TP.HCM" holds a dot, "Chí." ends one) between
# a phrase and the name it bears on: "đồng chí", a title — but no word that starts another part
# of the clause ("lễ tưởng niệm có ông A", "do ông A chủ trì").
_TITLED = (r"(?:\s+(?!(?:có|do|với|và|cùng|gồm|là|được|đã|tại|dự|chủ trì|các|cho)(?!\w))"
           r"[^\s,;:()]*[^\s,;:().!?]){0,8}?\s*$")
# A person's name as written, each word capitalised ("Trịnh Xuân Thanh"): read case-sensitively.
_NAME = rf"(?:[{UPPER}]\w*\s+){{1,4}}[{UPPER}]\w*"


def before_name(phrases: list[str]) -> re.Pattern[str]:
    """One of `phrases` ending the words before a name, titles between ("em trai của Bí thư
    Tỉnh ủy A"): searched in the text before a mention."""
    return re.compile(_words(phrases) + _TITLED, re.IGNORECASE)


def _words(phrases: list[str], not_after: list[str] | None = None) -> str:
    """Whole-word alternation, not just after any word of `not_after`; the leading class of
    first letters lets `re` skip ahead, so the look-behinds come after it."""
    ordered = sorted(phrases, key=len, reverse=True)
    firsts = "".join(sorted({p[0].lower() for p in phrases} | {p[0].upper() for p in phrases}))
    behind = "".join(rf"(?<!{re.escape(word)} )" for word in not_after or ())
    return (rf"(?=[{re.escape(firsts)}])(?<!\w){behind}(?:"
            + "|".join(re.escape(p) for p in ordered) + r")(?!\w)")


@cache
def vocabulary() -> Vocabulary:
    events: dict[str, tuple[str, int]] = {}
    lists: dict[str, list[str]] = {
        kind: [] for kind in ("not_after", "part_of", "programme", "council", "future", "absent",
                              "absent_before", "not_event", "not_event_mask", "council_noun",
                              "standing", "mask",
                              "not_council", "biography", "elected", "elected_before",
                              "dismissal", "state_opener", "not_state_opener", "other_time",
                              "commemorated", "not_late_before", "not_late_after", "speech",
                              "reported", "directed_by", "absent_after", "case_of",
                              "member_role", "member_body", "disciplined", "kin")
    }
    for line in _PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value, *rest = line.split("\t")
        if kind == "event":
            if rest[0] not in EVENT_TYPES:
                raise ValueError(f"{_PATH}: unknown event type {rest[0]!r} for {value!r}")
            events[value] = (rest[0], int(rest[1]))
        else:
            lists[kind].append(value)
    return Vocabulary(
        events=events,
        masks=frozenset(lists["mask"]),
        cue_pattern=PhraseSet(list(events) + lists["mask"]),
        not_after=re.compile(_words(lists["not_after"]) + r"\s*$", re.IGNORECASE),
        programme=re.compile(_words(lists["programme"]) + r"\s*$", re.IGNORECASE),
        part_of=re.compile(_words(lists["part_of"]) + r"(?:\s+\w+){0,2}\s+của\s*$",
                           re.IGNORECASE),
        council=PhraseSet(lists["council"]),
        future=PhraseSet(lists["future"]),
        absent=PhraseSet(lists["absent"]),
        absent_before=re.compile(_words(lists["absent_before"]) + r"\s*(?:đồng chí\s+)?$",
                                 re.IGNORECASE),
        not_event=PhraseSet(lists["not_event"] + lists["not_event_mask"]),
        not_event_masks=frozenset(p.lower() for p in lists["not_event_mask"]),
        council_nouns=frozenset(lists["council_noun"]),
        standing=PhraseSet(lists["standing"]),
        not_council=PhraseSet(lists["not_council"]),
        biography=PhraseSet(lists["biography"]),
        elected=PhraseSet(lists["elected"]),
        elected_before=PhraseSet(lists["elected_before"]),
        dismissal=PhraseSet(lists["dismissal"]),
        state_opener=re.compile(r"^(?!" + _words(lists["not_state_opener"]) + ")"
                                + _words(lists["state_opener"]), re.IGNORECASE),
        other_time=PhraseSet(lists["other_time"]),
        commemorated=re.compile(_words(lists["commemorated"], lists["not_late_before"])
                                + r"(?!\s+(?:" + "|".join(map(re.escape, lists["not_late_after"]))
                                + r")(?!\w))" + _TITLED, re.IGNORECASE),
        speech=PhraseSet(lists["speech"]),
        reported=PhraseSet(lists["reported"]),
        directed_by=re.compile(_words(lists["directed_by"]) + _TITLED, re.IGNORECASE),
        case_of=re.compile("(?i:" + _words(lists["case_of"]) + r")\s+(?:(?:ông|bà)\s+)?"
                           r"(?:" + _NAME + r"\s*(?:,|và)\s*(?:(?:ông|bà)\s+)?)*$"),
        absent_after=re.compile(r"(?:\s*,[^,.;:!?\n]{1,80},)?\s+(?:đã\s+|cũng\s+)?"
                                + _words(lists["absent_after"]), re.IGNORECASE),
        lists=lists,
    )
