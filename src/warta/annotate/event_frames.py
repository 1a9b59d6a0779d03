"""Source and target of one trigger, by voice and frame.

- active ("X mengecam Y"): source = the group left of the trigger in its clause, target = the
  first group after it (frame ``subj>obj``) or after a preposition (``subj>prep``);
- di-/ter- passive ("Y dikecam (oleh) X"): target left, source right;
- event noun ("kecaman X terhadap Y", "pertemuan antara X dan Y"): source right after the noun
  (or after "oleh"/"dari"), else the subject of a light verb ("X melakukan kunjungan ke Y");
- ``mutual`` frames (meetings, cooperation): every pair of the participants on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.annotate.event_args import (
    Context,
    Unit,
    actors_of,
    barrier_between,
    group,
    preceding_word,
    reporting_between,
    words,
)
from warta.annotate.event_cues import cues
from warta.annotate.event_lexicon import TriggerMatch
from warta.types import Span

_GENITIVE_WORDS = 4  # "kunjungan para menteri perdagangan mereka": words between a noun and its agent
_PASSIVE_AGENT_WORDS = 3  # "dibom jet tempur Israel"
_OBJECT_WORDS = 14


@dataclass(frozen=True, slots=True)
class Roles:
    sources: tuple[Unit, ...]
    targets: tuple[Unit, ...]
    mutual: bool = False


def clause_of(ctx: Context, span: Span) -> Span:
    """The clause around ``span``: its sentence cut at the nearest barrier words on either side."""
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    start, end = sentence.start, sentence.end
    for match in cues().attribution.finditer(ctx.text[sentence.start : sentence.end]):
        if sentence.start + match.end() <= span.start:
            start = sentence.start + match.end()
    for match in cues().barriers.finditer(ctx.text, start, sentence.end):
        if match.end() <= span.start:
            start = match.end()
        elif match.start() >= span.end:
            end = match.start()
            break
    return Span(start, max(end, span.end))


def _left_units(ctx: Context, position: int, floor: int) -> list[tuple[int, Unit]]:
    return [(i, u) for i, u in enumerate(ctx.units) if floor <= u.span.start and u.span.end <= position][::-1]


def _right_units(ctx: Context, position: int, ceiling: int) -> list[tuple[int, Unit]]:
    return [(i, u) for i, u in enumerate(ctx.units) if position <= u.span.start and u.span.end <= ceiling]


def subject(ctx: Context, trigger: Span, clause: Span, across_reporting: bool = False) -> list[Unit]:
    """The coordinated group acting as subject: the nearest group left of ``trigger`` in its clause."""
    c = cues()
    for index, unit in _left_units(ctx, trigger.start, clause.start):
        if not across_reporting and reporting_between(ctx.text, unit.span.end, trigger.start):
            return []
        word = preceding_word(ctx.text, unit.span.start)
        if word in c.target_preps or word in c.locative or word in c.agent_preps:
            continue
        return group(list(ctx.units), index, ctx.text, -1)
    return []


def _object(ctx: Context, start: int, clause: Span, prep_only: bool, exclude: tuple[str, ...]) -> list[Unit]:
    c = cues()
    for index, unit in _right_units(ctx, start, clause.end):
        if len(words(ctx.text[start : unit.span.start])) > _OBJECT_WORDS:
            return []
        word = preceding_word(ctx.text, unit.span.start)
        # "bertemu dengan mitranya dari Vietnam": the preposition may stand a few words back
        if word == "di" or (prep_only and not c.target_preps.intersection(words(ctx.text[start : unit.span.start]))):
            continue
        if unit.anaphor and set(unit.actors) <= set(exclude):
            continue
        return group(list(ctx.units), index, ctx.text, 1)
    return []


def _agent_after(ctx: Context, start: int, clause: Span, limit: int) -> tuple[list[Unit], int]:
    """A unit right after ``start`` (optionally after "oleh"/"dari"), within ``limit`` words."""
    c = cues()
    for index, unit in _right_units(ctx, start, clause.end):
        gap = words(ctx.text[start : unit.span.start])
        agent_at = next((i for i, w in enumerate(gap[:3]) if w in c.agent_preps), None)
        if agent_at is not None:
            gap = gap[:agent_at] + gap[agent_at + 1 :]
        if len(gap) > limit or any(w in c.target_preps or w in c.locative or w == "," for w in gap):
            return [], start
        run = group(list(ctx.units), index, ctx.text, 1)
        return run, run[-1].span.end
    return [], start


def roles(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    if match.voice == "passive":
        return _passive(ctx, match, clause)
    if match.voice == "noun":
        return _noun(ctx, match, clause)
    return _active(ctx, match, clause)


def _targets(ctx: Context, match: TriggerMatch, start: int, clause: Span, sources: list[Unit]) -> list[Unit]:
    frame = match.entry.frame
    if frame == "subj":
        return []
    prep_only = frame == "subj>prep" or (frame == "mutual" and match.voice == "noun")
    return _object(ctx, start, clause, prep_only, actors_of(sources))


def _active(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    sources = subject(ctx, match.span, clause)
    if not sources:
        sources = _reporter_subject(ctx, match, clause)
    targets = _targets(ctx, match, match.span.end, clause, sources)
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _reporter_subject(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"X menegaskan akan mengirim ...": with no subject of its own, a verb shares the reporter's."""
    between = words(ctx.text[clause.start : match.span.start])
    if between and any(w in cues().reporting for w in between[-4:]):
        return subject(ctx, match.span, clause, across_reporting=True)
    return []


