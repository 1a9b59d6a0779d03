"""What a resolved speaker is, and how several speakers make one joint statement."""

from __future__ import annotations

from dataclasses import dataclass

from warta.quick_init import quick_init
from warta.types import Span


@quick_init
@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: an entity when one is known, else the words that name it."""

    name: str | None
    entity_id: str | None = None
    actor: str | None = None
    type: str | None = None
    span: Span | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Said:
    """A speaker already attributed, with the words that named it (whose office heads are read
    only when an office is looked for: most articles never look)."""

    position: int
    speaker: Speaker
    phrases: tuple[Span, ...] = ()
    content: Span | None = None  # the words attributed


def main_entity(named: list[Speaker]) -> Speaker:
    """The first non-state entity when a state only qualifies it ("media pemerintah Korea
    Utara KCNA"); else the first entity."""
    if named[0].type == "GPE":
        return next((s for s in named[1:] if s.type in ("ORG", "IGO")), named[0])
    return named[0]


def joint_name(members: list[Speaker]) -> str:
    """``joint statement of A, B and C`` in order of mention."""
    names = [m.name or "" for m in members]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"joint statement of {listed}"


def group_speaker(members: list[Speaker], span: Span | None) -> Speaker:
    """One speaker for a group: the member itself when alone, else their joint statement."""
    if len(members) == 1:
        return members[0]
    actors = {m.actor for m in members}
    actor = actors.pop() if len(actors) == 1 else None
    return Speaker(joint_name(members), None, actor, "STATEMENT", span)
