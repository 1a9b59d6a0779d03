"""The per-article index a speaker is resolved against: mentions, sentences, quoted spans,
the predicates of a stretch of text, the phrases relaying an outlet, and the speakers already
attributed (built once per article, asked many times)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from warta.annotate.event_lexicon import FOLD_EXCEPTIONS, FOLDS_INTO_WORD
from warta.annotate.quote_cues import Cues, WordPatterns, cues
from warta.annotate.speaker_model import Said, Speaker
from warta.annotate.speaker_relays import named_as_outlet, relay_spans
from warta.types import Analysis, Entity, Mention, Span

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Where the folded text's words may not start where the text's do (FOLD_EXCEPTIONS: the letters
# folded apart; FOLDS_INTO_WORD: the mark folding makes a word character).
_UNFOLDABLE = (*FOLD_EXCEPTIONS, FOLDS_INTO_WORD)
_START = attrgetter("span.start")
_END = attrgetter("span.end")
# Plain attribute getters: map() with one of them builds a list in C, a comprehension runs Python per item.
_SPAN = attrgetter("span")
_STARTS = attrgetter("start")
_ID = attrgetter("id")


@dataclass
class SpeakerIndex:
    """Per-article index of mentions, sentences and earlier speakers (built per call)."""

    analysis: Analysis
    skip: tuple[Span, ...] = ()  # quoted spans: no predicates or statements are read inside
    cues: Cues = field(default_factory=cues)
    history: list[Said] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.analysis.text
        # By start, the longer first: two stable sorts with C key functions (no tuple per mention).
        self.mentions = sorted(self.analysis.mentions, key=_END, reverse=True)
        self.mentions.sort(key=_START)
        self.starts: list[int] = list(map(_START, self.mentions))
        entities = self.analysis.entities
        self.entities: dict[str, Entity] = dict(zip(map(_ID, entities), entities, strict=True))
        spans: list[Span] = list(map(_SPAN, self.analysis.sentences)) or list(self.analysis.article.paragraphs)
        self.sentences = spans or [Span(0, len(self.text))]
        self.sentence_starts: list[int] = list(map(_STARTS, self.sentences))
        self.paragraph_starts: list[int] = list(map(_STARTS, self.analysis.article.paragraphs)) or [0]
        self.skip_starts: list[int] = list(map(_STARTS, self.skip))
        self._person_starts: list[int] | None = None  # where persons are mentioned, once asked
        self._heads: dict[Span, frozenset[str]] = {}  # office heads by phrase, once asked
        self._outlets: dict[str, bool] = {}  # whether an entity is a news outlet, once asked
        self.ordered = self.sentence_starts == sorted(self.sentence_starts)

    # -- mentions ---------------------------------------------------------------------
    def mentions_in(self, region: Span) -> list[Mention]:
        lo = bisect_left(self.starts, region.start)
        hi = bisect_left(self.starts, region.end, lo)
        return [m for m in self.mentions[lo:hi] if m.span.end <= region.end] if hi > lo else []

    def of_mention(self, mention: Mention) -> Speaker:
        entity = self.entities.get(mention.entity_id)
        if entity is None:
            return Speaker(mention.text, mention.entity_id, None, mention.type, mention.span)
        return Speaker(entity.name, entity.id, entity.actor, entity.type, mention.span)

    def person_starts(self) -> list[int]:
        """Where persons are mentioned (by the type :meth:`of_mention` gives), found when first asked."""
        if self._person_starts is None:
            kinds = {e.id: e.type for e in self.entities.values()}
            self._person_starts = [m.span.start for m in self.mentions if kinds.get(m.entity_id, m.type) == "PER"]
        return self._person_starts

    def named(self, region: Span, unquoted: bool = False) -> list[Speaker]:
        """Distinct non-place entities mentioned in ``region``, in order; ``unquoted``: only
        those outside quoted words (a name a speaker utters is not who speaks)."""
        seen: dict[str | None, Speaker] = {}
        for mention in self.mentions_in(region):
            if mention.entity_id and mention.entity_id in seen:
                continue  # its entity is in already (a speaker is keyed by its entity id)
            if mention.type != "LOC" and not (unquoted and self._skipped(mention.span.start)):
                if self.relayed(mention.span.start):
                    continue
                speaker = self.of_mention(mention)
                seen.setdefault(speaker.entity_id or speaker.name, speaker)
        return list(seen.values())

    # -- sentences and quoted spans ---------------------------------------------------
    def sentence_index(self, position: int) -> int:
        index = bisect_right(self.sentence_starts, position) - 1
        return index if index > 0 else 0  # a test, not max(): called for every cue and quote

    def sentence_at(self, position: int) -> Span:
        return self.sentences[self.sentence_index(position)]

    def inside_quote(self, position: int) -> bool:
        return self._skipped(position)

    def _skipped(self, position: int) -> bool:
        index = bisect_right(self.skip_starts, position) - 1
        return index >= 0 and position < self.skip[index].end

    # -- predicates -------------------------------------------------------------------
    def predicates(self, start: int, end: int) -> list[re.Match[str]]:
        found = self.cues.verb_like.finditer(self.text, start, end)
        return [m for m in found if self._verb(m) and not self._skipped(m.start()) and not self.relayed(m.start())]

    def _verb(self, match: re.Match[str]) -> bool:
        """Not a word that only looks like a verb: a listed non-verb, its reduplication
        ("menteri-menteri"), or an adverb after "secara" ("secara terbuka")."""
        word, start = match.group(), match.start()
        if word in self.cues.not_verbs or ("-" in word and word.split("-")[0] in self.cues.not_verbs):
            return False
        return self.text[start - 7 : start].casefold() != "secara " if start >= 7 else True

    def first_predicate(self, sentence: Span) -> int:
        # Stops at the first predicate: the rest of the sentence need not be scanned.
        for match in self.cues.verb_like.finditer(self.text, sentence.start, sentence.end):
            if self._verb(match) and not self._skipped(match.start()) and not self.relayed(match.start()):
                return match.start()
        return sentence.end

    def heads(self, region: Span) -> frozenset[str]:
        """The office heads named in ``region``, case-folded (read once per region)."""
        found = self._heads.get(region)
        if found is None:
            text, words = self.scan
            matches = words.office.finditer(text[region.start : region.end])
            found = self._heads[region] = frozenset(" ".join(m.group().casefold().split()) for m in matches)
        return found

    def said_heads(self, said: Said) -> frozenset[str]:
        """The office heads the phrases naming an earlier speaker used."""
        return frozenset().union(*(self.heads(phrase) for phrase in said.phrases))

    @cached_property
    def folded(self) -> str | None:
        """The text case-folded, when every offset still points at the same character and every
        word still starts where it did (else None): substring tests and flag-free regexes on it
        run faster than case-insensitive ones. See :data:`~warta.annotate.event_lexicon.FOLD_EXCEPTIONS`
        for the letters folded otherwise."""
        folded = self.text.casefold()
        return None if len(folded) != len(self.text) or any(c in self.text for c in _UNFOLDABLE) else folded

    @cached_property
    def scan(self) -> tuple[str, WordPatterns]:
        """The text to run the often-read patterns on, and those patterns: their flag-free twins over
        the case-folded text, which match exactly where the case-insensitive ones match in the
        text and run several times faster; else the case-insensitive ones over the text. A match
        on the folded text reads as folded: offsets hold, words come case-folded."""
        folded, twins = self.folded, self.cues.folded
        return (folded, twins) if folded is not None and twins is not None else (self.text, self.cues.plain)

    # -- news outlets -----------------------------------------------------------------
    @cached_property
    def relays(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the phrases citing an outlet ("seperti dilansir AFP")."""
        return relay_spans(self.text, self.cues, self.folded)

    def relayed(self, position: int) -> bool:
        """Whether ``position`` lies in a phrase citing an outlet: its verb is no predicate and
        the outlet it names is no one's subject."""
        starts, ends = self.relays
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

    def is_outlet(self, speaker: Speaker) -> bool:
        """Whether the speaker is a news outlet: media in the gazetteer, or named after an outlet
        noun somewhere in the article (read once per entity, when first asked: a few are)."""
        entity_id = speaker.entity_id
        if entity_id is None:
            return False
        known = self._outlets.get(entity_id)
        if known is None:
            entity = self.entities.get(entity_id)
            text, words = self.scan
            known = (entity is not None and entity.sector == "media") or named_as_outlet(
                text, self.mentions, entity_id, words.outlet_before
            )
            self._outlets[entity_id] = known
        return known

    # -- memory -----------------------------------------------------------------------
    def remember(self, position: int, speaker: Speaker, region: Span | None, content: Span | None = None) -> None:
        phrases = tuple(phrase for phrase in (region, speaker.span) if phrase is not None)
        self.history.append(Said(position, speaker, phrases, content))

    def latest(self, anchor: int) -> Speaker | None:
        earlier = [s.speaker for s in self.history if s.position < anchor]
        return earlier[-1] if earlier else None

    def latest_person(self, anchor: int) -> Speaker | None:
        people = [s.speaker for s in self.history if s.position < anchor and s.speaker.type == "PER"]
        return people[-1] if people else None
