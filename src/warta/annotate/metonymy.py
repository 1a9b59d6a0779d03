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
from warta.types import Span

_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_CAPITALISED_BEFORE = re.compile(r"(?<!\w)([A-Z]\w+)\s+$")
_SECOND_PARTY = re.compile(r"\s*(?:[-–—]|dan\b|dengan\b|serta\b)")


@cache
def _locatives() -> frozenset[str]:
    return word_list("entities", "locatives.txt")


def is_locative(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes a city name a place ("di", "kota")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).casefold() in _locatives()


@cache
def _accord_words() -> frozenset[str]:
    return word_list("entities", "accord_words.txt")


def names_accord(text: str, span: Span) -> bool:
    """ "Kesepakatan Oslo", "Perjanjian Paris": a capitalised accord noun right before a city,
    and no second party after it ("Perjanjian Moskow-Kyiv"), makes the city part of a title."""
    before = _CAPITALISED_BEFORE.search(text, max(0, span.start - 24), span.start)
    if before is None or before.group(1).casefold() not in _accord_words():
        return False
    return _SECOND_PARTY.match(text, span.end) is None


def resolve_capitals(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Found]:
    """Each capital that stands for a state becomes that state unless it is used as a place."""
    out = []
    for item in found:
        entry = gazetteer.entries.get(item.entity.id)
        # An accord keeps the city it is named after: its state did not make it ("Kesepakatan Oslo").
        as_city = is_locative(text, item.span.start) or names_accord(text, item.span)
        if entry is None or entry.stands_for is None or as_city:
            out.append(item)
            continue
        state = gazetteer.entries[f"gpe:{entry.stands_for}"].entity()
        out.append(replace(item, entity=state, kind="metonym", role="metonym"))
    return out


PLACE = "place"
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_APPOSED = re.compile(r"\s*,\s*")
# The spelled-out place ends its phrase ("di Jenewa, Swiss, pada Senin"); "di Jakarta, Indonesia
# menegaskan ..." is a clause whose subject is the state.
_PHRASE_END = re.compile(r"\s*(?:[,.;:)\]\"”]|$|(?:pada|bulan|pekan|tahun|lalu|kemarin|sejak|hingga)\b)")


@cache
def _place_words() -> frozenset[str]:
    return word_list("entities", "place_words.txt")


def _after_place_word(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).casefold() in _place_words()


def place_roles(found: Sequence[Found], text: str) -> list[Found]:
    """States and cities written only as where something happens get the role "place".

    "di Brussels, Belgia": the word before names a place, and a state or region set off by a
    comma right after a place ("Belgia") is the same place spelled out. Events skip these.
    """
    out: list[Found] = []
    for item in found:
        if item.role is None and item.entity.type in _PLACE_TYPES:
            previous = out[-1] if out else None
            apposed = (
                previous is not None and previous.role == PLACE
                and _APPOSED.fullmatch(text, previous.span.end, item.span.start) is not None
                and _PHRASE_END.match(text, item.span.end) is not None
            )
            if apposed or _after_place_word(text, item.span.start):
                item = replace(item, role=PLACE)
        out.append(item)
    return out
