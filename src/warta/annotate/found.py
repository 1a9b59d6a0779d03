"""Mentions under construction: what each linking step reads and returns.

The linking steps (gazetteer, metonymy, roles, coreference) pass lists of :class:`Found`
between them; the stage turns the final list into ``Analysis.entities`` and ``mentions``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from operator import attrgetter, lt

from warta.quick_init import quick_init
from warta.resources import word_list
from warta.types import Entity, EntityType, Mention, Span


@quick_init
@dataclass(frozen=True, slots=True)
class Found:
    """A mention with the entity it names; ``kind`` is the gazetteer kind or the step that made it."""

    span: Span
    text: str
    entity: Entity
    kind: str = ""
    role: str | None = None

    def mention(self) -> Mention:
        return Mention(self.span, self.text, self.entity.type, self.entity.id, self.role)


def remade(item: Found, entity: Entity | None = None, kind: str | None = None, role: str | None = None) -> Found:
    """``item`` with a new entity, kind or role (None keeps its own): ``dataclasses.replace``
    built directly, which costs a fraction of it (steps remake mentions in their loops)."""
    return Found(
        item.span,
        item.text,
        item.entity if entity is None else entity,
        item.kind if kind is None else kind,
        item.role if role is None else role,
    )


def with_actor(entity: Entity, actor: str | None) -> Entity:
    """``replace(entity, actor=actor)``, built directly (see :func:`remade`)."""
    return Entity(entity.id, entity.name, entity.type, actor, entity.wikidata, entity.sector)


def with_type(entity: Entity, type_: EntityType) -> Entity:
    """``replace(entity, type=type_)``, built directly (see :func:`remade`)."""
    return Entity(entity.id, entity.name, type_, entity.actor, entity.wikidata, entity.sector)


_NOT_WORD = re.compile(r"[^\w]+")


def slug(text: str) -> str:
    plain = text.casefold()
    if not plain.isascii():  # ASCII has no accents to strip (most names)
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    return _NOT_WORD.sub("-", plain).strip("-")


@lru_cache(maxsize=8192)  # names recur; an Entity is immutable, so one instance is shared
def unknown_entity(surface: str, type_: str, actor: str | None = None, sector: str | None = None) -> Entity:
    """An entity no list knows: its surface form is its name, its id a stable slug."""
    return Entity(f"unk:{slug(surface)}", surface, type_, actor, None, sector)  # type: ignore[arg-type]


_START, _END = attrgetter("span.start"), attrgetter("span.end")
_SPAN, _SPAN_START = attrgetter("span"), attrgetter("start")


def ordered(found: Iterable[Found]) -> list[Found]:
    """By start, the longer first at one start (two stable sorts with C-level keys: the
    same order as one sort by ``(start, -end)``, at a fraction of the cost)."""
    out = list(found)
    starts = list(map(_START, out))
    if all(map(lt, starts, islice(starts, 1, None))):
        return out  # most steps keep the order and no two mentions share a start: one pass, no sorts
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    return out


def starting_at(found: Sequence[Found], position: int) -> Found | None:
    """The mention that starts at ``position`` (after any spaces already skipped by the caller)."""
    for item in found:
        if item.span.start == position:
            return item
    return None


def covered(found: Sequence[Found], span: Span) -> bool:
    start, end = span.start, span.end  # Span.overlaps inlined: asked of every mention, often
    return any(item.span.start < end and start < item.span.end for item in found)


def uncovered(found: Sequence[Found], spans: Sequence[Span]) -> list[bool]:
    """For each of ``spans`` (in text order), whether no mention overlaps it; one merge pass."""
    return uncovered_by(taken_spans(found), spans)


def taken_spans(found: Sequence[Found]) -> list[Span]:
    """The spans of ``found`` sorted by start, for :func:`uncovered_by` (sort once, ask often)."""
    # C-level getters, no Python frame per mention: the spans in order, then sorted stably by start.
    return sorted(map(_SPAN, found), key=_SPAN_START)


def uncovered_by(taken: Sequence[Span], spans: Sequence[Span]) -> list[bool]:
    """:func:`uncovered` with the mentions' spans already sorted by :func:`taken_spans`."""
    out, j = [], 0
    for span in spans:
        while j < len(taken) and taken[j].end <= span.start:
            j += 1
        out.append(not (j < len(taken) and taken[j].start < span.end))
    return out


@cache
def _native_words() -> frozenset[str]:
    return word_list("entities", "native_name_words.txt")


def english_form(template: str, rest: str, surface: str) -> str:
    """A foreign name after an Indonesian generic in its English form ("Partai Move Forward"
    -> "Move Forward Party"); a name in Indonesian words keeps its surface ("Partai Rakyat",
    "Universitas Islam Negeri"): its English form is a translation only a list can give."""
    if any(word.casefold() in _native_words() for word in rest.split()):
        return surface
    return template.format(rest)
