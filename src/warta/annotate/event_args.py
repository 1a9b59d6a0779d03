"""Who acts on whom: actor units (mentions and resolved pronouns), coordination, clauses.

An *actor unit* is a stretch of text standing for one or more actor codes: a mention of an
entity that has an actor, or an anaphor ("mereka", "kedua negara", "Kami" in a quotation)
resolved to the actors it points back to. A *group* is a run of units joined by coordination
("AS, Korsel, dan Jepang"). Everything is found by position in the clean text, no parse needed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice, pairwise

from warta.annotate.event_cues import barrier_words, cues
from warta.annotate.event_lexicon import TextWords, text_words
from warta.annotate.metonymy import PLACE
from warta.annotate.roles import region_states
from warta.quick_init import quick_init
from warta.resources import read_text
from warta.types import Analysis, Entity, Quote, Span

_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[,;]")
_MAX_GROUP_GAP_WORDS = 3
_SENTENCE_PUNCT = re.compile(r"[.!?:\"“”\n]")


@quick_init
@dataclass(frozen=True, slots=True)
class Unit:
    span: Span
    actors: tuple[str, ...]
    entity_id: str | None
    anaphor: str | None = None  # the anaphor kind ("plural", "first_person", ...) or None for a name
    person: bool = False  # a person's name, which "ia"/"dia" can point back to


@quick_init
@dataclass(frozen=True, slots=True)
class Context:
    """What argument assignment needs from one article, computed once."""

    text: str
    units: tuple[Unit, ...]
    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...]
    actor_by_name: Mapping[str, str] = field(default_factory=dict)
    places: tuple[Unit, ...] = ()  # places that stand for the actor holding them ("Jalur Gaza")
    words: TextWords | None = None  # the words of ``text``, read once for every sentence
    starts: tuple[int, ...] = ()  # sentence starts, when sentences are in order and disjoint
    # where each word a barrier can start with stands (and each word beyond ASCII), in order; None:
    # not read (barriers are then searched by regex), see event_clauses.barriers_in
    barrier_starts: tuple[int, ...] | None = None

    def sentence_of(self, position: int) -> int:
        if self.starts:  # ordered, disjoint sentences: a binary search finds the one a linear scan would
            index = bisect_right(self.starts, position) - 1
            if index >= 0 and position < self.sentences[index].end:
                return index
            return max(0, len(self.sentences) - 1)
        for index, span in enumerate(self.sentences):
            if span.start <= position < span.end:
                return index
        return max(0, len(self.sentences) - 1)

    def quote_at(self, span: Span) -> Quote | None:
        return next((q for q in self.quotes if q.direct and q.span.contains(span)), None)


def words(text: str) -> list[str]:
    """The case-folded words (and commas, semicolons) of ``text``, a new list each time."""
    # Rules read the same stretch again (the gap before a unit, for each trigger and each test):
    # nearly half the calls repeat one, and copying a remembered tuple costs less than the regex.
    return list(_words_of(text))


_TAIL_CHARS = 80  # how much of a long stretch's end last_words reads first


def last_words(text: str, start: int, end: int, count: int) -> tuple[str, ...]:
    """``words(text[start:end])[-count:]`` as a tuple, reading only the end of a long stretch.

    A read from inside a word finds that word's end alone, then the same words as the whole stretch's:
    past the first, the end's words are the stretch's last ones.
    """
    if end - start > _TAIL_CHARS:
        found = _words_of(text[end - _TAIL_CHARS : end])
        if len(found) > count:
            return found[-count:]
    return _words_of(text[start:end])[-count:]


@lru_cache(maxsize=1024)
def _words_of(text: str) -> tuple[str, ...]:
    if text.isascii():  # most texts: lower() is casefold() there, and one call folds every word
        return tuple(_WORDS.findall(text.lower()))
    return tuple(map(str.casefold, _WORDS.findall(text)))


def first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """``words(text[start:end])[:count]``, reading no further than the words wanted (sentence openings)."""
    # ASCII lower() and casefold() agree, so folding each word equals folding the stretch before reading it
    return [m.group().casefold() for m in islice(_WORDS.finditer(text, start, end), count)]


def coordinated(gap: str) -> bool:
    """Whether ``gap`` (the text between two actor units) joins them in one group."""
    if _SENTENCE_PUNCT.search(gap):
        return False
    tokens = words(gap.replace("(", " ").replace(")", " "))
    if not tokens:
        return True  # "Arab Saudi (Saudi)", "Prancis Emmanuel Macron": names side by side
    c = cues()
    if tokens[0] != "," and tokens[0] not in c.coordinators:
        return False
    rest = [t for t in tokens if t != "," and t not in c.coordinators]
    return len(rest) <= _MAX_GROUP_GAP_WORDS and all(t in c.role_words or not _verb_like(t) for t in rest)


def _verb_like(word: str) -> bool:
    return word.startswith(("me", "di", "ber", "ter")) and len(word) > 5 and word not in cues().role_words


_ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{4,}")
_PREDICATE_COORDINATORS = frozenset({"dan", "serta"})
# Words of aspect or sequence between the coordinator and the verb ("dan kemudian menandatangani", "dan tengah
# bernegosiasi").
_SEQUENCE = frozenset({"lalu", "kemudian", "pun", "akhirnya", "segera", "tengah", "sedang", "masih", "pernah",
                       "sempat", "akan", "bahkan"})
# A pronoun between the two verbs opens a clause of its own ("... , dan saya sangat gembira serta menyambut").
_PRONOUNS = frozenset({"saya", "aku", "kami", "kita", "ia", "dia", "mereka", "beliau", "anda", "pihaknya"})
_PREDICATE_REACH = 160  # how far back the verb a coordinated predicate shares its subject with may stand


def coordinated_predicate(text: str, trigger: int, floor: int) -> int | None:
    """Where the earlier verb stands whose subject a verb joined to it by "dan" or a comma shares.

    "Iran menyerang Israel, dan secara efektif menutup Selat Hormuz": "menutup" is Iran's act, not that
    of the object right before it; "Lee menjamu Trump dalam kunjungan singkat, memuji ...": Lee praises.
    None unless the trigger is an active verb with a coordinator or a comma right before it (adverbs
    aside) and an active verb before that, with no pronoun opening a clause of its own in between.
    """
    if not _ACTIVE_VERB.match(text, trigger):
        return None
    start = max(floor, trigger - _PREDICATE_REACH)
    found = [(m.start(), m.group().casefold()) for m in _WORDS.finditer(text, start, trigger)]
    adverbs = cues().adverbs
    while found and (found[-1][1] in adverbs or found[-1][1] in _SEQUENCE or _after_secara(found)):
        found.pop()
    joined = False
    for joiner in (_PREDICATE_COORDINATORS, frozenset({","})):
        if found and found[-1][1] in joiner:
            found.pop()
            joined = True
    return _earlier_verb(found) if joined else None


def _earlier_verb(found: list[tuple[int, str]]) -> int | None:
    roles = cues().role_words
    verbs = [i for i, (_, word) in enumerate(found) if _ACTIVE_VERB.fullmatch(word) and word not in roles]
    if not verbs or any(word in _PRONOUNS for _, word in found[verbs[-1] :]):
        return None
    return found[verbs[-1]][0]


def _after_secara(found: list[tuple[int, str]]) -> bool:
    """"secara efektif", "secara resmi": the word after "secara" is an adverb too."""
    return len(found) >= 2 and found[-2][1] == "secara"


def barrier_between(text: str, start: int, end: int) -> bool:
    return cues().barriers.search(text, start, end) is not None


def reporting_between(text: str, start: int, end: int) -> bool:
    return any(w in cues().reporting for w in words(text[start:end]))


def preceding_word(text: str, position: int) -> str:
    before = _words_of(text[max(0, position - 40) : position])  # read only: no copy
    return before[-1] if before else ""


def group(units: Sequence[Unit], index: int, text: str, step: int) -> list[Unit]:
    """The coordinated run of units starting at ``units[index]``, extended leftwards (step -1) or rightwards."""
    found = [units[index]]
    j = index + step
    while 0 <= j < len(units):
        left, right = (units[j], found[-1]) if step < 0 else (found[-1], units[j])
        gap = text[left.span.end : right.span.start]
        if not coordinated(gap):
            break
        if not gap.strip(" ()") and not set(left.actors) & set(right.actors):
            break  # "utusan khusus PBB untuk Myanmar Noeleen Heyzer": a portfolio beside a name, not a pair
        found.append(units[j])
        j += step
    return found if step > 0 else found[::-1]


def is_state(actor: str) -> bool:
    """ISO 3166 alpha-3 codes are states; intergovernmental bodies have short names (UN, G7, NATO, ASEAN)."""
    return len(actor) == 3 and actor.isalpha() and actor.isupper()


def actors_of(found: Sequence[Unit]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for unit in found for a in unit.actors))


@cache
def armed_groups() -> Mapping[str, str]:
    """Canonical name -> the country code an armed group's acts are coded with
    (``resources/events/armed_groups.tsv``)."""
    lines = [line for line in read_text("events", "armed_groups.tsv").splitlines() if line and line[0] != "#"]
    return {row[0]: row[1] for row in (line.split("\t") for line in lines[1:])}


def event_actor(entity: Entity) -> str | None:
    """The code an entity takes part in events with: its actor, or an armed group's country."""
    return entity.actor or armed_groups().get(entity.name)


