"""The clause around a trigger, and the coordinated groups standing as its subject, object or agent.

Found by position in the clean text: a clause is its sentence cut at the nearest barrier words
(connectives, attributions, a fronted phrase); a subject is the nearest group left of the trigger
in it, an object or agent the first fitting group after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.annotate.event_args import (
    Context,
    Unit,
    coordinated_predicate,
    group,
    preceding_word,
    reporting_between,
    words,
)
from warta.annotate.event_cues import cue_sections, cues
from warta.annotate.event_lexicon import may_contain, may_cut_word
from warta.annotate.phrases import occurrences
from warta.types import Span

_OBJECT_WORDS = 14


def clause_of(ctx: Context, span: Span) -> Span:
    """The clause around ``span``: its sentence cut at the nearest barrier words on either side."""
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    start, end = sentence.start, sentence.end
    attributions, fronted = _openers(ctx.text, sentence.start, sentence.end)
    barriers = barriers_in(ctx, sentence.start, sentence.end)
    for attribution in attributions:
        if attribution <= span.start:
            start = attribution
    if fronted is not None and fronted <= span.start:
        start = max(start, fronted)
    elif fronted is not None and span.end < fronted:
        # "Terkait operasi militer Israel, Kemlu Singapura mendesak ...": the fronted phrase is a clause of its
        # own, closed by its comma; no name after that comma is part of a group inside it
        end = fronted - 1
    # The sentence's barriers from [start, end): what ``barriers.finditer(text, start, end)`` finds, as
    # both bounds are the sentence's own or a comma, which no barrier spans.
    for barrier_start, barrier_end in barriers:
        if barrier_start < start:
            continue
        if barrier_end > end:
            break
        if barrier_end <= span.start:
            start = barrier_end
        elif barrier_start >= span.end:
            end = barrier_start
            break
    return Span(start, max(end, span.end))


@lru_cache(maxsize=16)
def _openers(text: str, start: int, end: int) -> tuple[tuple[int, ...], int | None]:
    """Where attributions (", kata X,") and a fronted phrase end in the sentence ``text[start:end]``.

    The same for every trigger of the sentence: remembered for the sentence at hand.
    """
    attributions = tuple(start + end for _, end in _attributions(text[start:end]))
    fronted = cues().fronted.match(text, start, end)
    return attributions, fronted.end() if fronted else None


def _attributions(sentence: str) -> list[tuple[int, int]]:
    """The spans of ``cues().attribution.finditer(sentence)``, the pattern tried only where it can start.

    It opens with the start of the text or a comma: tried there alone, not at every character.
    """
    pattern = cues().attribution
    found: list[tuple[int, int]] = []
    resume = 0  # like finditer, a match starts at or after the end of the one before
    for at in (0, *occurrences(sentence, ",")):
        match = pattern.match(sentence, at) if at >= resume else None
        if match is not None:
            found.append(match.span())
            resume = match.end()
    return found


def barriers_in(ctx: Context, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``cues().barriers.finditer(ctx.text, start, end)``, the pattern tried only at a
    semicolon or where a barrier word stands (``ctx.barrier_starts``).

    A pattern that opens with a look-behind is tried at every character: this scan of each
    sentence with a trigger was the costliest line of clause finding.
    """
    text, pattern, listed = ctx.text, cues().barriers, ctx.barrier_starts
    if listed is None or may_cut_word(text, end):
        # a word cut at ``end`` may end a barrier there (the regex sees no character after it)
        return tuple(m.span() for m in pattern.finditer(text, start, end))
    words = listed[bisect_left(listed, start) : bisect_left(listed, end)]
    found: list[tuple[int, int]] = []
    resume = start  # like finditer, a match starts at or after the end of the one before
    for at in sorted((*words, *occurrences(text, ";", start, end))):
        match = pattern.match(text, at, end) if at >= resume else None
        if match is not None:
            found.append(match.span())
            resume = match.end()
    return tuple(found)


