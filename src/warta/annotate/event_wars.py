"""Wars named by a noun and a pair of sides: "perang A-B", "konflik perbatasan A-B", "perang antara A dan B";
or by a noun, one side and the places it fights in: "perang X di A dan B".

Such a noun names fighting between two sides without a verb, so the trigger lexicon (which
needs one agent) misses it; PLOVER codes a war between two states as an ASSAULT each way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from warta.annotate.event_args import Context, Unit, words
from warta.annotate.event_cues import cue_sections
from warta.annotate.event_lexicon import may_contain, needles
from warta.types import Span

_SUBJECT_OPENING_WORDS = 4  # "Kapal penjaga pantai China": words before a sentence's subject
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # "A-B", "A--B" (markdown), "A–B": a pair of sides


@dataclass(frozen=True, slots=True)
class _WarCues:
    nouns: re.Pattern[str]
    noun_words: tuple[str, ...]
    between: frozenset[str]
    modifiers: frozenset[str]
    topic_before: frozenset[str]
    one_side_after: frozenset[str]
    other_side: frozenset[str]


@cache
def _cues() -> _WarCues:
    section = cue_sections()["wars"]
    nouns = "|".join(map(re.escape, section["nouns"]))
    return _WarCues(
        re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])", re.IGNORECASE),
        needles(w.casefold() for w in section["nouns"]),
        frozenset(section["between"]),
        frozenset(section["modifiers"]),
        frozenset(section["topic_before"]),
        frozenset(section["one_side_after"]),
        frozenset(section["other_side"]),
    )


def may_name_war(text: str, folded: str | None = None) -> bool:
    """False when no sentence of ``text`` can hold a war noun, so none need be searched.

    ``folded``, ``text.casefold()`` when the caller has it already.
    """
    return may_contain(text, _cues().noun_words, folded)


def may_name_war_in(text: str, folded: str | None, span: Span) -> bool:
    """:func:`may_name_war` of ``span.of(text)``, given ``folded``, the whole text's casefold (or None).

    Where folding kept the text's length it kept every character's place, so the slice of the
    folded text is the folded slice: nothing is folded again per sentence.
    """
    if folded is None or len(folded) != len(text):
        return may_name_war(span.of(text))
    return may_name_war(span.of(text), folded[span.start : span.end])


def war_sides(ctx: Context, sentence: Span) -> Iterator[tuple[Span, Unit, Unit]]:
    """Each war noun in ``sentence`` with the two sides of the hyphen pair right after it."""
    c = _cues()
    for match in c.nouns.finditer(ctx.text, sentence.start, sentence.end):
        before = words(ctx.text[max(sentence.start, match.start() - 30) : match.start()])[-1:]
        if before and before[0] in c.topic_before:
            continue
        sides = _pair_after(ctx, match.end(), sentence, c)
        if sides is not None:
            yield Span(match.start(), match.end()), sides[0], sides[1]


def war_with(ctx: Context, sentence: Span) -> Iterator[tuple[Span, Unit, Unit]]:
    """"A memulai perang selama 12 hari dengan B": each war noun with the clause's subject and the side after "dengan".

    The subject is the first unit of the sentence, standing within its first few words.
    """
    c = _cues()
    for match in c.nouns.finditer(ctx.text, sentence.start, sentence.end):
        other = _other_side(ctx, match.end(), sentence, c)
        subject = next((u for u in ctx.units if sentence.start <= u.span.start < match.start()), None)
        if other is None or subject is None or set(subject.actors) & set(other.actors):
            continue
        if len(words(ctx.text[sentence.start : subject.span.start])) <= _SUBJECT_OPENING_WORDS:
            yield Span(match.start(), match.end()), subject, other


def _other_side(ctx: Context, start: int, sentence: Span, c: _WarCues) -> Unit | None:
    """The unit right after "dengan"/"melawan" following a war noun (only its modifiers in between)."""
    following = next((u for u in ctx.units if start <= u.span.start < sentence.end), None)
    if following is None:
        return None
    gap = words(ctx.text[start : following.span.start])
    if not gap or gap[-1] not in c.other_side:
        return None
    return following if all(w in c.modifiers or w in c.between or w.isdigit() for w in gap[:-1]) else None


def _pair_after(ctx: Context, start: int, sentence: Span, c: _WarCues) -> tuple[Unit, Unit] | None:
    """The two units of "A-B" standing right after ``start`` (a word of ``between`` may come first)."""
    following = [u for u in ctx.units if start <= u.span.start < sentence.end][:2]
    if len(following) < 2:
        return None
    first, second = following
    gap = words(ctx.text[start : first.span.start])
    if any(w not in c.between and w not in c.modifiers and not w.isdigit() for w in gap):
        return None
    link = ctx.text[first.span.end : second.span.start]
    # "perang berdarah selama 12 hari antara A dan B": sides joined by a coordinator after "antara"
    joined = link in _DASHES or ("antara" in gap and words(link) in (["dan"], ["dengan"]))
    after = words(ctx.text[second.span.end : second.span.end + 20])[:1]
    if after and after[0] in c.one_side_after:  # "perang A-B melawan C": A and B fight on one side
        return None
    distinct = bool(first.actors) and bool(second.actors) and set(first.actors).isdisjoint(second.actors)
    return (first, second) if joined and distinct else None


def wars_in_places(ctx: Context, sentence: Span) -> Iterator[tuple[Span, Unit, list[Unit]]]:
    """"perang X di A dan B": each war noun with the one side right after it and the places after "di".

    The side wages war on whoever holds each place (PLOVER: ASSAULT from X to each place's state).
    """
    c = _cues()
    for match in c.nouns.finditer(ctx.text, sentence.start, sentence.end):
        before = words(ctx.text[max(sentence.start, match.start() - 30) : match.start()])[-1:]
        if before and before[0] in c.topic_before:
            continue
        side = next((u for u in ctx.units if match.end() <= u.span.start < sentence.end), None)
        if side is None or words(ctx.text[match.end() : side.span.start]):
            continue
        places = _places_after(ctx, side.span.end, sentence)
        if places:
            yield Span(match.start(), match.end()), side, places


def _places_after(ctx: Context, start: int, sentence: Span) -> list[Unit]:
    """The places of "di A, B dan C" right after ``start``: coordinated, nothing else in between.

    Only the first is framed as a place by "di"; the ones joined to it may be plain actor mentions.
    """
    found: list[Unit] = []
    position = start
    spans: set[Span] = set()
    candidates = [u for u in (*ctx.places, *ctx.units) if start <= u.span.start < sentence.end]
    for unit in sorted(candidates, key=lambda u: u.span.start):
        if unit.span in spans or unit.span.start < position:
            continue
        gap = words(ctx.text[position : unit.span.start])
        if gap not in ((["di"],) if not found else (["dan"], [","], [",", "dan"], ["serta"])):
            break
        found.append(unit)
        spans.add(unit.span)
        position = unit.span.end
    return found