def mention_units(analysis: Analysis, actors: Sequence[str | None] | None = None) -> list[Unit]:
    """``actors``, the :func:`event_actor` of each of the article's entities when the caller has them already."""
    actors = [event_actor(e) for e in analysis.entities] if actors is None else actors
    actor_of = {e.id: actor for e, actor in zip(analysis.entities, actors, strict=True)}
    # A state named only as the scene ("bertemu di Jenewa, Swiss") does nothing in the event.
    out = [
        Unit(m.span, (actor,), m.entity_id, person=m.type == "PER")
        for m in analysis.mentions
        if (actor := actor_of.get(m.entity_id)) is not None and m.role != PLACE
    ]
    return sorted(out, key=lambda u: (u.span.start, -u.span.end))


def place_units(analysis: Analysis, actors: Sequence[str | None] | None = None) -> tuple[Unit, ...]:
    """Mentions of places (a LOC entity, or any name used as the scene) whose entity has an actor,
    or that lie in a state ("Jalur Gaza", "Oblast Kursk": what is struck there hits that state).

    ``actors``, the :func:`event_actor` of each of the article's entities when the caller has them already.
    """
    kinds = {e.id: e.type for e in analysis.entities}
    actors = [event_actor(e) for e in analysis.entities] if actors is None else actors
    regions = region_states()
    actor_of = {e.id: actor or regions.get(e.name) for e, actor in zip(analysis.entities, actors, strict=True)}
    out = [
        Unit(m.span, (actor,), m.entity_id)
        for m in analysis.mentions
        if (actor := actor_of.get(m.entity_id)) is not None and (m.role == PLACE or kinds.get(m.entity_id) == "LOC")
    ]
    return tuple(sorted(out, key=lambda u: u.span.start))


