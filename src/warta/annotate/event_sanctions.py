"""Trade measures told the way tariff news tells them: who imposed a measure the sentence does not
name, and which states a list of tariffed countries names.

- "Barang-barang X dikenakan tarif dasar sebesar 10 persen oleh Y": the agent stands after "oleh",
  past the measure's own words, further than a passive agent usually does;
- "Barang-barang X saat ini sudah dikenakan tarif dasar 10 persen": with no agent at all, the
  imposer is who the article told imposing such a measure before (tariff news names the imposer
  once, then tells who is hit);
- "negara lain yang masuk dalam daftar tarif ini antara lain A, B (25 persen); C dan D (30 persen)":
  each listed state is a target of that imposer;
- "dikenakan tarif 0 persen": a zero rate cuts nothing and is no sanction.

Words are in ``cues.toml`` (``[sanctions]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.event_args import Context, Unit, actors_of, words
from warta.annotate.event_clauses import agent_after
from warta.annotate.event_cues import cue_sections
from warta.annotate.event_frames import Roles
from warta.annotate.event_lexicon import TriggerMatch
from warta.types import Span

_FAR_AGENT_WORDS = 8  # "dikenakan tarif dasar sebesar 10 persen oleh Y": words before "oleh"
_AGENT_WORDS = 3  # words between "oleh" and the agent ("oleh pemerintah AS")
_ZERO_CHARS = 40  # how far after the trigger a zero rate may be told
_LIST_WORDS = 12  # "daftar tarif tinggi ini antara lain": words between the trigger and the introducer
# Between two listed states: commas, semicolons, "dan/serta", a bracketed rate ("Tunisia (25 persen); ...") and
# a capitalised name the entity stage left without an actor ("Afrika Selatan dan Bosnia (30 persen)").
_LIST_GAP = re.compile(r"(?:\s*(?:\([^()]{0,30}\)|[,;]|(?i:dan|serta|maupun)(?!\w)|[A-Z][\w-]*))*\s*")
_LIST_GAP_CHARS = 60


@dataclass(frozen=True, slots=True)
class Imposer:
    sentence: int  # index of the sentence that told the measure
    actor: str


@dataclass(frozen=True, slots=True)
class _Words:
    modes: frozenset[str]
    zero: re.Pattern[str]
    heads: tuple[tuple[str, ...], ...]
    introducers: re.Pattern[str]
    pointers: frozenset[str]


@cache
def _words() -> _Words:
    section = cue_sections()["sanctions"]
    zero = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in section["zero_rates"])
    intro = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(section["introducers"], key=len, reverse=True))
    return _Words(
        frozenset(section["modes"]),
        re.compile(rf"(?<![\w,.])(?:{zero})(?![\w,])", re.IGNORECASE),
        tuple(tuple(h.split()) for h in section["list_heads"]),
        re.compile(rf"(?<!\w)(?:{intro})(?!\w)\s*:?\s*", re.IGNORECASE),
        frozenset(section["pointers"]),
    )


def is_measure(match: TriggerMatch) -> bool:
    """A SANCTION row that cuts an exchange (tariffs, bans, halted exports), whose imposer news names once."""
    return match.entry.type == "SANCTION" and match.entry.mode in _words().modes


def zero_rate(text: str, match: TriggerMatch) -> bool:
    """"dikenakan tarif 0 persen", "tarif bea masuk nol persen": a rate of nothing is no sanction."""
    return _words().zero.search(text, match.span.end, match.span.end + _ZERO_CHARS) is not None


def measure_roles(
    ctx: Context, match: TriggerMatch, clause: Span, found: Roles, told: Sequence[Imposer]
) -> tuple[Roles, bool]:
    """The roles of a trade measure, filled as tariff news leaves them out; and whether it names a list of states."""
    listed = listed_states(ctx, match, clause)
    if listed:
        own = found.sources if match.voice != "noun" else ()
        return Roles(tuple(own) or imposer(ctx, match, told, actors_of(listed)), tuple(listed)), True
    if match.voice != "passive" or found.sources:
        return found, False
    sources = tuple(far_agent(ctx, match, clause))
    if not sources and found.targets:
        sources = imposer(ctx, match, told, actors_of(found.targets))
    return Roles(sources, found.targets), False


def far_agent(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """The agent after "oleh" past the measure's own words, with no name standing between."""
    end = min(clause.end, match.span.end + 120)
    found = re.search(r"(?<!\w)oleh(?!\w)", ctx.text[match.span.end : end], re.IGNORECASE)
    if found is None:
        return []
    at = match.span.end + found.start()
    gap = words(ctx.text[match.span.end : at])
    if len(gap) > _FAR_AGENT_WORDS or "," in gap or any(match.span.end <= u.span.start < at for u in ctx.units):
        return []
    return agent_after(ctx, at, clause, _AGENT_WORDS)[0]


def imposer(ctx: Context, match: TriggerMatch, told: Sequence[Imposer], targets: Sequence[str]) -> tuple[Unit, ...]:
    """Who the article told imposing a measure latest before ``match``, other than the one it hits."""
    here = ctx.sentence_of(match.span.start)
    found = [i.actor for i in told if i.sentence <= here and i.actor not in targets]
    return (Unit(match.span, (found[-1],), None, "imposer"),) if found else ()


def listed_states(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"negara (lain) yang dikenakan tarif ... antara lain A, B (25 persen); C dan D": the listed states.

    Only after a relative clause on a noun of states ("negara lain yang"), whose examples follow
    the trigger; a list of goods or of anything else names no state.
    """
    if not _state_relative(words(ctx.text[clause.start : match.span.start])):
        return []
    found = _words().introducers.search(ctx.text, match.span.end, clause.end)
    if found is None or len(words(ctx.text[match.span.end : found.start()])) > _LIST_WORDS:
        return []
    listed: list[Unit] = []
    position = found.end()
    end = ctx.sentences[ctx.sentence_of(match.span.start)].end  # the list's groups are split by semicolons
    for unit in (u for u in ctx.units if found.end() <= u.span.start < end):
        gap = ctx.text[position : unit.span.start]
        if len(gap) > _LIST_GAP_CHARS or not _LIST_GAP.fullmatch(gap):
            break
        listed.append(unit)
        position = unit.span.end
    return listed


def told_in_lead(text: str, match: TriggerMatch, clause: Span) -> bool:
    """"daftar tarif tinggi ini antara lain ...": a list pointing back is the measure the article reports."""
    found = _words().introducers.search(text, match.span.end, clause.end)
    gap = words(text[match.span.end : found.start()]) if found else []
    return bool(_words().pointers.intersection(gap))


def _state_relative(before: list[str]) -> bool:
    """"negara lain yang (masuk dalam)": a noun of states, then "yang", before the trigger."""
    if "yang" not in before:
        return False
    head = before[: len(before) - before[::-1].index("yang") - 1]
    return any(tuple(head[-len(h) :]) == h for h in _words().heads)


__all__ = [
    "Imposer", "far_agent", "imposer", "is_measure", "listed_states", "measure_roles", "told_in_lead", "zero_rate",
]