def left_units(ctx: Context, position: int, floor: int) -> list[tuple[int, Unit]]:
    return [(i, u) for i, u in enumerate(ctx.units) if floor <= u.span.start and u.span.end <= position][::-1]


def right_units(ctx: Context, position: int, ceiling: int) -> list[tuple[int, Unit]]:
    return [(i, u) for i, u in enumerate(ctx.units) if position <= u.span.start and u.span.end <= ceiling]


# A non-restrictive relative clause set off by commas ("Filipina, yang ... dengan kapal China,
# meminta ..."): the names inside it describe the subject, they do not act.
_RELATIVE = re.compile(r",\s+yang\s[^,.;]*,")


def _in_relative_clause(text: str, unit: Unit, start: int, end: int) -> bool:
    return any(m.start() < unit.span.start and unit.span.end < m.end() for m in _RELATIVE.finditer(text, start, end))


def subject(ctx: Context, trigger: Span, clause: Span, across_reporting: bool = False) -> list[Unit]:
    """The coordinated group acting as subject: the nearest group left of ``trigger`` in its
    clause, passing over names inside a relative clause set off by commas; for a verb joined to an
    earlier one ("menyerang Israel dan menutup ..."), the earlier verb's subject."""
    sentence = ctx.sentences[ctx.sentence_of(trigger.start)]
    earlier = coordinated_predicate(ctx.text, trigger.start, sentence.start)
    if earlier is not None:
        verb = Span(earlier, earlier)
        return subject(ctx, verb, clause_of(ctx, verb), across_reporting)
    c = cues()
    for index, unit in left_units(ctx, trigger.start, clause.start):
        if not across_reporting and reporting_between(ctx.text, unit.span.end, trigger.start):
            return []
        if _in_relative_clause(ctx.text, unit, clause.start, trigger.start):
            continue
        word = preceding_word(ctx.text, unit.span.start)
        if word in c.target_preps or word in c.locative or word in c.agent_preps:
            continue
        # "Menanggapi serangan X, Kemlu Y ...": a name before the clause is never part of its subject
        return [u for u in group(ctx.units, index, ctx.text, -1) if u.span.start >= clause.start]
    return []


def object_after(
    ctx: Context, start: int, clause: Span, prep_only: bool, exclude: tuple[str, ...], comma_ends: bool = False
) -> list[Unit]:
    c = cues()
    examples = _examples(ctx, start, clause) if not prep_only else []
    if examples:
        return examples
    skipped_to = start  # the end of a group that names a topic or a relative clause's agent
    for index, unit in right_units(ctx, start, clause.end):
        gap = words(ctx.text[start : unit.span.start])
        if len(gap) > _OBJECT_WORDS or (comma_ends and "," in gap):
            return []
        if unit.span.start < skipped_to:
            continue
        if _not_an_object(ctx.text, unit):
            skipped_to = group(ctx.units, index, ctx.text, 1)[-1].span.end
            continue
        word = preceding_word(ctx.text, unit.span.start)
        # "bertemu dengan mitranya dari Vietnam": the preposition may stand a few words back
        if word == "di" or word in c.transit or (
            prep_only and not c.target_preps.intersection(words(ctx.text[start : unit.span.start]))
        ):
            continue
        if unit.anaphor and set(unit.actors) <= set(exclude):
            continue
        return [u for u in group(ctx.units, index, ctx.text, 1) if u.span.end <= clause.end]
    return []


def _examples(ctx: Context, start: int, clause: Span) -> list[Unit]:
    """"menyerang negara-negara yang membela X, seperti A, B, dan C": the group after the examples' introducer."""
    if not _may_name_examples(ctx, start, clause.end):
        return []
    found = object_cues().examples.search(ctx.text, start, clause.end)
    if found is None or len(words(ctx.text[start : found.end()])) > _OBJECT_WORDS:
        return []
    if any(start <= u.span.start < found.start() for u in ctx.units):
        return []  # an object named before the plural head
    first = next((i for i, u in enumerate(ctx.units) if found.end() <= u.span.start < clause.end), None)
    if first is None or ctx.text[found.end() : ctx.units[first].span.start].strip():
        return []
    return group(ctx.units, first, ctx.text, 1)


