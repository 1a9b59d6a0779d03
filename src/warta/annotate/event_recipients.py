"""Untargeted events that Indonesian news does not report as events of their own.

Two patterns, both language data in ``resources/events/cues.toml`` ``[recipients]``:

* the object dropped on a retelling: an act reported once with its counterpart ("Trump mengancam
  Oman") is told again later without it ("Trump kemudian memperingatkan ...", "ancaman dari pejabat
  AS"); the untargeted retelling is the same act, except for acts that recur (strikes, launches, pledges);
* acts that need a counterpart: support, threats and meetings without a named one ("Seoul mendukung
  NPT", "menyambut gembira keputusan ini") are stances or background, not dyadic events; a meeting
  of an intergovernmental body among its own members ("pertemuan menlu G7") needs none; arrests and
  seizures with no foreign counterpart are law enforcement at home, except closures of a strait;
  the home state's denials and refusals to no one are domestic, while a foreign state's stand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.event_args import is_state
from warta.annotate.event_cues import cue_sections
from warta.annotate.gazetteer import HOME_STATE
from warta.types import Event


@dataclass(frozen=True, slots=True)
class _Recipients:
    needs_recipient: frozenset[str]
    members_meet: frozenset[str]
    untargeted_modes: frozenset[str]
    home_needs_recipient: frozenset[str]
    recurring: frozenset[str]


@cache
def _recipients() -> _Recipients:
    data = cue_sections()["recipients"]
    return _Recipients(
        needs_recipient=frozenset(data["needs_recipient"]),
        members_meet=frozenset(data["members_meet"]),
        untargeted_modes=frozenset(data["untargeted_modes"]),
        home_needs_recipient=frozenset(data["home_needs_recipient"]),
        recurring=frozenset(data["recurring"]),
    )


def drop_unaddressed(events: Sequence[Event]) -> tuple[Event, ...]:
    """The events without the untargeted ones that retell a targeted act or need a counterpart."""
    targeted = {(e.type, e.source) for e in events if e.target is not None}
    return tuple(e for e in events if e.target is not None or not _unaddressed(e, targeted))


def _unaddressed(event: Event, targeted: set[tuple[str, str | None]]) -> bool:
    rules = _recipients()
    if (event.type, event.source) in targeted and event.type not in rules.recurring:
        return True  # the act told again with its object dropped
    if event.type in rules.home_needs_recipient and event.source == HOME_STATE:
        return True  # "MK menolak gugatan": the home state's refusals to no one are domestic
    if event.type not in rules.needs_recipient or event.mode in rules.untargeted_modes:
        return False
    body_meeting = event.type in rules.members_meet and event.source is not None and not is_state(event.source)
    return not body_meeting


__all__ = ["drop_unaddressed"]
