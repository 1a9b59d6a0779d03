"""Who said it: resolving the words that name a speaker to an entity, from mentions alone.

A speaker is named in a *region* of text: the words after a cue verb ("kata Peskov",
"ujar Kementerian") or the subject before one ("Blinken mengatakan"). The region is read
in this order:

1. a statement noun ("pernyataan itu") is said by whoever issued the statement: the
   possessor ("pernyataan Kemlu"), else the actors of the sentence that introduced it,
   several of them making a joint statement;
2. a mention: the first person, else the first non-place entity;
3. a pronoun (ia, dia, beliau, mereka, or a -nya on the verb): the latest earlier speaker
   or person who was a sentence subject;
4. an office head ("kementerian", "juru bicara itu"): the latest speaker or mention with
   that head.

A state named right after one of its offices acted ("Kementerian Luar Negeri X membalas.
X mengatakan, ...") stands for that office.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

from warta.annotate.quote_cues import Cues, cues
from warta.types import Analysis, Entity, Mention, Span

_LEADING_STATEMENT = re.compile(r"\s*(?:(?:dalam|melalui|lewat)\s+)?(?:(?:sebuah|suatu)\s+)?(?=\w)", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*|\s(?:dan|serta)\s+|\s*\(\s*|\s*\)\s*)*(?:dan\s+|serta\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# "pernyataan (bersama|resmi) (Pemerintah) X": qualifiers, then the issuer; a government's
# statement is its state's.
_POSSESSOR_GAP = re.compile(r"\s*(?:(?:bersama|resmi|tertulis)\s+)?(?:(?:pemerintah|pemerintahan)\s+)?", re.IGNORECASE)
# ", yang": a non-restrictive relative clause, said of the name before the comma ("pernyataan
# Macron yang menyerukan" without the comma is a phrase inside a noun, not a new subject).
_RELATIVE = re.compile(r"\s*,\s*(?<![\w-])yang$", re.IGNORECASE)
# Characters a relay phrase may take before its verb ("sebagaimana yang ") and after it.
_RELAY_LEAD = 20
_RELAY_TAIL = 120
_LEADING_SPACE = re.compile(r"[\s,]*")
# "dalam pernyataan ...", "melalui keterangan tertulis": a phrase saying where words were said.
_ADJUNCT = re.compile(r"\s*(?:dalam|melalui|lewat)\s+(?:(?:sebuah|suatu)\s+)?(?=\w)", re.IGNORECASE)
_APPOSED_ABBREVIATION = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z]{1,11})\s*\)\s*")


# Shorter names differ by one letter too often to call the difference a typo.
MIN_TYPO_LENGTH = 6


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    index = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) == len(b):
        return a[index + 1 :] == b[index + 1 :]
    return a[index:] == b[index + 1 :]


def _lone_unknown(speaker: Speaker) -> bool:
    """A one-word person no list knows ("Libermen"): it may be a misspelt known name."""
    return bool(speaker.entity_id and speaker.entity_id.startswith("unk:")) and " " not in (speaker.name or " ")


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: an entity when one is known, else the words that name it."""

    name: str | None
    entity_id: str | None = None
    actor: str | None = None
    type: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class _Said:
    """A speaker already attributed, with the office heads its phrase used."""

    position: int
    speaker: Speaker
    heads: frozenset[str] = frozenset()
    content: Span | None = None  # the words attributed


def _head(named: list[Speaker]) -> Speaker:
    """The first non-state entity when a state only qualifies it ("media pemerintah Korea
    Utara KCNA"); else the first entity."""
    if named[0].type == "GPE":
        return next((s for s in named[1:] if s.type in ("ORG", "IGO")), named[0])
    return named[0]


def joint_name(members: list[Speaker]) -> str:
    """``joint statement of A, B and C`` in order of mention."""
    names = [m.name or "" for m in members]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"joint statement of {listed}"


def group_speaker(members: list[Speaker], span: Span | None) -> Speaker:
    """One speaker for a group: the member itself when alone, else their joint statement."""
    if len(members) == 1:
        return members[0]
    actors = {m.actor for m in members}
    actor = actors.pop() if len(actors) == 1 else None
    return Speaker(joint_name(members), None, actor, "STATEMENT", span)


