"""The state an article is about, for the names whose state the text leaves unsaid.

An Indonesian outlet writes a foreign officer's state once and then drops it where the article
is about that state alone ("Presiden Mahmoud Ahmadinejad" in a report on Iran), and it names a
foreign country's parties with no state at all ("Partai Bhumjaithai", "Partai Rakyat" in a report
on Thailand). Such names act for the article's state: the state named most often, when it is
named clearly more than any other. A bare title in an article that names Indonesia at all is
left to the rules that read it as Indonesia's (Indonesian news names its own officers that way).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from warta.annotate.found import Found, remade, with_actor
from warta.annotate.gazetteer import HOME_STATE, gazetteer
from warta.annotate.roles import titles
from warta.resources import word_list

# The article's state is named at least this often, and this many times as often as the next.
_MIN_MENTIONS = 2
_LEAD = 1.5
# Sectors of titles held in a state's service (a "ketua" or "direktur" may lead anything).
_STATE_SECTORS = frozenset({"government", "military", "diplomacy", "police", "legislature"})


def article_state(found: Sequence[Found]) -> str | None:
    """The state named clearly most often in the article's mentions, or None."""
    states = gazetteer()
    counts = Counter(f.entity.actor for f in found if f.entity.type == "GPE" and states.is_state(f.entity.actor))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _officers_state(found: Sequence[Found]) -> str | None:
    """The article's state when it is another state and Indonesia is not named at all;
    Indonesia when the article names no other state (a domestic report: "Mendag Budi ...")."""
    state = article_state(found)
    if state is None:
        return None if any(_foreign(f) for f in found) else HOME_STATE
    if state == HOME_STATE:
        return state
    return None if any(f.entity.actor == HOME_STATE and f.entity.type == "GPE" for f in found) else state


def _foreign(item: Found) -> bool:
    """A state other than Indonesia, or a body acting for one."""
    return item.entity.actor is not None and item.entity.actor != HOME_STATE and item.entity.type in ("GPE", "ORG")


@cache
def _not_state_titles() -> frozenset[str]:
    return word_list("entities", "stateless_titles.txt")


def _placed_elsewhere(found: Sequence[Found]) -> set[str]:
    """People whose title names a place with no state ("Gubernur Donetsk <name>"): not Indonesia's."""
    return {
        after.entity.id
        for before, after in pairwise(found)
        if before.entity.type == "LOC" and before.entity.actor is None and 0 <= after.span.start - before.span.end <= 1
    }


@cache
def _not_home_titles() -> frozenset[str]:
    return word_list("entities", "not_home_titles.txt")


def _state_office(role: str | None) -> bool:
    title = titles().get(role) if role else None
    return title is not None and title.sector in _STATE_SECTORS and title.phrase not in _not_state_titles()


def _party(item: Found) -> bool:
    return item.kind == "institution" and item.text.startswith("Partai ")


def _needs_state(item: Found) -> bool:
    return item.entity.id.startswith("unk:") and item.entity.actor is None


def article_parties(found: Sequence[Found]) -> list[Found]:
    """Parties named with no state act for the article's state."""
    if not any(_party(f) and _needs_state(f) for f in found):
        return list(found)
    state = article_state(found)
    if state is None:
        return list(found)
    return [replace(f, entity=replace(f.entity, actor=state)) if _party(f) and _needs_state(f) else f for f in found]


def article_officers(found: Sequence[Found]) -> list[Found]:
    """People holding a state's office with no state named act for the article's state
    (Indonesia's, or another one when Indonesia is not named)."""
    officers = {f.entity.id for f in found if f.entity.type == "PER" and _needs_state(f) and _state_office(f.role)}
    if not officers:
        return list(found)
    state = _officers_state(found)
    if state == HOME_STATE:
        officers -= {f.entity.id for f in found if f.role in _not_home_titles()}
        officers -= _placed_elsewhere(found)
    if state is None or not officers:
        return list(found)
    return [remade(f, entity=with_actor(f.entity, state)) if f.entity.id in officers else f for f in found]