def _passive(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    sources, _ = _agent_after(ctx, match.span.end, clause, _PASSIVE_AGENT_WORDS)
    targets = subject(ctx, match.span, clause)
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _noun(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    sources, after = _agent_after(ctx, match.span.end, clause, _GENITIVE_WORDS)
    if not sources and match.clitic == "nya":
        sources = subject(ctx, match.span, clause, across_reporting=True)
    if not sources:
        sources = _light_or_temporal_subject(ctx, match, clause)
    targets = _targets(ctx, match, after, clause, sources)
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _light_or_temporal_subject(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    c = cues()
    before = words(ctx.text[max(clause.start, match.span.start - 60) : match.span.start])[-3:]
    if any(w in c.light_verbs for w in before):
        return subject(ctx, match.span, clause, across_reporting=True)
    if before and before[-1] in c.temporal:
        sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
        return _main_clause_subject(ctx, match.span.end, sentence)
    return []


def _main_clause_subject(ctx: Context, start: int, sentence: Span) -> list[Unit]:
    """"Usai pertemuan dengan X, Menlu Retno ...": the first group after the comma closing the phrase."""
    comma = ctx.text.find(",", start, sentence.end)
    if comma < 0:
        return []
    for index, unit in _right_units(ctx, comma, sentence.end):
        if len(words(ctx.text[comma : unit.span.start])) <= 2:
            return group(list(ctx.units), index, ctx.text, 1)
        return []
    return []


def noun_licensed(ctx: Context, match: TriggerMatch, clause: Span, has_agent: bool) -> bool:
    """Whether an event noun reports an event rather than naming one inside another claim.

    It does after a light verb ("melakukan kunjungan"), after a temporal connective ("usai
    pertemuan"), with "-nya", or standing first in its clause ("Serangan Rusia ke Kyiv ...")
    with its agent named.
    """
    c = cues()
    before = words(ctx.text[clause.start : match.span.start])
    if any(w in c.light_verbs for w in before[-3:]) or (before and before[-1] in c.temporal):
        return True
    if match.clitic == "nya":
        return True
    opening = [w for w in before if w not in ("sebuah", "suatu", "para", "itu", ",")]
    return has_agent and len(opening) <= 1 and not barrier_between(ctx.text, clause.start, match.span.start)
