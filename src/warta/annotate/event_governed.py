"""Triggers that are the content of an earlier one in their clause, not events of their own.

"menuduh Iran memasok drone" is one ACCUSE: what is demanded, alleged, promised or threatened is
not a separate event; nor is an event noun that merely names an event inside another claim.
Verbs joined to a trigger ("mengecam dan menolak") share its standing instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.annotate.event_args import words
from warta.annotate.event_cues import cues
from warta.annotate.event_lexicon import TriggerMatch
from warta.types import Span

# Types whose "content" (what is demanded, alleged, promised, threatened) is not a separate event.
_GOVERNING = frozenset({"REQUEST", "ACCUSE", "AGREE", "THREATEN", "REJECT", "SUPPORT", "MOBILIZE"})


def governed(text: str, earlier: Sequence[TriggerMatch], match: TriggerMatch, clause: Span) -> bool:
    """Whether ``match`` is the content of an earlier trigger in its clause.

    Only the nearest earlier trigger counts; verbs joined to it ("mengecam dan menolak") share
    its standing instead of being governed by it, and whatever follows the content of a claim
    is content too ("mendesak X menghentikan bantuan ..., termasuk menarik pasukannya").
    """
    before = [o for o in earlier if o.span.end <= match.span.start and o.span.start >= clause.start]
    if not before:
        return False
    nearest = before[-1]
    gap = text[nearest.span.end : match.span.start]
    if coordinated_verbs(gap) and (gap.strip() or match.voice != "noun"):
        return governed(text, before[:-1], nearest, clause)
    if match.voice == "noun" and (_coordinated_light_verb(gap) or _setting_noun(text, match)):
        return False
    if _new_predicate(nearest, match, gap) or _own_light_verb(nearest, match, gap):
        return governed(text, before[:-1], nearest, clause)
    if nearest.entry.type in _GOVERNING or match.voice == "noun":
        return True
    return governed(text, before[:-1], nearest, clause)


def _new_predicate(nearest: TriggerMatch, match: TriggerMatch, gap: str) -> bool:
    """"menyampaikan protes serius, mengecam dan menolak ...": a verb after a comma opens its own predicate.

    A noun's content follows it directly; a comma and an active verb start the next item of a
    list of things the same subject did.
    """
    return nearest.voice == "noun" and match.voice == "active" and gap.rstrip().endswith(",")


def _own_light_verb(nearest: TriggerMatch, match: TriggerMatch, gap: str) -> bool:
    """"memberikan bantuan, dengan menggunakan hak veto": a noun with a light verb of its own is its own event.

    Unless what comes before is a demand or a claim, whose content it then is.
    """
    light = cues().light_verbs
    return match.voice == "noun" and nearest.entry.type not in _GOVERNING and any(w in light for w in words(gap))


def _setting_noun(text: str, match: TriggerMatch) -> bool:
    """"... pada pertemuan dengan X": a meeting framed as the setting is an adjunct, never the content."""
    c = cues()
    before = words(text[max(0, match.span.start - 30) : match.span.start])
    return match.entry.type in c.setting_types and bool(before) and before[-1] in c.setting | c.temporal


def _coordinated_light_verb(gap: str) -> bool:
    """"... dan menegaskan kembali komitmen AS": a light verb joined by "dan" or a comma opens a new predicate."""
    tokens = words(gap)
    light = cues().light_verbs
    return any(w in light and i > 0 and tokens[i - 1] in ("dan", "serta", ",") for i, w in enumerate(tokens))


def coordinated_verbs(gap: str) -> bool:
    """"mengecam dan menolak": two verbs joined, each its own event."""
    tokens = words(gap)
    return not tokens or (tokens[0] in ("dan", "serta", ",") and len(tokens) <= 2)


__all__ = ["coordinated_verbs", "governed"]
