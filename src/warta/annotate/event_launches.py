"""Missiles launched into a state's waters: a test or a show of force, not an attack on that state.

A launch row of the lexicon ("meluncurkan rudal", "menembakkan roket") is an ASSAULT on a named
target and falls back to MOBILIZE with none. "ke perairan Jepang", "ke lepas pantai Jepang" name
where the missile fell, not whom it struck: such a target is dropped.
"""

from __future__ import annotations

from functools import cache

from warta.annotate.event_args import Unit, words
from warta.annotate.event_cues import cue_sections
from warta.annotate.event_lexicon import TriggerMatch

_WATERS_REACH = 30  # characters before a target searched for a word of water


@cache
def _waters() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(words(w)) for w in cue_sections()["launches"]["waters"])


def falls_back(match: TriggerMatch) -> bool:
    """Whether the row is an attack with another type when no one is struck (a launch or a firing)."""
    return match.entry.no_target is not None and match.entry.no_target != match.entry.type


def struck(text: str, match: TriggerMatch, targets: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """The targets of a launch row (see :func:`falls_back`) that are not named as the waters the launch fell into."""
    return tuple(t for t in targets if not _in_waters(text, t))


def _in_waters(text: str, target: Unit) -> bool:
    before = tuple(words(text[max(0, target.span.start - _WATERS_REACH) : target.span.start]))
    return any(before[-len(water) :] == water for water in _waters() if len(before) >= len(water))
