"""Frozen data types shared by every stage.

Every annotation carries a :class:`Span` into ``Article.text`` (the clean body, paragraphs
joined by a blank line), so each fact can be traced back to the words that state it.
Stages never mutate: they return ``dataclasses.replace(analysis, layer=...)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Literal

from warta.quick_init import quick_init

PARAGRAPH_SEPARATOR = "\n\n"

EntityType = Literal["PER", "ORG", "GPE", "LOC", "IGO"]
Granularity = Literal["day", "week", "month", "year", "interval"]
EventStatus = Literal["happened", "announced", "threatened", "negated", "denied", "disputed", "question"]


def _frozen_map(items: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """Half-open character range ``[start, end)`` into an article's clean text."""

    start: int
    end: int

    # Written by hand, not generated: every stage makes spans (about 90 an article), and the
    # generated frozen __init__ plus a __post_init__ check cost twice these two slot writes.
    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad span {start}..{end}")
        _SET_SPAN_START(self, start)
        _SET_SPAN_END(self, end)

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_SET_SPAN_START, _SET_SPAN_END = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__  # slot descriptors


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article's bytes as they arrived, before any extraction.

    ``media_type`` is ``text/plain`` or ``text/html``: container formats (JSON Lines, WARC,
    feeds) are opened by the readers, which yield one RawDocument per article inside them.
    ``hints`` carries metadata the container stated (title, url, published) so that
    extraction can prefer it over guessing.
    """

    id: str
    origin: str
    body: bytes
    media_type: str
    url: str | None = None
    fetched_at: datetime | None = None
    hints: Mapping[str, str] = field(default_factory=_frozen_map)


@quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: metadata plus the body as verbatim paragraphs.

    ``text`` is the paragraphs joined by :data:`PARAGRAPH_SEPARATOR`; ``paragraphs`` are
    their spans in it. Fields the source does not state are ``None`` or empty, never guessed.
    """

    id: str
    origin: str
    text: str
    paragraphs: tuple[Span, ...]
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    dateline: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None
    language_confidence: float | None = None

    @classmethod
    def from_paragraphs(cls, id: str, origin: str, paragraphs: list[str] | tuple[str, ...], **meta: object) -> Article:
        spans: list[Span] = []
        offset = 0
        for para in paragraphs:
            spans.append(Span(offset, offset + len(para)))
            offset += len(para) + len(PARAGRAPH_SEPARATOR)
        return cls(id=id, origin=origin, text=PARAGRAPH_SEPARATOR.join(paragraphs), paragraphs=tuple(spans), **meta)  # type: ignore[arg-type]

    @property
    def body(self) -> list[str]:
        return [span.of(self.text) for span in self.paragraphs]


@quick_init
@dataclass(frozen=True, slots=True)
class Token:
    span: Span
    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    tokens: tuple[Token, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """A distinct real-world entity named in an article, under its canonical name."""

    id: str
    name: str
    type: EntityType
    actor: str | None = None
    wikidata: str | None = None
    sector: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    text: str
    type: EntityType
    entity_id: str
    role: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class TimeExpr:
    span: Span
    text: str
    value: str
    granularity: Granularity
    anchor: str | None = None
    anchor_source: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    span: Span
    text: str
    direct: bool
    speaker: str | None = None
    speaker_entity: str | None = None
    actor: str | None = None
    cue: Span | None = None
    speaker_span: Span | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Event:
    type: str
    mode: str | None
    source: str | None
    target: str | None
    date: str | None
    status: EventStatus
    evidence: Span
    trigger: Span
    confidence: float = 0.5
    source_entity: str | None = None
    target_entity: str | None = None
    by: str = "rules.v1"


@quick_init
@dataclass(frozen=True, slots=True)
class Problem:
    """A non-fatal doubt about one article, kept with its analysis instead of raised."""

    stage: str
    code: str
    message: str
    span: Span | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    published_inferred: str | None = None
    provenance: Mapping[str, str] = field(default_factory=_frozen_map)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or analysed, with the error that says why."""

    source: str
    error: Exception
