"""Plain records the corpus algorithms read: one event or quote of one stored article.

They carry what fusion, claims and reports need (actors, dates, where to cite) and nothing
of the store, so the algorithms stay pure and testable on hand-built values.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a statement comes from: an article id and the sentence (1-based) in its text."""

    article_id: str
    sentence: int | None
    paragraph: int | None = None

    def label(self) -> str:
        if self.sentence is not None:
            return f"{self.article_id}:s{self.sentence}"
        if self.paragraph is not None:
            return f"{self.article_id}:p{self.paragraph}"
        return self.article_id


@dataclass(frozen=True, slots=True)
class EventRecord:
    article_hash: str
    article_id: str
    outlet: str  # independence key: the outlet, or the original's outlet for a copy
    n: int  # the event's position in its article
    type: str
    source: str | None
    target: str | None
    date: str | None
    status: str
    evidence: str
    start: int
    end: int
    sentence: int | None
    paragraph: int | None
    mention_actors: frozenset[str] = frozenset()  # actors named inside the evidence span

    @property
    def citation(self) -> Citation:
        return Citation(self.article_id, self.sentence, self.paragraph)


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    article_hash: str
    article_id: str
    outlet: str
    n: int
    text: str
    speaker: str | None
    actor: str | None
    direct: bool
    cue: str | None
    date: str | None  # the article's date: quotes are dated by when they were reported
    sentence: int | None
    paragraph: int | None

    @property
    def citation(self) -> Citation:
        return Citation(self.article_id, self.sentence, self.paragraph)