def _dedupe_nested(units: list[Unit]) -> list[Unit]:
    """Drop units lying inside another (a title mention inside a longer one)."""
    kept: list[Unit] = []
    for unit in units:
        if kept and kept[-1].span.contains(unit.span):
            continue
        kept.append(unit)
    return kept


_POST = re.compile(r"\s+untuk\s+")
_POST_AGAIN = re.compile(r"\s*\(\s*")  # "untuk Perserikatan Bangsa-Bangsa (PBB)": the post named twice


@cache
def envoy_firsts() -> frozenset[str]:
    """The words an envoy's title can start with (case-folded)."""
    return frozenset(cues().title_words)


def _posts(units: list[Unit], text: str, title_starts: Sequence[int] | None = None) -> list[Unit]:
    """Drop the post of an envoy: "Duta Besar Kamboja untuk PBB" acts for Cambodia; the UN is only where he serves.

    ``title_starts``, the offsets of the words an envoy's title can start with (:func:`envoy_firsts`, see
    :meth:`TextWords.starting`), when the caller has them: the title is then searched for only before a unit
    with such a word in reach, not before every unit.
    """
    kept: list[Unit] = []
    sender: Unit | None = None  # a unit right after an envoy's title
    post: Unit | None = None  # the post just dropped
    for unit in units:
        if sender is not None and _POST.fullmatch(text, sender.span.end, unit.span.start):
            sender, post = None, unit
            continue
        if post is not None and _POST_AGAIN.fullmatch(text, post.span.end, unit.span.start):
            post = unit
            continue
        post = None
        reach = max(0, unit.span.start - 60)
        titled = title_starts is None or _any_between(title_starts, reach, unit.span.start)
        sender = unit if titled and cues().titles.search(text, reach, unit.span.start) else None
        kept.append(unit)
    return kept


