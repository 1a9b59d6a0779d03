"""Pronouns and plural noun phrases that stand for actors named elsewhere.

- "ia", "dia" opening a sentence: the person who is the previous sentence's subject (or speaker), even
  when another is named after it ("Jubir X angkat bicara soal ancaman Y. Ia ..." is X); else the latest
  person (or quote speaker) named before.
- "Kami" in a quotation: the quotation's speaker; for a joint statement, every signer.
- "mereka", "keduanya": the latest group named before, in the same or the previous sentence.
- "kedua belah pihak": that group, else the two sides of the latest conflict named ("perang A-B", "A memulai
  perang dengan B"), never the one who reports it.
- "kedua negara", "ketiga menteri": the last two or three distinct actors named before.
- "negara-negara tersebut": the largest group named nearby, the next sentence included (signers
  are often listed right after the statement is reported); "ketujuh negara itu", "ketiga
  negara": the nearest list of that many, else (for a numbered coalition) the bloc named last.
- "negara komunis tersebut": the latest state named.
- "AS dan sekutunya": the other members of the largest list naming the US in the article.
- "ia", "dia": the latest person named, else the latest actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from warta.annotate.event_args import (
    Context,
    Unit,
    actors_of,
    first_words,
    group,
    is_state,
    preceding_word,
    reporting_between,
)
from warta.annotate.event_cues import cue_sections, cues
from warta.annotate.event_wars import war_sides, war_with
from warta.types import Span

_NEARBY_BEFORE = 4  # sentences searched back for a coalition or a joint statement's signers
_NEARBY_AFTER = 1
_SIDES_BACK = 12  # sentences searched back for the conflict whose sides "kedua belah pihak" names
_SUBJECT_CHAIN = 3  # sentences opening with "ia"/"dia" passed over to reach the subject they continue
_OPENING_WORDS = 4  # "Kapal penjaga pantai China": words before a sentence's subject
_MIN_ALLIES = 2  # "AS dan sekutunya" points at a list of three or more that names the US
_JOINT = "joint statement of "  # how the quote stage names a joint statement's speaker


def resolve_anaphors(ctx: Context, starts: Sequence[int] | None = None) -> Iterator[Unit]:
    """A unit for every anaphor of ``ctx`` that points back to actors; ``starts``, the offsets of the words
    an anaphor can start with (:func:`anaphor_firsts`) when the caller has them already."""
    for match in _anaphor_matches(ctx, starts):
        span = Span(match.start(), match.end())
        kind, actors = _resolve(ctx, span, match.lastgroup or "named", match.group().casefold())
        if actors:
            yield Unit(span, actors, None, kind)


def anaphor_firsts() -> frozenset[str]:
    """The words an anaphor can start with (case-folded)."""
    return cues().anaphor_words


def _anaphor_matches(ctx: Context, starts: Sequence[int] | None = None) -> Iterator[re.Match[str]]:
    """``cues().anaphor.finditer(ctx.text)``, tried only where a word an anaphor can start with stands.

    A case-insensitive regex tried at every character was the costliest step of event coding;
    looking the words up costs a set probe each.
    """
    pattern = cues().anaphor
    if ctx.words is None:
        yield from pattern.finditer(ctx.text)
        return
    position = 0  # like finditer, matches do not overlap
    for start in ctx.words.starting(anaphor_firsts()) if starts is None else starts:
        match = pattern.match(ctx.text, start) if start >= position else None
        if match is not None:
            position = match.end()
            yield match


def _resolve(ctx: Context, span: Span, group_name: str, surface: str) -> tuple[str, tuple[str, ...]]:
    c = cues()
    first = surface.split()[0]
    if " ".join(surface.split()) in _side_words():  # before "kedua" is read as a count: sides, not any two
        return "plural", _sides(ctx, span)
    if group_name == "coalition":
        number = c.numbers.get(first.removeprefix("ke")) if first not in c.numbers else c.numbers[first]
        return "coalition", _numbered_group(ctx, span, number) if number else _largest_group(ctx, span)
    if group_name == "counted":
        count = c.counted.get(first, 2)
        # "ketiga negara": a list of three named nearby; two are most often simply the last two named
        found = _exact_group(ctx, span, count) if count > 2 else _war_pair(ctx, span)
        if not found and _names_states(surface):  # "kedua negara": states, never a bloc named in between
            found = _state_pair(ctx, span, count) or _last_distinct(ctx, span.start, count, states_only=True)
        return "counted", found or _last_distinct(ctx, span.start, count)
    if group_name == "state":
        return "state", _last_state(ctx, span)
    words = " ".join(surface.split())
    if words in c.singular:
        found = _previous_subject(ctx, span) or _last_person(ctx, span.start)
        return "singular", found or _last_distinct(ctx, span.start, 1)
    if words in c.first_person:
        return "first_person", _speaker_actors(ctx, span)
    if words in c.plural:
        found = _latest_group(ctx, span)
        if words.startswith("kedua") and len(found) < 2:
            # "keduanya" is two, even when not named side by side; after a war, its two sides
            found = _war_pair(ctx, span) or _last_distinct(ctx, span.start, 2)
        return "plural", found
    if words in c.allies:
        return "allies", _allies(ctx, span)
    if words in c.members:
        return "coalition", _last_body(ctx, span) or _largest_group(ctx, span)
    return "coalition", _largest_group(ctx, span)


def _last_body(ctx: Context, span: Span) -> tuple[str, ...]:
    """"negara-negara anggota": the body (no state) named last before ``span`` in the article."""
    bodies = [a for u in _before(ctx, span.start) for a in u.actors if not is_state(a)]
    return (bodies[-1],) if bodies else ()


def _nearby_groups(ctx: Context, span: Span) -> list[list[Unit]]:
    """Groups in the sentences around ``span``: four before, and the next one (signers are often listed after).

    Units after ``span`` in its own sentence are its objects, not what it points back to.
    """
    here = ctx.sentence_of(span.start)
    lo = ctx.sentences[max(0, here - _NEARBY_BEFORE)].start
    hi = ctx.sentences[min(len(ctx.sentences) - 1, here + _NEARBY_AFTER)].end
    own_end = ctx.sentences[here].end
    candidates = [
        u for u in ctx.units
        if lo <= u.span.start and u.span.end <= hi and not u.span.overlaps(span)
        and not (span.end <= u.span.start < own_end)
    ]  # fmt: skip
    return _groups(candidates, ctx.text)


def _exact_group(ctx: Context, span: Span, count: int) -> tuple[str, ...]:
    """The nearest group of exactly ``count`` actors around ``span``."""
    exact = [g for g in _nearby_groups(ctx, span) if len(actors_of(g)) == count]
    best = min(exact, key=lambda g: abs(g[0].span.start - span.start), default=[])
    return actors_of(best)


def _numbered_group(ctx: Context, span: Span, count: int) -> tuple[str, ...]:
    """"tujuh negara industri tersebut": a list of that many, else the bloc named last (G7)."""
    found = _exact_group(ctx, span, count)
    if found:
        return found
    floor = ctx.sentences[max(0, ctx.sentence_of(span.start) - _NEARBY_BEFORE)].start
    blocs = [a for u in _before(ctx, span.start) if u.span.start >= floor for a in u.actors if not is_state(a)]
    return (blocs[-1],) if blocs else ()


def _last_state(ctx: Context, span: Span) -> tuple[str, ...]:
    """"negara komunis tersebut": the latest state named in this or the two sentences before."""
    if preceding_word(ctx.text, span.start) in cues().state_plural_before:
        return ()
    here = ctx.sentence_of(span.start)
    if here > 0 and not ctx.text[ctx.sentences[here].start : span.start].strip():
        # opening its sentence, it is the subject of the one before, as its subject usually is
        before = _opening_state(ctx, ctx.sentences[here - 1])
        if before:
            return before
    floor = ctx.sentences[max(0, ctx.sentence_of(span.start) - 2)].start
    own = _clause_subject(ctx, span)  # "X memperbarui serangannya di selatan negara itu": never X itself
    states = [
        a for u in _before(ctx, span.start) if u.span.start >= floor for a in u.actors if is_state(a) and a not in own
    ]
    return (states[-1],) if states else ()


def _clause_subject(ctx: Context, span: Span) -> tuple[str, ...]:
    """The actors opening the clause of ``span`` (after its last connective), which a state would call "-nya"."""
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    starts = [m.end() for m in cues().barriers.finditer(ctx.text, sentence.start, span.start)]
    start = starts[-1] if starts else sentence.start
    for unit in ctx.units:
        if start <= unit.span.start < span.start:
            return unit.actors if len(ctx.text[start : unit.span.start].split()) <= _OPENING_WORDS else ()
    return ()


def _opening_state(ctx: Context, sentence: Span) -> tuple[str, ...]:
    """The state opening ``sentence`` as its subject ("Kapal penjaga pantai China kembali ...")."""
    for unit in ctx.units:
        if sentence.start <= unit.span.start < sentence.end:
            opening = ctx.text[sentence.start : unit.span.start].split()
            states = [a for a in unit.actors if is_state(a)]
            return (states[0],) if states and len(opening) <= _OPENING_WORDS else ()
    return ()


def _last_person(ctx: Context, position: int) -> tuple[str, ...]:
    """"ia", "dia": the latest person named in this or the two sentences before."""
    floor = ctx.sentences[max(0, ctx.sentence_of(position) - 2)].start
    people = [u for u in _before(ctx, position) if u.person and u.span.start >= floor]
    return people[-1].actors if people else ()


def _previous_subject(ctx: Context, span: Span) -> tuple[str, ...]:
    """"ia"/"dia" opening a sentence: the person opening the previous one as its subject or speaker.

    Indonesian news keeps the subject from sentence to sentence; a person named later in the
    previous sentence (an object, a possessor: "ancaman Y") is not who "ia" continues.
    Sentences that themselves open with "ia" are passed over to the subject they continue.
    """
    here = ctx.sentence_of(span.start)
    if not _opens(ctx, here, span.start):
        return ()
    for previous in range(here - 1, max(-1, here - 1 - _SUBJECT_CHAIN), -1):
        sentence = ctx.sentences[previous]
        start = clause_start(ctx, sentence)
        people = [u for u in ctx.units if start <= u.span.start < sentence.end and u.person]
        if people:
            return people[0].actors if subject_gap(ctx, start, people[0]) else ()
        if not _opens_with_pronoun(ctx, previous):
            return ()
    return ()


def clause_start(ctx: Context, sentence: Span) -> int:
    """Where the main clause of ``sentence`` starts: after a fronted phrase ("Usai bertemu X, ...") or attribution."""
    c = cues()
    for pattern in (c.fronted, c.attribution):
        match = pattern.match(ctx.text, sentence.start, sentence.end)
        if match is not None:
            return match.end()
    return sentence.start


def _opens(ctx: Context, index: int, position: int) -> bool:
    limit = _opening_limit()
    return len(first_words(ctx.text, ctx.sentences[index].start, position, limit + 1)) <= limit


def _opens_with_pronoun(ctx: Context, index: int) -> bool:
    sentence = ctx.sentences[index]
    opening = first_words(ctx.text, sentence.start, sentence.end, _opening_limit() + 1)
    return any(w in cues().singular for w in opening)


def subject_gap(ctx: Context, start: int, unit: Unit) -> bool:
    """Whether nothing but a title, an attribution or a quotation stands before ``unit``: no verb it is the object of.

    Verbs are told by their lowercase prefixed form, so a capitalised title ("Menteri") never counts.
    """
    gap = ctx.text[start : unit.span.start]
    for quote in ctx.quotes:  # '"...," kata X': what the speaker says is not the sentence's own verb
        if quote.direct and start <= quote.span.start and quote.span.end <= unit.span.start:
            gap = gap.replace(ctx.text[quote.span.start : quote.span.end], " ")
    return not any(_verb(w) for w in _CASED_WORDS.findall(gap))


def _verb(word: str) -> bool:
    c = cues()
    lowered = word.casefold()
    if word[0].islower() and (lowered in c.target_preps or lowered in c.agent_preps):
        return True  # "... kepada Y", "... oleh Y": Y is no subject
    prefixed = word[0].islower() and lowered.startswith(("me", "di", "ber")) and len(word) > _SHORTEST_VERB
    return prefixed and lowered not in c.reporting and lowered not in c.role_words


_SHORTEST_VERB = 5  # "dilansir", "memuji": shorter words with these openings are seldom verbs ("dia", "meja")
_CASED_WORDS = re.compile(r"[^\W_]+")


def _sides(ctx: Context, span: Span) -> tuple[str, ...]:
    """"kedua belah pihak": a pair just named, else the sides of the latest conflict; never the reporter."""
    reporter = _reporter(ctx, span)
    found = _latest_group(ctx, span)
    if len(found) > 1 and not set(found) & reporter:
        return found
    here = ctx.sentence_of(span.start)
    for sentence in reversed(ctx.sentences[max(0, here - _SIDES_BACK) : here + 1]):
        sides = [(a, b) for t, a, b in (*war_sides(ctx, sentence), *war_with(ctx, sentence)) if t.end <= span.start]
        if sides:
            return actors_of(sorted(sides, key=lambda s: s[0].span.start)[-1])
    return _last_distinct(ctx, span.start, 2, exclude=reporter)


def _reporter(ctx: Context, span: Span) -> set[str]:
    """Actors in ``span``'s sentence before a reporting verb that governs it ("X mengumumkan bahwa ...")."""
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    return {
        a for u in ctx.units if sentence.start <= u.span.start and u.span.end <= span.start
        and reporting_between(ctx.text, u.span.end, span.start) for a in u.actors
    }  # fmt: skip


