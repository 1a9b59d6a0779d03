"""Phrases citing a news outlet ("seperti dilansir AFP", "dikutip dari Reuters"), and which
entities are outlets: an outlet relaying a report is no one who speaks in it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from warta.annotate.quote_cues import Cues
from warta.types import Mention

# Characters a relay phrase may take before its verb ("sebagaimana yang ") and after it.
_RELAY_LEAD = 20
_RELAY_TAIL = 120
# How far before a name an outlet noun ("kantor berita") may stand.
_OUTLET_REACH = 60


def relay_spans(text: str, cues: Cues, folded: str | None = None) -> tuple[list[int], list[int]]:
    """Starts and ends of the phrases citing an outlet, in order and not overlapping;
    ``folded`` is ``text`` case-folded, when known."""
    stretch = _verbs_stretch(cues, folded) if folded is not None else (0, len(text))
    if stretch is None:
        return [], []
    found: list[tuple[int, int]] = []
    # A relay phrase holds a relay verb: the slow case-insensitive pattern is tried only
    # around those (most articles have none or one).
    for verb in cues.relay_verb.finditer(text, *stretch):
        if found and verb.start() < found[-1][1]:
            continue
        start = max(verb.start() - _RELAY_LEAD, 0 if not found else found[-1][1])
        match = cues.relay.search(text, start, verb.end() + _RELAY_TAIL)
        if match is not None and match.start() <= verb.start() < match.end():
            found.append(match.span())
    return [s for s, _ in found], [e for _, e in found]


def _verbs_stretch(cues: Cues, folded: str) -> tuple[int, int] | None:
    """Where the relay verbs stand in the case-folded text: from the first one's start to the
    last one's end (no relay verb, as written or capitalised, lies outside), or None when there
    is none. Substring searches (in C) rule out most articles faster than a regex scan, and the
    scan for the verbs as written then reads only this stretch, often a few words."""
    present = [(at, verb) for verb in cues.relay_verbs if (at := folded.find(verb)) >= 0]
    if not present:
        return None
    return min(at for at, _ in present), max(folded.rfind(verb) + len(verb) for _, verb in present)


def named_as_outlet(text: str, mentions: Iterable[Mention], entity_id: str, outlet_before: re.Pattern[str]) -> bool:
    """Whether the entity is named as an organisation after an outlet noun somewhere in the
    article ("lapor media lokal X", "kantor berita X"); ``outlet_before`` is
    ``Cues.outlet_before``, or its twin when ``text`` is case-folded."""
    return any(
        m.entity_id == entity_id
        and m.type == "ORG"
        and outlet_before.search(text, max(0, m.span.start - _OUTLET_REACH), m.span.start) is not None
        for m in mentions
    )