def _any_between(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether one of ``starts`` (in order) lies in ``[start, end)``."""
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def sentence_spans(analysis: Analysis) -> tuple[Span, ...]:
    """The spans of the article's sentences; the whole text as one when it has none."""
    return tuple(s.span for s in analysis.sentences) or (Span(0, len(analysis.text)),)


def context(
    analysis: Analysis,
    words: TextWords | None = None,
    sentences: tuple[Span, ...] | None = None,
    read: Sequence[Span] | None = None,
) -> Context:
    """Actor units of ``analysis``: its mentions, then its anaphors resolved against them.

    ``words`` and ``sentences``, its :func:`text_words` and :func:`sentence_spans` when the caller
    has read them already. ``read``, the only sentences (in order) whose units the caller reads: anaphors
    elsewhere are not resolved (each is resolved against the mentions and titles alone, never another
    anaphor, so the others resolve the same), when sentences are ordered and disjoint.
    """
    from warta.annotate.event_background import venue_bodies  # cycle: it reads units

    sentences = sentence_spans(analysis) if sentences is None else sentences
    actors = [event_actor(e) for e in analysis.entities]  # read once for the names, mentions and places
    names = {e.name: actor for e, actor in zip(analysis.entities, actors, strict=True) if actor}
    from warta.annotate.event_anaphora import resolve_anaphors  # cycle: anaphora needs Context
    from warta.annotate.event_titles import title_units  # cycle: titles need Context

    words, starts = text_words(analysis.text) if words is None else words, _ordered_starts(sentences)
    # the words an anaphor, a title, a barrier or an envoy's title can start with, found in one pass over the
    # article's words
    barriers = barrier_words()
    anaphor_starts, title_starts, barrier_starts, envoy_starts = words.starting_each(*unit_firsts())
    mentions = _posts(_dedupe_nested(mention_units(analysis, actors)), analysis.text, envoy_starts)
    found = venue_bodies(analysis.text, mentions)
    base = Context(analysis.text, tuple(found), sentences, analysis.quotes, names, (), words, starts)
    titles = list(title_units(analysis, base, title_starts))
    # "Menlu juga ... . Ia ...": a pronoun continues the title's holder; a bare "pemerintah" is too often a
    # domestic body ("warga kecewa setelah pemerintah ... . Mereka ...") to be pointed back to
    people = sorted([*found, *(u for u in titles if u.anaphor == "title")], key=lambda u: (u.span.start, -u.span.end))
    # the constructor, not dataclasses.replace: several times cheaper
    base = Context(base.text, tuple(people), sentences, analysis.quotes, names, (), words, starts)
    governments = (u for u in titles if u.anaphor != "title")
    if read is not None and starts:
        anaphor_starts = _inside_spans(anaphor_starts, read)
    anaphors = resolve_anaphors(base, anaphor_starts)
    units = sorted([*base.units, *governments, *anaphors], key=lambda u: (u.span.start, -u.span.end))
    kept, barrier_at = tuple(_dedupe_nested(units)), tuple(barrier_starts) if barriers is not None else None
    places = place_units(analysis, actors)
    return Context(base.text, kept, sentences, analysis.quotes, names, places, words, starts, barrier_at)


def _inside_spans(positions: list[int], spans: Sequence[Span]) -> list[int]:
    """The ``positions`` (ascending) lying in one of ``spans`` (ordered, disjoint)."""
    ends = [s.end for s in spans]
    kept = []
    for position in positions:
        at = bisect_right(ends, position)  # the first span ending after it
        if at < len(spans) and spans[at].start <= position:
            kept.append(position)
    return kept


def unit_firsts() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words an anaphor, a bare title, a clause barrier and an envoy's title can start with (case-folded):
    :func:`context` reads where each stands (an empty set for barriers searched by regex alone)."""
    from warta.annotate.event_anaphora import anaphor_firsts  # cycle: anaphora needs Context
    from warta.annotate.event_titles import title_firsts  # cycle: titles need Context

    return anaphor_firsts(), title_firsts(), barrier_words() or frozenset(), envoy_firsts()


def _ordered_starts(sentences: Sequence[Span]) -> tuple[int, ...]:
    """The sentence starts, or () when sentences overlap or are out of order (then searched one by one)."""
    if any(a.end > b.start or a.start > a.end for a, b in pairwise(sentences)):
        return ()
    return tuple(s.start for s in sentences)