def _may_name_examples(ctx: Context, start: int, end: int) -> bool:
    """False only when no plural head of :attr:`ObjectCues.examples` stands in ``text[start:end]``.

    That search is tried at every character of the clause; a few substring tests on the article's
    casefold, in C, rule most clauses out first.
    """
    folded = ctx.words.casefolded if ctx.words is not None else None
    if folded is None or len(folded) != len(ctx.text):
        return True
    return may_contain(ctx.text[start:end], object_cues().example_heads, folded[start:end])


def _not_an_object(text: str, unit: Unit) -> bool:
    """A name that is a topic ("terkait Taiwan") or the backer in a relative clause ("kelompok yang didukung X").

    Neither is what the verb acts on: talks "terkait X" are about X, not with it, and "yang
    didukung (oleh) X" only describes the object by who backs it (an organiser, "konferensi
    yang diselenggarakan oleh X", is a party, so only backing verbs count).
    """
    before = words(text[max(0, unit.span.start - 40) : unit.span.start])[-3:]
    if before and before[-1] in object_cues().topics:
        return True
    if before and before[-1] in cues().agent_preps:
        before = before[:-1]
    return len(before) >= 2 and before[-2] == "yang" and before[-1] in object_cues().backers


@dataclass(frozen=True, slots=True)
class ObjectCues:
    topics: frozenset[str]
    backers: frozenset[str]  # "yang didukung X": verbs of a relative clause naming who backs the object
    stance: re.Pattern[str]  # the words between a subject and a partner sharing its stance
    stance_link: re.Pattern[str]  # the words between that partner and the verb
    undergone: frozenset[str]  # "X menjadi sasaran serangan Y": the subject undergoes the noun's act
    examples: re.Pattern[str]  # "negara-negara yang membela X, seperti A dan B": a plural object, then its examples
    example_heads: tuple[str, ...]  # the first word of each plural object, case-folded: one stands in every example


@cache
def object_cues() -> ObjectCues:
    section = cue_sections()["arguments"]
    stance = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in section["stance"])
    adverbs = "|".join(map(re.escape, section["adverbs"]))
    links = "|".join(map(re.escape, section["stance_links"]))
    return ObjectCues(
        frozenset(section["topic_preps"]),
        frozenset(section["backer_verbs"]),
        re.compile(rf"\s*(?:(?:{adverbs})\s+)*(?:{stance})\s+dengan\s+", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:(?:{links})\s+)*", re.IGNORECASE),
        frozenset(section["undergone"]),
        _examples_pattern(section["plural_objects"], section["examples"]),
        tuple(sorted({head.split()[0].casefold() for head in section["plural_objects"]})),
    )


def _examples_pattern(heads: list[str], introducers: list[str]) -> re.Pattern[str]:
    def alternatives(items: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))

    return re.compile(
        rf"\s*(?:{alternatives(heads)})(?![\w-])[^.;:]*?,?\s*(?:{alternatives(introducers)})\s+", re.IGNORECASE
    )


def agent_after(ctx: Context, start: int, clause: Span, limit: int) -> tuple[list[Unit], int]:
    """A unit right after ``start`` (optionally after "oleh"/"dari"), within ``limit`` words."""
    c = cues()
    for index, unit in right_units(ctx, start, clause.end):
        gap = words(ctx.text[start : unit.span.start])
        agent_at = next((i for i, w in enumerate(gap[:3]) if w in c.agent_preps), None)
        if agent_at is not None:
            gap = gap[:agent_at] + gap[agent_at + 1 :]
        if len(gap) > limit or any(w in c.target_preps or w in c.locative or w == "," for w in gap):
            return [], start
        run = [u for u in group(ctx.units, index, ctx.text, 1) if u.span.end <= clause.end]
        return run, run[-1].span.end
    return [], start


__all__ = ["ObjectCues", "agent_after", "clause_of", "left_units", "object_after", "object_cues", "right_units",
           "subject"]