@dataclass
class SpeakerContext:
    """Per-article index of mentions, sentences and earlier speakers (built per call)."""

    analysis: Analysis
    skip: tuple[Span, ...] = ()  # quoted spans: no predicates or statements are read inside
    cues: Cues = field(default_factory=cues)
    history: list[_Said] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.analysis.text
        self.mentions = sorted(self.analysis.mentions, key=lambda m: (m.span.start, -m.span.end))
        self.starts = [m.span.start for m in self.mentions]
        self.entities: dict[str, Entity] = {e.id: e for e in self.analysis.entities}
        spans = [s.span for s in self.analysis.sentences] or list(self.analysis.article.paragraphs)
        self.sentences = spans or [Span(0, len(self.text))]
        self.sentence_starts = [s.start for s in self.sentences]
        self.paragraph_starts = [p.start for p in self.analysis.article.paragraphs] or [0]
        self.skip_starts = [s.start for s in self.skip]
        self._subjects: dict[int, list[Speaker]] = {}
        self._people: dict[int, tuple[int, Speaker] | None] = {}
        self._regions: dict[int, list[Span]] = {}
        self._person_starts: list[int] | None = None  # where persons are mentioned, once asked
        self.ordered = all(a <= b for a, b in pairwise(self.sentence_starts))

    # -- indexing -------------------------------------------------------------------
    def mentions_in(self, region: Span) -> list[Mention]:
        lo, hi = bisect_left(self.starts, region.start), bisect_left(self.starts, region.end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= region.end]

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
            if mention.type != "LOC" and not (unquoted and self._skipped(mention.span.start)):
                if self.relayed(mention.span.start):
                    continue
                speaker = self.of_mention(mention)
                seen.setdefault(speaker.entity_id or speaker.name, speaker)
        return list(seen.values())

    def sentence_index(self, position: int) -> int:
        return max(bisect_right(self.sentence_starts, position) - 1, 0)

    def sentence_at(self, position: int) -> Span:
        return self.sentences[self.sentence_index(position)]

    def inside_quote(self, position: int) -> bool:
        return self._skipped(position)

    def _skipped(self, position: int) -> bool:
        index = bisect_right(self.skip_starts, position) - 1
        return index >= 0 and position < self.skip[index].end

    def predicates(self, start: int, end: int) -> list[re.Match[str]]:
        found = self.cues.verb_like.finditer(self.text, start, end)
        return [m for m in found if self._verb(m) and not self._skipped(m.start()) and not self.relayed(m.start())]

    @cached_property
    def relays(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the phrases citing an outlet ("seperti dilansir AFP")."""
        found: list[tuple[int, int]] = []
        # A relay phrase holds a relay verb: the slow case-insensitive pattern is tried only
        # around those (most articles have none or one).
        for verb in self.cues.relay_verb.finditer(self.text):
            if found and verb.start() < found[-1][1]:
                continue
            start = max(verb.start() - _RELAY_LEAD, 0 if not found else found[-1][1])
            match = self.cues.relay.search(self.text, start, verb.end() + _RELAY_TAIL)
            if match is not None and match.start() <= verb.start() < match.end():
                found.append(match.span())
        return [s for s, _ in found], [e for _, e in found]

    def relayed(self, position: int) -> bool:
        """Whether ``position`` lies in a phrase citing an outlet: its verb is no predicate and
        the outlet it names is no one's subject."""
        starts, ends = self.relays
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

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

    # -- subjects ---------------------------------------------------------------------
    def subject(self, index: int) -> list[Speaker]:
        """The entities named before the first predicate of sentence ``index`` (computed once)."""
        if index not in self._subjects:
            sentence = self.sentences[index]
            region = Span(sentence.start, self.first_predicate(sentence))
            # "Guru Besar UIN X ini": the person described was introduced before; X is no subject.
            described = self._described_anaphor(region)
            self._subjects[index] = [] if described else self.named(region, unquoted=True)
        return self._subjects[index]

    def subjects_before(self, anchor: int, start: int = 0) -> Iterator[tuple[int, list[Speaker]]]:
        """Sentence subjects from the one holding ``anchor`` back to ``start``, latest first."""
        index = bisect_right(self.sentence_starts, anchor) - 1
        while index >= 0 and self.sentence_starts[index] >= start:
            if self.sentence_starts[index] < anchor:
                yield self.sentence_starts[index], self.subject(index)
            index -= 1

    @cached_property
    def statements(self) -> list[re.Match[str]]:
        """Statement nouns that introduce a statement (read when one is cited)."""
        return [m for m in self.cues.statement.finditer(self.text) if self._introduces(m)]

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
        breaks = [*self.cues.clause_break.finditer(self.text, start, verb_start), *self.predicates(start, verb_start)]
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
        first = _WORD.search(self.text, sentence_start, verb_start)
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
        words = before.rstrip().split()
        while words and words[-1].casefold() in self.cues.adverbs:
            words.pop()
        if not words or not words[-1].endswith(","):
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
        words = _WORD.findall(before)
        tail = []
        for word in reversed(words):
            if word.casefold() not in self.cues.adverbs:
                tail.append(word.casefold())
                break
        return bool(tail) and tail[0] in self.cues.coordinators and len(words) > 1

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
            return self.resolve_statement(noun, words or region, anchor)
        group = self._collective(region, anchor)
        if group is not None:
            return group if isinstance(group, Speaker) else None
        if self._described_anaphor(region):
            return self.resolve_pronoun("dia", anchor)
        named = self.named(region)
        if named:
            people = [s for s in named if s.type == "PER"]
            if people and people[0].span is not None and _lone_unknown(people[0]):
                return self._misspelt(people[0].span, skip=people[0].entity_id) or people[0]
            return self.refine(people[0] if people else _head(named), anchor)
        abbreviated = self._abbreviated(region) or self._misspelt(region)
        if abbreviated is not None:
            return abbreviated
        pronoun = self._pronoun(region)
        if pronoun is not None:
            return self.resolve_pronoun(pronoun, anchor)
        return self.resolve_office(region, anchor) or self._source_anaphor(region, anchor)

    @cached_property
    def abbreviations(self) -> dict[str, Speaker]:
        """ "Sekretaris Kabinet (Seskab) Teddy": a title shortened in apposition before a
        person names that person for the rest of the article ("kata Seskab")."""
        found: dict[str, Speaker] = {}
        for match in _APPOSED_ABBREVIATION.finditer(self.text):
            index = bisect_left(self.starts, match.end())
            if index < len(self.mentions) and self.mentions[index].span.start == match.end():
                speaker = self.of_mention(self.mentions[index])
                if speaker.type == "PER":
                    found.setdefault(match["abbr"], replace(speaker, span=None))
        return found

    def _abbreviated(self, region: Span) -> Speaker | None:
        word = _WORD.search(self.text, region.start, region.end)
        if word is None or word.group() not in self.abbreviations:
            return None
        return replace(self.abbreviations[word.group()], span=Span(*word.span()))

    @cached_property
    def _person_words(self) -> dict[str, Entity]:
        """Each word of a person's full name (long enough to tell a typo from another name); a
        one-word name is no full introduction to correct a variant against ("Sutarna"/"Sutarnya")."""
        found: dict[str, Entity] = {}
        for entity in self.entities.values():
            words = _WORD.findall(entity.name)
            if entity.type == "PER" and len(words) > 1:
                for word in words:
                    if len(word) >= MIN_TYPO_LENGTH:
                        found.setdefault(word, entity)
        return found

    def _misspelt(self, region: Span, skip: str | None = None) -> Speaker | None:
        """ "tutur Libermen" after "Avigdor Liberman": a capitalised word one letter away from
        a word of a known person's name (same first letter, long enough) is that person."""
        for word in _WORD.finditer(self.text, region.start, region.end):
            text = word.group()
            if len(text) < MIN_TYPO_LENGTH or not text[0].isupper():
                continue
            for known, entity in self._person_words.items():
                if entity.id != skip and known[0] == text[0] and one_edit_apart(known, text):
                    return Speaker(entity.name, entity.id, entity.actor, entity.type, Span(*word.span()))
        return None

    def _collective(self, region: Span, anchor: int) -> Speaker | bool | None:
        """ "Para pemimpin ketiga negara": a plural subject naming no one. With a count of
        states ("ketiga negara"), the joint statement of the latest states named before;
        else False: no speaker rather than one member of the group. None: not plural."""
        words = [w.casefold() for w in _WORD.findall(region.of(self.text))]
        if not words or self.mentions_in(region):
            return None
        count = next((self.cues.collectives[w] for w in words if w in self.cues.collectives), None)
        if count is not None and "negara" in words:
            states = self._latest_states(anchor, count)
            return group_speaker(states, region) if len(states) == count else False
        return False if words[0] == "para" else None

    def _latest_states(self, anchor: int, count: int) -> list[Speaker]:
        found: dict[str, Speaker] = {}
        for mention in reversed(self.mentions[: bisect_left(self.starts, anchor)]):
            entity = self.entities.get(mention.entity_id)
            if entity is None or entity.type != "GPE" or not entity.actor:
                continue
            if entity.actor in found or len(found) < count:
                found[entity.actor] = self.of_mention(mention)  # going back: ends at the first mention
        return sorted(found.values(), key=lambda s: s.span.start if s.span else 0)

    def _source_anaphor(self, region: Span, anchor: int) -> Speaker | None:
        """ "kata sumber tersebut": the speaker introduced just before, whom the words describe."""
        words = [w.casefold() for w in _WORD.findall(region.of(self.text))]
        if len(words) < 2 or words[-1] not in self.cues.demonstratives:
            return None
        noun = " ".join(words[1:-1] if words[0] in ("sang", "para", "seorang") else words[:-1])
        return self.latest(anchor) if noun in self.cues.source_nouns else None

    def _described_anaphor(self, region: Span) -> bool:
        """ "Guru Besar UIN Jakarta ini mengatakan": an occupation, its institution, then a
        demonstrative describe the person already introduced."""
        words = _WORD.findall(region.of(self.text))
        if len(words) < 3 or words[-1].casefold() not in self.cues.demonstratives:
            return False
        lead = _LEADING_SPACE.match(self.text, region.start, region.end)
        return self.cues.person_noun.match(self.text, lead.end() if lead else region.start, region.end) is not None

    def _pronoun(self, region: Span) -> str | None:
        for word in _WORD.finditer(region.of(self.text)):
            if word.group().casefold() in self.cues.pronouns:
                return word.group().casefold()
        return None

    def heads(self, region: Span) -> frozenset[str]:
        found = self.cues.office.finditer(region.of(self.text))
        return frozenset(" ".join(m.group().casefold().split()) for m in found)

    # -- pronouns ---------------------------------------------------------------------
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
        """ 'Hashim mengatakan, ... Sasakawa berkenan membantu. Sasakawa lalu terbang ke Yangon.
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

    # -- offices ----------------------------------------------------------------------
    def resolve_office(self, region: Span, anchor: int) -> Speaker | None:
        heads = [" ".join(m.group().casefold().split()) for m in self.cues.office.finditer(region.of(self.text))]
        for head in reversed(heads):
            found = self._office(head, anchor)
            if found is not None:
                return found
        return None

    def _office(self, head: str, anchor: int) -> Speaker | None:
        for said in reversed(self.history):
            if said.position < anchor and head in said.heads and said.speaker.entity_id:
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
        for match in reversed(list(self.cues.office.finditer(self.text, 0, anchor))):
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
        return speaker.span is not None and self.cues.office.search(speaker.span.of(self.text)) is not None

    # -- statements -------------------------------------------------------------------
    def _introduces(self, noun: re.Match[str]) -> bool:
        """Whether a statement noun introduces a statement rather than cites one."""
        if self._skipped(noun.start()):
            return False
        before = self.text[max(noun.start() - 20, 0) : noun.start()].casefold().split()
        if before and before[-1] in self.cues.after_verbs:
            return False  # "kata pernyataan itu" cites
        after = self.text[noun.end() : noun.end() + 12].casefold().split()
        if after and after[0].strip(",.") in self.cues.demonstratives:
            sentence = self.sentence_at(noun.start())
            return bool(self.named(Span(sentence.start, noun.start())))
        return True

    def resolve_statement(self, noun: re.Match[str], words: Span, anchor: int) -> Speaker | None:
        possessor = self._possessors(noun.end(), words.end)
        if possessor:
            return group_speaker(possessor, words)
        earlier = [m for m in self.statements if m.start() < noun.start()]
        if "bersama" in noun.group().casefold():
            earlier = [m for m in earlier if "bersama" in m.group().casefold()] or earlier
        chosen = self._qualified(earlier, Span(noun.end(), words.end), anchor)
        if chosen is None:
            return None
        return self.issuer(chosen, anchor)

    def _qualified(self, intros: list[re.Match[str]], qualifier: Span, anchor: int) -> re.Match[str] | None:
        named = self.named(qualifier)
        if not intros or not named:
            return intros[-1] if intros else None
        ids = {s.entity_id for s in named}
        for intro in reversed(intros):
            if ids & {s.entity_id for s in self.named(self.sentence_at(intro.start()))}:
                return intro
        actors = {s.actor for s in named} - {None}
        for intro in reversed(intros):
            issuer = self.issuer(intro, anchor)
            if issuer is not None and issuer.actor in actors:
                return intro
        return intros[-1]

    def _possessors(self, start: int, end: int) -> list[Speaker]:
        """Entities listed right after a statement noun: "pernyataan Kemlu", "pernyataan bersama A dan B"."""
        gap = _POSSESSOR_GAP.match(self.text, start, end)
        position = gap.end() if gap else start
        found: list[Speaker] = []
        for mention in self.mentions_in(Span(start, end)):
            if mention.span.start != position:
                break
            found.append(self.of_mention(mention))
            step = _LIST_GAP.match(self.text, mention.span.end, end)
            position = step.end() if step else mention.span.end
        return [s for s in found if s.type != "LOC"]

    def issuer(self, noun: re.Match[str], anchor: int) -> Speaker | None:
        """Whoever issued the statement introduced by ``noun``."""
        possessor = self._possessors(noun.end(), self.sentence_at(noun.start()).end)
        if possessor:
            return group_speaker(possessor, Span(*noun.span()))
        sentence = self.sentence_at(noun.start())
        first = self.first_predicate(sentence)
        if first > noun.start():
            found = self._main_clause_subject(sentence, noun, anchor)
            if found is not None:
                return found
        group = self.named(Span(sentence.start, min(first, noun.start())))
        if not group:
            index = bisect_right(self.sentence_starts, sentence.start) - 1
            group = self.subject(index - 1) if index > 0 else []
        return group_speaker(group, Span(*noun.span())) if group else None

    def _main_clause_subject(self, sentence: Span, noun: re.Match[str], anchor: int) -> Speaker | None:
        """ "Dalam pernyataan ..., X mengatakan": the subject after the leading phrase."""
        comma = self.text.find(",", noun.end(), sentence.end)
        if comma < 0:
            return None
        verbs = self.predicates(comma + 1, sentence.end)
        end = verbs[0].start() if verbs else sentence.end
        return self.resolve_region(Span(comma + 1, end), anchor)

    # -- memory -----------------------------------------------------------------------
    def remember(self, position: int, speaker: Speaker, region: Span | None, content: Span | None = None) -> None:
        heads = self.heads(region) if region is not None else frozenset()
        if speaker.span is not None:
            heads |= self.heads(speaker.span)
        self.history.append(_Said(position, speaker, heads, content))

    def latest(self, anchor: int) -> Speaker | None:
        earlier = [s.speaker for s in self.history if s.position < anchor]
        return earlier[-1] if earlier else None

    def latest_person(self, anchor: int) -> Speaker | None:
        people = [s.speaker for s in self.history if s.position < anchor and s.speaker.type == "PER"]
        return people[-1] if people else None

    # -- news outlets -----------------------------------------------------------------
    @cached_property
    def outlets(self) -> frozenset[str]:
        """Entities that are news outlets: media in the gazetteer, or named after an outlet
        noun somewhere in the article ("lapor media lokal X", "kantor berita X")."""
        found = {e.id for e in self.entities.values() if e.sector == "media"}
        for mention in self.mentions:
            if mention.type == "ORG" and self.cues.outlet_before.search(
                self.text, max(0, mention.span.start - 60), mention.span.start
            ):
                found.add(mention.entity_id)
        return frozenset(found)

    def is_outlet(self, speaker: Speaker) -> bool:
        return speaker.entity_id is not None and speaker.entity_id in self.outlets
