"""Capitals and seats of government: the state when they act, the city when they are a place.

"Pyongyang menuduh ..." and "pejabat Seoul" name the state; "di Tokyo", "di kota Seoul" name
the city. Only the word right before the name decides (``resources/entities/locatives.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from warta.annotate.found import Found
from warta.annotate.gazetteer import Gazetteer
from warta.resources import word_list

_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@cache
def _locatives() -> frozenset[str]:
    return word_list("entities", "locatives.txt")


def is_locative(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes a city name a place ("di", "kota")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).casefold() in _locatives()


def resolve_capitals(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Found]:
    """Each capital that stands for a state becomes that state unless it is used as a place."""
    out = []
    for item in found:
        entry = gazetteer.entries.get(item.entity.id)
        if entry is None or entry.stands_for is None or is_locative(text, item.span.start):
            out.append(item)
            continue
        state = gazetteer.entries[f"gpe:{entry.stands_for}"].entity()
        out.append(replace(item, entity=state, kind="metonym", role="metonym"))
    return out
