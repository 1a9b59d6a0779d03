"""Who said it: resolving the words that name a speaker to an entity, from mentions alone.

A speaker is named in a *region* of text: the words after a cue verb ("kata Peskov",
"ujar Kementerian") or the subject before one ("Blinken mengatakan"). The region is read
in this order:

1. a statement noun ("pernyataan itu") is said by whoever issued the statement
   (:mod:`warta.annotate.speaker_statements`);
2. a mention: the first person, else the first non-place entity;
3. a pronoun (ia, dia, beliau, mereka, or a -nya on the verb): the latest earlier speaker
   or person who was a sentence subject (:mod:`warta.annotate.speaker_subjects`);
4. an office head ("kementerian", "juru bicara itu"): the latest speaker or mention with
   that head.

Speakers described rather than named ("Guru Besar ... ini", "sumber tersebut", "Seskab")
are read by :mod:`warta.annotate.speaker_descriptions`; phrases relaying an outlet
("seperti dilansir AFP") by :mod:`warta.annotate.speaker_relays`.

A state named right after one of its offices acted ("Kementerian Luar Negeri X membalas.
X mengatakan, ...") stands for that office.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from warta.annotate.speaker_descriptions import (
    abbreviated,
    apposed_abbreviations,
    collective,
    described_anaphor,
    head_of_state,
    lone_unknown,
    misspelt,
    person_name_words,
    source_anaphor,
    typo_candidates,
)
from warta.annotate.speaker_model import Speaker, main_entity
from warta.annotate.speaker_statements import introduces, resolve_statement
from warta.annotate.speaker_subjects import SubjectIndex
from warta.types import Entity, Mention, Span

# "demikian isi pernyataan itu": the content of a statement is said by its issuer too.
_LEADING_STATEMENT = re.compile(
    r"\s*(?:(?:dalam|melalui|lewat)\s+)?(?:(?:sebuah|suatu)\s+)?(?:(?:isi|bunyi)\s+)?(?=\w)", re.IGNORECASE
)


class SpeakerContext(SubjectIndex):
    """Per-article index of mentions, sentences and earlier speakers, and the reading of a
    region as a speaker (built per call)."""

    @cached_property
    def statements(self) -> list[re.Match[str]]:
        """Statement nouns that introduce a statement (read when one is cited)."""
        return [m for m in self.cues.statement.finditer(self.text) if introduces(self, m)]

    @cached_property
    def abbreviations(self) -> dict[str, Speaker]:
        """Titles shortened in apposition before a person, each naming that person."""
        return apposed_abbreviations(self)

    @cached_property
    def person_words(self) -> dict[str, Entity]:
        """Each long word of a person's full name, to correct a misspelt variant against."""
        return person_name_words(self.entities)

    def resolve_subject(self, verb_start: int, anchor: int) -> Speaker | None:
        for region in self.subject_regions(verb_start):
            found = self.resolve_region(region, anchor)
            if found is not None:
                return found
        return None

    # -- regions ----------------------------------------------------------------------
    def resolve_region(self, region: Span, anchor: int, words: Span | None = None) -> Speaker | None:
        """The speaker named in ``region``; ``words`` is the wider phrase (statement qualifiers)."""
        if not region.of(self.text).strip():
            return None
        lead = _LEADING_STATEMENT.match(self.text, region.start, region.end)
        noun = self.cues.statement.match(self.text, lead.end() if lead else region.start, region.end)
        if noun is not None:
            return resolve_statement(self, noun, words or region, anchor)
        group = collective(self, region, anchor)
        if group is not None:
            return group if isinstance(group, Speaker) else None
        if described_anaphor(self.text, region, self.cues):
            return self.resolve_pronoun("dia", anchor)
        named = self.named(region)
        if named:
            people = [s for s in named if s.type == "PER"]
            if people and people[0].span is not None and lone_unknown(people[0]):
                return self._misspelt(people[0].span, skip=people[0].entity_id) or people[0]
            return self.refine(people[0] if people else main_entity(named), anchor)
        found = abbreviated(self.text, region, self.abbreviations) or self._misspelt(region)
        if found is not None:
            return found
        pronoun = self.pronoun(region)
        if pronoun is not None:
            return self.resolve_pronoun(pronoun, anchor)
        return (
            head_of_state(self, region, anchor)
            or self.resolve_office(region, anchor)
            or source_anaphor(self, region, anchor)
        )

    def _misspelt(self, region: Span, skip: str | None = None) -> Speaker | None:
        # Most regions hold no word a typo could be in: the names' words are then never gathered.
        candidates = typo_candidates(self.text, region)
        return misspelt(candidates, self.person_words, skip) if candidates else None

    # -- offices ----------------------------------------------------------------------
    def resolve_office(self, region: Span, anchor: int) -> Speaker | None:
        text, words = self.scan
        matches = words.office.finditer(text[region.start : region.end])
        heads = [" ".join(m.group().casefold().split()) for m in matches]
        for head in reversed(heads):
            found = self._office(head, anchor)
            if found is not None:
                return found
        return None

    def _office(self, head: str, anchor: int) -> Speaker | None:
        for said in reversed(self.history):
            if said.position < anchor and said.speaker.entity_id and head in self.said_heads(said):
                return said.speaker
        with_head = [m for m in self.mentions if head in " ".join(m.text.casefold().split()) and not self._building(m)]
        earlier = [m for m in with_head if m.span.start < anchor]
        chosen = earlier[-1] if earlier else (with_head[0] if with_head else None)
        return self.of_mention(chosen) if chosen is not None else self._titled(head, anchor)

    def _building(self, mention: Mention) -> bool:
        words = mention.text.split(maxsplit=1)
        return bool(words) and words[0].casefold() in self.cues.buildings

    def _titled(self, head: str, anchor: int) -> Speaker | None:
        """ "juru bicara itu": the latest "juru bicara <name>" before, as its person or body."""
        text, words = self.scan
        for match in reversed(list(words.office.finditer(text, 0, anchor))):
            if " ".join(match.group().casefold().split()) != head:
                continue
            period = self.text.find(".", match.end(), anchor)
            verbs = self.predicates(match.end(), period if period >= 0 else anchor)
            end = verbs[0].start() if verbs else (period if period >= 0 else anchor)
            named = self.named(Span(match.end(), end))
            if named and named[0].span is not None and named[0].span.start <= match.end() + 1:
                people = [s for s in named if s.type == "PER"]
                return people[0] if people else named[0]
        return None

    def refine(self, speaker: Speaker, anchor: int) -> Speaker:
        """A state speaking right after one of its offices acted is that office."""
        if speaker.type != "GPE" or speaker.actor is None:
            return speaker
        paragraph = bisect_right(self.paragraph_starts, anchor) - 1
        window = self.paragraph_starts[max(paragraph - 1, 0)]
        for _, group in self.subjects_before(anchor, window):
            # A subject with a person in it ("juru bicara Dewan X, John Doe") is that person.
            if not any(m.type == "PER" for m in group):
                for member in group:
                    if member.type == "ORG" and member.actor == speaker.actor and self._is_office(member):
                        return member
        return speaker

    def _is_office(self, speaker: Speaker) -> bool:
        text, words = self.scan
        return speaker.span is not None and words.office.search(speaker.span.of(text)) is not None