def _allies(ctx: Context, span: Span) -> tuple[str, ...]:
    """"AS dan sekutunya": the others of the largest list in the article naming the state before it.

    Only a list of three or more counts: two names side by side are as often rivals as allies.
    """
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    owner = [u for u in _before(ctx, span.start) if u.span.start >= sentence.start and not u.anaphor]
    if not owner:
        return ()
    actor = owner[-1].actors[0]
    lists = [g for g in _groups([u for u in ctx.units if not u.anaphor], ctx.text) if actor in actors_of(g)]
    best = max(lists, key=lambda g: len(actors_of(g)), default=[])
    others = tuple(a for a in actors_of(best) if a != actor)
    return others if len(others) >= _MIN_ALLIES else ()


def _war_pair(ctx: Context, span: Span) -> tuple[str, ...]:
    """"perang A-B ... kedua belah pihak": both sides of the latest war named in the last few sentences."""
    here = ctx.sentence_of(span.start)
    for sentence in reversed(ctx.sentences[max(0, here - _NEARBY_BEFORE) : here + 1]):
        sides = [(a, b) for t, a, b in war_sides(ctx, sentence) if t.end <= span.start]
        if sides:
            return actors_of(sides[-1])
    return ()


def _before(ctx: Context, position: int) -> list[Unit]:
    return [u for u in ctx.units if u.span.end <= position]


