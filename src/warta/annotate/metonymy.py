"""Capitals and seats of government: the state when they act, the city when they are a place.

"Pyongyang menuduh ..." and "pejabat Seoul" name the state; "di Tokyo", "di kota Seoul" name
the city. Only the word right before the name decides (``resources/entities/locatives.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from warta.annotate.found import Found, remade
from warta.annotate.gazetteer import Gazetteer
from warta.resources import tsv_rows, word_list
from warta.types import Span

# The last word of a window, read from the window reversed: one match at its start instead of
# a search trying "(\w+)\W*$" at every position.
_LAST_WORD_REVERSED = re.compile(r"\W*(\w+)")
_CAPITALISED_BEFORE = re.compile(r"(?<!\w)([A-Z]\w+)\s+$")
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_SECOND_PARTY = re.compile(r"\s*(?:[-–—]|dan\b|dengan\b|serta\b)")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z]\w+)")
# "dari Osaka ke Tokyo": a move between two places names both as places.
_FROM_BEFORE = re.compile(r"(?<!\w)dari\s+$", re.I)
_TO_AFTER = re.compile(r"\s+ke\s+[A-Z]")
_TO_BEFORE = re.compile(r"(?<!\w)dari\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+ke\s+$")
# "Universitas Yonsei, Seoul." / "Institut Teknologi Tokyo, Tokyo)": a city set off by a comma
# after an institution's capitalised name, ending the phrase, says where the institution is.
_AFFILIATION_BEFORE = re.compile(r"(?<!\w)[A-Z][\w.-]*\s*,\s*$")
_AFFILIATION_END = re.compile(r"\s*(?:[.;:)\]\"”]|$)")


@cache
def _locatives() -> frozenset[str]:
    return word_list("entities", "locatives.txt")


def is_locative(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes a city name a place ("di", "kota")."""
    return _word_before(text, start).casefold() in _locatives()


def _word_before(text: str, start: int) -> str:
    """The last word in the 24 characters before ``start`` ("" when there is none)."""
    before = _LAST_WORD_REVERSED.match(text[max(0, start - 24) : start][::-1])
    return before.group(1)[::-1] if before is not None else ""


@cache
def _accord_words() -> frozenset[str]:
    return word_list("entities", "accord_words.txt")


@cache
def _accord_ends() -> tuple[str, ...]:
    return tuple(sorted(_accord_words()))


def names_accord(text: str, span: Span) -> bool:
    """ "Kesepakatan Oslo", "Perjanjian Paris": a capitalised accord noun right before a city,
    and no second party after it ("Perjanjian Moskow-Kyiv"), makes the city part of a title."""
    window = text[max(0, span.start - 24) : span.start]
    # The cheap test: casefolding goes letter by letter, so a window the search would find
    # an accord noun at the end of ends, before its spaces, with that noun casefolded.
    if not window.rstrip().casefold().endswith(_accord_ends()):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, span.start - 24), span.start)
    if before is None or before.group(1).casefold() not in _accord_words():
        return False
    return _SECOND_PARTY.match(text, span.end) is None


def names_accord_after(text: str, span: Span) -> bool:
    """ "Paris Agreement", "Manila Accord": English puts the accord noun after the city."""
    after = _CAPITALISED_AFTER.match(text, span.end)
    return after is not None and after.group(1).casefold() in _accord_words()


def _moves_between(text: str, span: Span) -> bool:
    """ "dari Osaka ke Tokyo": either end of a move is a place."""
    if _FROM_BEFORE.search(text, max(0, span.start - 8), span.start) and _TO_AFTER.match(text, span.end):
        return True
    return _TO_BEFORE.search(text, max(0, span.start - 48), span.start) is not None


def _after_affiliation(text: str, span: Span, previous: Found | None) -> bool:
    """ "di Universitas Yonsei, Seoul.": not a list of places ("Tokyo, Seoul."), which needs a
    previous place right before the comma."""
    if previous is not None and previous.entity.type in _PLACE_TYPES and span.start - previous.span.end < 4:
        return False
    before = _AFFILIATION_BEFORE.search(text, max(0, span.start - 40), span.start)
    return before is not None and _AFFILIATION_END.match(text, span.end) is not None


