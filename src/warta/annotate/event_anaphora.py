"""Pronouns and plural noun phrases that stand for actors named elsewhere.

- "ia", "dia": the latest person (or quote speaker) named before.
- "Kami" in a quotation: the quotation's speaker; for a joint statement, every signer.
- "mereka", "keduanya": the latest group named before, in the same or the previous sentence.
- "kedua negara", "ketiga menteri": the last two or three distinct actors named before.
- "negara-negara tersebut", "ketujuh negara itu": the largest group named nearby, the next
  sentence included (signers are often listed right after the statement is reported).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from warta.annotate.event_args import Context, Unit, actors_of, group
from warta.annotate.event_cues import cues
from warta.types import Span

_NEARBY_BEFORE = 4  # sentences searched back for a coalition or a joint statement's signers
_NEARBY_AFTER = 1
_JOINT = "joint statement of "  # how the quote stage names a joint statement's speaker


def resolve_anaphors(ctx: Context) -> Iterator[Unit]:
    for match in cues().anaphor.finditer(ctx.text):
        span = Span(match.start(), match.end())
        kind, actors = _resolve(ctx, span, match.lastgroup or "named", match.group().casefold())
        if actors:
            yield Unit(span, actors, None, kind)


def _resolve(ctx: Context, span: Span, group_name: str, surface: str) -> tuple[str, tuple[str, ...]]:
    c = cues()
    if group_name == "coalition":
        return "coalition", _largest_group(ctx, span)
    if group_name == "counted":
        count = c.counted.get(surface.split()[0], 2)
        return "counted", _last_distinct(ctx, span.start, count)
    words = " ".join(surface.split())
    if words in c.singular:
        return "singular", _last_distinct(ctx, span.start, 1)
    if words in c.first_person:
        return "first_person", _speaker_actors(ctx, span)
    if words in c.plural:
        return "plural", _latest_group(ctx, span)
    return "coalition", _largest_group(ctx, span)


def _before(ctx: Context, position: int) -> list[Unit]:
    return [u for u in ctx.units if u.span.end <= position]


def _last_distinct(ctx: Context, position: int, count: int) -> tuple[str, ...]:
    first = ctx.sentence_of(position)
    floor = ctx.sentences[max(0, first - 2)].start
    seen: list[str] = []
    for unit in reversed(_before(ctx, position)):
        if unit.span.start < floor:
            break
        for actor in unit.actors:
            if actor not in seen:
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
    here = ctx.sentence_of(span.start)
    lo = ctx.sentences[max(0, here - _NEARBY_BEFORE)].start
    hi = ctx.sentences[min(len(ctx.sentences) - 1, here + _NEARBY_AFTER)].end
    candidates = [u for u in ctx.units if lo <= u.span.start and u.span.end <= hi and not u.span.overlaps(span)]
    groups = _groups(candidates, ctx.text)
    # The largest group wins; among equals the nearest one.
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
