"""What looks like an event but is background: standing relations, arms as goods, habits, venues.

News text names many acts it does not report: "kedua negara memiliki hubungan yang erat" states
a relation that holds, "pembelian jet tempur dan bom dari AS" names weapons as goods, "berulang
kali menyerangnya di masa lalu" recalls a habit, and "di sela KTT X" names where an act took
place, not who took part. The cue words live in the ``[background]`` section of
``resources/events/cues.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.event_args import Unit, is_state, words
from warta.annotate.event_lexicon import TriggerMatch, may_contain
from warta.annotate.phrases import longest_first
from warta.resources import read_text
from warta.types import Span

_VENUE_FILLER_WORDS = 4  # "di sela pertemuan para menteri luar negeri X": words between venue noun and body
_VENUE_REACH = 90  # characters before a body in which its venue phrase must stand
_PARTY_WORDS = frozenset({"dengan", "antara", "bersama", "oleh", "dan", "serta"})  # they name parties, not a venue


@dataclass(frozen=True, slots=True)
class _Background:
    possessive: frozenset[str]
    possessive_types: frozenset[str]
    standing: frozenset[str]
    standing_roots: frozenset[str]
    possessive_words: int
    purchase: frozenset[str]
    purchase_types: frozenset[str]
    purchase_words: int
    habitual: re.Pattern[str]
    habitual_needles: tuple[str, ...]  # a word of each habitual phrase: one stands where a phrase does
    venue: re.Pattern[str]  # a venue phrase ending right before a body's name
    venue_head: re.Pattern[str]  # a body's own mention that opens with a venue noun ("KTT APEC")
    setting_before: re.Pattern[str]  # a setting preposition right before such a mention


def _phrases(items: Sequence[str]) -> str:
    return longest_first(items, ignore_case=True, space=r"\s+")


def _telling_word(phrase: str) -> str:
    """The word of ``phrase`` (case-folded) a text holds least often, as a guess: the longest, among equals an
    inner one (prepositions and time words open and close phrases: "pada masa lalu")."""
    words = phrase.casefold().split()
    return max(enumerate(words), key=lambda item: (len(item[1]), 0 < item[0] < len(words) - 1))[1]


@cache
def _background() -> _Background:
    data = tomllib.loads(read_text("events", "cues.toml"))["background"]
    venue_preps, setting_preps = _phrases(data["venue_preps"]), _phrases(data["setting_preps"])
    nouns = _phrases(data["venue_nouns"])
    filler = rf"(?:(?!(?:{'|'.join(_PARTY_WORDS)})\b)[\w-]+\s+){{0,{_VENUE_FILLER_WORDS}}}"
    venue = (
        rf"(?<![\w-])(?:(?:{venue_preps})\s+(?:(?:{nouns})\s+{filler})?"
        rf"|(?:{setting_preps})\s+(?:{nouns})\s+{filler})$"
    )
    return _Background(
        possessive=frozenset(data["possessive"]),
        possessive_types=frozenset(data["possessive_types"]),
        standing=frozenset(data["standing"]),
        standing_roots=frozenset(data["standing_roots"]),
        possessive_words=int(data["possessive_words"]),
        purchase=frozenset(data["purchase"]),
        purchase_types=frozenset(data["purchase_types"]),
        purchase_words=int(data["purchase_words"]),
        habitual=re.compile(rf"(?<![\w-])(?:{_phrases(data['habitual'])})(?![\w-])", re.IGNORECASE),
        habitual_needles=tuple(dict.fromkeys(_telling_word(p) for p in data["habitual"])),
        venue=re.compile(venue, re.IGNORECASE),
        venue_head=re.compile(rf"(?:{nouns})\s", re.IGNORECASE),
        setting_before=re.compile(rf"(?<![\w-])(?:{venue_preps}|{setting_preps})\s+$", re.IGNORECASE),
    )


def is_background(text: str, match: TriggerMatch, clause: Span) -> bool:
    """Whether the trigger names a standing relation, arms as goods, or a habit of the past."""
    return _standing(text, match, clause) or _goods(text, match, clause) or _habitual(text, clause)


def _lead(text: str, match: TriggerMatch, clause: Span, count: int) -> list[str]:
    return words(text[max(clause.start, match.span.start - 12 * count) : match.span.start])[-count:]


def _standing(text: str, match: TriggerMatch, clause: Span) -> bool:
    """ "memiliki beberapa perjanjian kerja sama", "menjalin hubungan yang erat": a state that holds."""
    bg = _background()
    if match.voice != "noun" or match.entry.type not in bg.possessive_types:
        return False
    lead = _lead(text, match, clause, bg.possessive_words)
    if "," in lead:
        lead = lead[len(lead) - lead[::-1].index(",") :]
    verbs = bg.possessive | (bg.standing if match.entry.root in bg.standing_roots else frozenset())
    return any(w in verbs for w in lead)


def _goods(text: str, match: TriggerMatch, clause: Span) -> bool:
    """ "pembelian 66 jet tempur dan bom luncur dari AS": a weapon word inside a purchase or budget phrase.

    Only bare words and nouns: a verb ("membom") is an act whatever stands before it.
    """
    bg = _background()
    if match.entry.type not in bg.purchase_types or match.template not in ("base", "n", "-an", "peN-an"):
        return False
    return any(w in bg.purchase for w in _lead(text, match, clause, bg.purchase_words))


def _habitual(text: str, clause: Span) -> bool:
    """ "berulang kali menyerangnya di masa lalu": an unspecified past, recalled as background."""
    # The regex is tried at every character; a substring test in C rules out nearly every clause first.
    if not may_contain(text[clause.start : clause.end], _background().habitual_needles):
        return False
    return _background().habitual.search(text, clause.start, clause.end) is not None


def venue_bodies(text: str, units: Sequence[Unit]) -> list[Unit]:
    """``units`` without the bodies named only as a setting ("di sela KTT X", "jelang forum X").

    A state named there still counts (the host may act); only intergovernmental bodies and
    other non-state actors are dropped, since a summit of theirs is where states meet.
    """
    return [u for u in units if is_state_unit(u) or not _in_venue(text, u)]


def is_state_unit(unit: Unit) -> bool:
    return all(is_state(a) for a in unit.actors)


def _in_venue(text: str, unit: Unit) -> bool:
    bg = _background()
    window = text[max(0, unit.span.start - _VENUE_REACH) : unit.span.start]
    if bg.venue.search(window):
        return True
    own = text[unit.span.start : unit.span.end + 1]
    return bool(bg.venue_head.match(own)) and bg.setting_before.search(window) is not None
