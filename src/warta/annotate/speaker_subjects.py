"""Sentence subjects and the antecedents of pronouns.

The subject of a verb is named before it in its sentence: after an apposition, a clause
break, a fronted clause or ", yang" the region narrows to the words that can name it. A
pronoun (ia, dia, beliau, mereka, or a -nya on the verb) is the latest earlier speaker or
person who was a sentence subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from warta.annotate.speaker_descriptions import described_anaphor
from warta.annotate.speaker_index import WORD, SpeakerIndex
from warta.annotate.speaker_model import Speaker
from warta.types import Span

# ", yang": a non-restrictive relative clause, said of the name before the comma ("pernyataan
# Macron yang menyerukan" without the comma is a phrase inside a noun, not a new subject).
_RELATIVE = re.compile(r"\s*,\s*(?<![\w-])yang$", re.IGNORECASE)
# "dalam pernyataan ...", "melalui keterangan tertulis": a phrase saying where words were said.
_ADJUNCT = re.compile(r"\s*(?:dalam|melalui|lewat)\s+(?:(?:sebuah|suatu)\s+)?(?=\w)", re.IGNORECASE)


def _last_word(text: str, skip: frozenset[str]) -> str | None:
    """The last whitespace-separated word of ``text`` not in ``skip`` (case-folded), as written;
    read from the end: splitting the whole text cost more."""
    while parts := text.rsplit(None, 1):
        if parts[-1].casefold() not in skip:
            return parts[-1]
        text = parts[0] if len(parts) == 2 else ""
    return None


class SubjectIndex(SpeakerIndex):
    """The index, with the subjects of its sentences and verbs (each computed once)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._subjects: dict[int, list[Speaker]] = {}
        self._people: dict[int, tuple[int, Speaker] | None] = {}
        self._regions: dict[int, list[Span]] = {}

    # -- subjects ---------------------------------------------------------------------
    def subject(self, index: int) -> list[Speaker]:
        """The entities named before the first predicate of sentence ``index`` (computed once)."""
        if index not in self._subjects:
            sentence = self.sentences[index]
            region = Span(sentence.start, self.first_predicate(sentence))
            # "Guru Besar UIN X ini": the person described was introduced before; X is no subject.
            described = described_anaphor(self.text, region, self.cues)
            self._subjects[index] = [] if described else self.named(region, unquoted=True)
        return self._subjects[index]

    def subjects_before(self, anchor: int, start: int = 0) -> Iterator[tuple[int, list[Speaker]]]:
        """Sentence subjects from the one holding ``anchor`` back to ``start``, latest first."""
        index = bisect_right(self.sentence_starts, anchor) - 1
        while index >= 0 and self.sentence_starts[index] >= start:
            if self.sentence_starts[index] < anchor:
                yield self.sentence_starts[index], self.subject(index)
            index -= 1

    def subject_regions(self, verb_start: int) -> list[Span]:
        """Where the subject of the verb at ``verb_start`` is named, nearest first (computed once:
        a reported verb is asked about when found and again when its speaker is resolved)."""
        if verb_start not in self._regions:
            self._regions[verb_start] = self._subject_regions(verb_start)
        return self._regions[verb_start]

    def _subject_regions(self, verb_start: int) -> list[Span]:
        sentence = self.sentence_at(verb_start)
        before = self.text[sentence.start : verb_start]
        apposed = self._apposed_subject(sentence.start, before)
        if apposed is not None:
            return [apposed]
        if self._coordinated(before):
            return [Span(sentence.start, min(self.first_predicate(sentence), verb_start))]
        start = sentence.start
        text, words = self.scan
        breaks = [*words.clause_break.finditer(text, start, verb_start), *self.predicates(start, verb_start)]
        for match in breaks:
            start = max(start, match.end())
        antecedent = self._relative_antecedent(sentence.start, start, verb_start)
        if antecedent is not None:
            return [antecedent]
        start = self._after_fronted_clause(sentence.start, start, verb_start)
        comma = self.text.rfind(",", start, verb_start)
        near = Span(comma + 1, verb_start) if comma >= 0 else None
        if near is not None and self._statement_adjunct(near):
            near = None
        return [r for r in (near, Span(start, verb_start)) if r is not None]

    def _after_fronted_clause(self, sentence_start: int, start: int, verb_start: int) -> int:
        """ "Saat berkunjung ke Beijing, panglima X mengatakan": a sentence opening with a
        subordinator has its subject after the comma closing that clause (the place visited
        is no subject)."""
        first = WORD.search(self.text, sentence_start, verb_start)
        if first is None or first.group().casefold() not in self.cues.clause_openers:
            return start
        comma = self.text.find(",", max(start, first.end()), verb_start)
        return comma + 1 if comma >= 0 and self.text[comma + 1 : verb_start].strip() else start

    def _statement_adjunct(self, region: Span) -> bool:
        """ "X, dalam pernyataan terpisah mengatakan": the words after the comma say where it
        was said, not who said it."""
        lead = _ADJUNCT.match(self.text, region.start, region.end)
        return lead is not None and self.cues.statement.match(self.text, lead.end(), region.end) is not None

    def _apposed_subject(self, sentence_start: int, before: str) -> Span | None:
        """ "Raed Jarrar, direktur advokasi kelompok X yang berbasis di AS, menyamakan ...": a
        person opening the sentence, then an apposition closed by a comma, is the subject."""
        last = _last_word(before, self.cues.adverbs)
        if last is None or not last.endswith(","):
            return None
        first = self.mentions_in(Span(sentence_start, sentence_start + len(before)))[:1]
        if not first or first[0].type != "PER" or self.text[sentence_start : first[0].span.start].strip(" *_\n"):
            return None
        return first[0].span if self.text.startswith(",", first[0].span.end) else None

    def _relative_antecedent(self, sentence_start: int, start: int, verb_start: int) -> Span | None:
        """ "... datang dari Canberra, yang menyebut ...": the verb right after ", yang" has the
        name just before the comma as its subject."""
        if self.text[start:verb_start].strip():
            return None
        lead = _RELATIVE.search(self.text, sentence_start, start)
        if lead is None:
            return None
        before = [m for m in self.mentions_in(Span(sentence_start, lead.start())) if m.span.end == lead.start()]
        return before[-1].span if before and before[-1].type != "LOC" else None

    def _coordinated(self, before: str) -> bool:
        words = WORD.findall(before)
        tail = []
        for word in reversed(words):
            if word.casefold() not in self.cues.adverbs:
                tail.append(word.casefold())
                break
        return bool(tail) and tail[0] in self.cues.coordinators and len(words) > 1

    # -- pronouns ---------------------------------------------------------------------
    def pronoun(self, region: Span) -> str | None:
        """The first pronoun in ``region``, case-folded."""
        for word in WORD.finditer(region.of(self.text)):
            if word.group().casefold() in self.cues.pronouns:
                return word.group().casefold()
        return None

    def resolve_pronoun(self, pronoun: str, anchor: int) -> Speaker | None:
        said = [(s.position, s.speaker) for s in self.history if s.position < anchor]
        if pronoun in self.cues.plural_pronouns:
            return said[-1][1] if said else None
        subjects = self._subject_people(anchor)
        people = sorted([x for x in said if x[1].type == "PER"] + subjects, key=lambda x: x[0])
        if people:
            if subjects and people[-1] == subjects[0]:
                return self._account_goes_on(subjects[0], anchor) or people[-1][1]
            return people[-1][1]
        return said[-1][1] if said else None

    def _account_goes_on(self, subject: tuple[int, Speaker], anchor: int) -> Speaker | None:
        """'Hashim mengatakan, ... Sasakawa berkenan membantu. Sasakawa lalu terbang ke Yangon.
        "…," ucap dia.': a person the latest speaker just spoke about, acting in the very next
        sentence, is part of that speaker's account; the pronoun is the speaker."""
        position, person = subject
        said = [s for s in self.history if s.position < anchor and s.speaker.type == "PER" and s.content is not None]
        if not said or person.entity_id is None or said[-1].speaker.entity_id == person.entity_id:
            return None
        latest = said[-1]
        assert latest.content is not None
        if self.sentence_index(position) - self.sentence_index(latest.content.end - 1) > 1:
            return None
        spoken_of = {m.entity_id for m in self.mentions_in(latest.content)}
        return latest.speaker if person.entity_id in spoken_of else None

    def _subject_people(self, anchor: int) -> list[tuple[int, Speaker]]:
        """The first person of the latest sentence subject before ``anchor`` that names one."""
        if not self.ordered:
            walk = ((p, [s for s in group if s.type == "PER"]) for p, group in self.subjects_before(anchor))
            return next(([(p, people[0])] for p, people in walk if people), [])
        index = bisect_right(self.sentence_starts, anchor) - 1
        while index >= 0 and self.sentence_starts[index] >= anchor:
            index -= 1
        found = self._person_subject(index)
        return [found] if found is not None else []

    def _names_person(self, index: int) -> bool:
        """Whether sentence ``index`` mentions a person at all (else its subject names none)."""
        sentence, starts = self.sentences[index], self.person_starts()
        at = bisect_left(starts, sentence.start)
        return at < len(starts) and starts[at] < sentence.end

    def _person_subject(self, index: int) -> tuple[int, Speaker] | None:
        """The latest sentence up to ``index`` whose subject names a person, with that person
        (remembered for every sentence passed: each pronoun would walk back over them again)."""
        walked, found = [], None
        while index >= 0:
            if index in self._people:
                found = self._people[index]
                break
            walked.append(index)
            people = [s for s in self.subject(index) if s.type == "PER"] if self._names_person(index) else []
            if people:
                found = (self.sentence_starts[index], people[0])
                break
            index -= 1
        for passed in walked:
            self._people[passed] = found
        return found