def _as_city(text: str, span: Span, previous: Found | None) -> bool:
    """A capital used as a place, or as the name of an accord, does not stand for its state."""
    return (
        is_locative(text, span.start)
        or names_accord(text, span)
        or names_accord_after(text, span)
        or _moves_between(text, span)
        or _after_affiliation(text, span, previous)
    )


_PARTS = re.compile(r"[\s-]+")


@cache
def _treaty_acronyms() -> frozenset[str]:
    return word_list("entities", "treaty_acronyms.txt")


def _names_treaty(item: Found, text: str) -> bool:
    """ "Abraham Accords", "UNCLOS", the "Abraham" of "Perjanjian Abraham": a treaty's title."""
    titled = _treaty_title(item.text)
    if titled is None:
        return False
    # Only a person's name reads as an accord's namesake: "Ketua Protokol Kemlu" is a title.
    return titled or (item.entity.type == "PER" and names_accord(text, item.span))


@lru_cache(maxsize=8192)  # asked of every unlisted mention, whose surfaces recur within and across articles
def _treaty_title(surface: str) -> bool | None:
    """Whether ``surface`` alone reads as a treaty's title; None when it holds no word."""
    words = surface.casefold().split()
    if not words:
        return None
    titled = surface[:1].isupper() and words[0] in _accord_words()  # "Traktat Non-Proliferasi ..."
    return titled or words[-1] in _accord_words() or _holds_treaty_acronym(surface)


def _holds_treaty_acronym(surface: str) -> bool:
    """ "UNCLOS", "FTA Eurasia", "IEU-CEPA": a treaty's acronym, alone or as part of the title."""
    return any(part.isupper() and part.casefold() in _treaty_acronyms() for part in _PARTS.split(surface))


def without_treaties(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Found]:
    """Names the gazetteer does not know that are treaties' titles are dropped: a treaty is a
    text, not a person, a body or a place."""
    return [item for item in found if item.entity.id in gazetteer.entries or not _names_treaty(item, text)]


@cache
def _igo_seats() -> dict[str, str]:
    return {row[0]: row[1] for row in tsv_rows("entities", "igo_seats.tsv")}


def resolve_capitals(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Found]:
    """Each capital that stands for a state becomes that state unless it is used as a place; a
    body's seat stands for the body when the article names it ("Brussel" for the EU)."""
    named = {item.entity.id for item in found}
    out: list[Found] = []
    for item in found:
        entry = gazetteer.entries.get(item.entity.id)
        # An accord keeps the city it is named after: its state did not make it ("Kesepakatan Oslo").
        if entry is None or entry.stands_for is None or _as_city(text, item.span, out[-1] if out else None):
            out.append(item)
            continue
        body = _igo_seats().get(entry.id)
        if body in named and body in gazetteer.entries:
            actor = gazetteer.entries[body].entity()
        else:
            actor = gazetteer.entries[f"gpe:{entry.stands_for}"].entity()
        out.append(replace(item, entity=actor, kind="metonym", role="metonym"))
    return out


PLACE = "place"
_APPOSED = re.compile(r"\s*,\s*")
# The spelled-out place ends its phrase ("di Jenewa, Swiss, pada Senin"); "di Jakarta, Indonesia
# menegaskan ..." is a clause whose subject is the state.
_PHRASE_END = re.compile(r"\s*(?:[,.;:)\]\"”]|$|(?:pada|bulan|pekan|tahun|lalu|kemarin|sejak|hingga)\b)")


@cache
def _place_words() -> frozenset[str]:
    return word_list("entities", "place_words.txt")


def _after_place_word(text: str, start: int) -> bool:
    return _word_before(text, start).casefold() in _place_words()


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
                previous is not None
                and previous.role == PLACE
                and _APPOSED.fullmatch(text, previous.span.end, item.span.start) is not None
                and _PHRASE_END.match(text, item.span.end) is not None
            )
            if apposed or _after_place_word(text, item.span.start):
                item = remade(item, role=PLACE)
        out.append(item)
    return out