def _names_states(surface: str) -> bool:
    """Whether a counted anaphor's head says its members are states ("kedua negara", not "kedua menteri")."""
    words = surface.split()
    return len(words) > 1 and words[1] in _state_heads()


def _state_pair(ctx: Context, span: Span, count: int) -> tuple[str, ...]:
    """"kesepakatan Thailand-Kamboja ... sanksi bagi kedua negara": the latest list of that many states named together.

    The two sides of a relation ("antara A dan B", "A-B") come first, from the last few sentences;
    else a list in this sentence or the one before (further back, the last states named count instead).
    """
    here = ctx.sentence_of(span.start)
    floor, near = ctx.sentences[max(0, here - _NEARBY_BEFORE)].start, ctx.sentences[max(0, here - 1)].start
    before = [u for u in _before(ctx, span.start) if u.span.start >= floor and not u.anaphor]
    pairs = [g for g in _groups(before, ctx.text) if len(actors_of(g)) == count and all(map(is_state, actors_of(g)))]
    sides = [g for g in pairs if _two_sides(ctx.text, g)]
    nearby = [g for g in pairs if g[0].span.start >= near]
    return actors_of((sides or nearby)[-1]) if sides or nearby else ()


def _two_sides(text: str, pair: list[Unit]) -> bool:
    """"hubungan antara A dan B", "perang A-B": a pair named as the two sides of one relation.

    Such a pair is what "kedua negara" most often points back to, before a list of partners.
    """
    hyphen = len(pair) > 1 and text[pair[0].span.end : pair[1].span.start] == "-"
    return hyphen or preceding_word(text, pair[0].span.start) == "antara"


@cache
def _side_words() -> frozenset[str]:
    return frozenset(cue_sections()["anaphora"]["sides"])


@cache
def _opening_limit() -> int:
    return int(cue_sections()["anaphora"]["subject_opening_words"])


@cache
def _state_heads() -> frozenset[str]:
    return frozenset(cue_sections()["anaphora"]["counted_state_heads"])


def _last_distinct(
    ctx: Context, position: int, count: int, states_only: bool = False, exclude: set[str] | frozenset[str] = frozenset()
) -> tuple[str, ...]:
    first = ctx.sentence_of(position)
    floor = ctx.sentences[max(0, first - 2)].start
    seen: list[str] = []
    for unit in reversed(_before(ctx, position)):
        if unit.span.start < floor:
            break
        for actor in unit.actors:
            if actor not in seen and actor not in exclude and (is_state(actor) or not states_only):
                seen.append(actor)
        if len(seen) >= count:
            break
    return tuple(seen[:count]) if len(seen) >= count else ()


def _groups(units: Sequence[Unit], text: str) -> list[list[Unit]]:
    found: list[list[Unit]] = []
    index = 0
    while index < len(units):
        run = group(units, index, text, 1)
        found.append(run)
        index += len(run)
    return found


def _latest_group(ctx: Context, span: Span) -> tuple[str, ...]:
    here = ctx.sentence_of(span.start)
    floor = ctx.sentences[max(0, here - 1)].start
    candidates = [u for u in _before(ctx, span.start) if u.span.start >= floor]
    groups = _groups(candidates, ctx.text)
    plural = [g for g in groups if len(actors_of(g)) > 1]
    chosen = plural[-1] if plural else (groups[-1] if groups else [])
    return actors_of(chosen)


def _largest_group(ctx: Context, span: Span) -> tuple[str, ...]:
    # The largest group wins; among equals the nearest one.
    groups = _nearby_groups(ctx, span)
    best = max(groups, key=lambda g: (len(actors_of(g)), -abs(g[0].span.start - span.start)), default=[])
    if len(actors_of(best)) > 1:
        return actors_of(best)
    return _last_distinct(ctx, span.start, 1)


def _speaker_actors(ctx: Context, span: Span) -> tuple[str, ...]:
    quote = ctx.quote_at(span)
    if quote is None:
        return ()
    if quote.actor:
        return (quote.actor,)
    signers = _signers(ctx, quote.speaker or "")
    return signers or _largest_group(ctx, span)


def _signers(ctx: Context, speaker: str) -> tuple[str, ...]:
    """Actors of a joint statement's signers, from a speaker named "joint statement of A, B and C"."""
    if not speaker.startswith(_JOINT):
        return ()
    names = re.split(r",\s*|\s+and\s+", speaker[len(_JOINT) :])
    return tuple(dict.fromkeys(actor for name in names if (actor := ctx.actor_by_name.get(name.strip()))))
