"""Claims: a contestable proposition (who did what to whom) and who asserts or denies it.

A claim is an event of a factual type (AID PRK→RUS: "North Korea supplies Russia") seen in
a story. Positions on it come from the articles that report it:

* an outlet asserts it when it reports the event as having happened;
* an actor asserts it when, in an article reporting the claim, it ACCUSEs the claim's doer
  and the accusation names the claim's other party or sits beside the claim's own sentence
  ("X menuduh Pyongyang memasok senjata ke Moskow");
* an actor denies it when, in such an article, one of the claim's parties REJECTs, or is
  quoted with a denial cue ("membantah", "tidak berdasar"), or the claim's event itself is
  reported with status ``denied`` (the doer denying it).

A claim is disputed when somebody asserts it and one of its parties denies it.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from warta.corpus.fusion import actor_key
from warta.corpus.records import Citation, EventRecord, QuoteRecord
from warta.resources import read_text

NEAR_SENTENCES = 2  # an accusation this close to the claim's own sentence is about it
ASSERTING = frozenset({"happened", "announced"})


@dataclass(frozen=True, slots=True)
class Position:
    stance: str  # "assert" or "deny"
    actor: str | None  # None: the outlet's own reporting
    article_hash: str
    citation: Citation
    kind: str  # "event" or "quote"
    ref: int  # the event's or quote's position in its article
    outlet: str


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    type: str
    source: str
    target: str | None
    positions: tuple[Position, ...]

    def actors(self, stance: str) -> tuple[str, ...]:
        return tuple(sorted({p.actor for p in self.positions if p.stance == stance and p.actor}))

    @property
    def disputed(self) -> bool:
        asserted = any(p.stance == "assert" for p in self.positions)
        return asserted and bool(self.actors("deny"))


@cache
def _settings() -> tuple[re.Pattern[str], frozenset[str]]:
    data = tomllib.loads(read_text("corpus", "claims.toml"))
    cues = sorted(data["denial_cues"], key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.IGNORECASE)
    return pattern, frozenset(data["claim_types"])


def is_denial(quote: QuoteRecord) -> bool:
    pattern = _settings()[0]
    return bool(pattern.search(quote.cue or "") or pattern.search(quote.text))


def _near(left: EventRecord, right: EventRecord) -> bool:
    if left.start < right.end and right.start < left.end:
        return True
    if left.sentence is not None and right.sentence is not None:
        return abs(left.sentence - right.sentence) <= NEAR_SENTENCES
    return left.paragraph is not None and left.paragraph == right.paragraph


def _accuses(accusation: EventRecord, claim: list[EventRecord]) -> bool:
    first = claim[0]
    parties = {first.source, first.target}
    if accusation.type != "ACCUSE" or accusation.target != first.source or accusation.source in parties:
        return False
    names_other = first.target is not None and first.target in accusation.mention_actors
    return names_other or any(_near(accusation, event) for event in claim)


def _position(stance: str, actor: str | None, record: EventRecord | QuoteRecord, kind: str) -> Position:
    return Position(stance, actor, record.article_hash, record.citation, kind, record.n, record.outlet)


def _event_positions(claim: list[EventRecord], article_events: list[EventRecord]) -> Iterable[Position]:
    first = claim[0]
    parties = {first.source, first.target} - {None}
    for event in claim:
        if event.status in ASSERTING:
            yield _position("assert", None, event, "event")
        elif event.status == "denied":
            yield _position("deny", first.source, event, "event")
    for event in article_events:
        if _accuses(event, claim):
            yield _position("assert", event.source, event, "event")
        elif event.type == "REJECT" and event.source in parties:
            yield _position("deny", event.source, event, "event")


def _quote_positions(claim: list[EventRecord], quotes: list[QuoteRecord]) -> Iterable[Position]:
    parties = {claim[0].source, claim[0].target} - {None}
    for quote in quotes:
        if quote.actor in parties and is_denial(quote):
            yield _position("deny", quote.actor, quote, "quote")


def _claim_id(story_id: str, key: tuple[str, str | None, str | None]) -> str:
    return "cl_" + hashlib.sha1(f"{story_id}|{key}".encode()).hexdigest()[:16]


def find_claims(events: Iterable[EventRecord], quotes: Iterable[QuoteRecord], story_id: str = "") -> list[Claim]:
    """The story's claims that somebody takes a position on, disputed ones first."""
    claim_types = _settings()[1]
    by_article: dict[str, list[EventRecord]] = defaultdict(list)
    quotes_by_article: dict[str, list[QuoteRecord]] = defaultdict(list)
    for event in events:
        by_article[event.article_hash].append(event)
    for quote in quotes:
        quotes_by_article[quote.article_hash].append(quote)
    positions: dict[tuple[str, str | None, str | None], set[Position]] = defaultdict(set)
    for article, article_events in by_article.items():
        grouped: dict[tuple[str, str | None, str | None], list[EventRecord]] = defaultdict(list)
        for event in article_events:
            if event.type in claim_types and event.source and event.status != "question":
                grouped[actor_key(event)].append(event)
        for key, claim in grouped.items():
            positions[key].update(_event_positions(claim, article_events))
            positions[key].update(_quote_positions(claim, quotes_by_article[article]))
    claims = [_make_claim(story_id, key, found) for key, found in positions.items() if _has_actor(found)]
    return sorted(claims, key=lambda c: (not c.disputed, c.type, c.source, c.target or ""))


def _has_actor(positions: set[Position]) -> bool:
    return any(p.actor for p in positions)


def _make_claim(story_id: str, key: tuple[str, str | None, str | None], positions: set[Position]) -> Claim:
    kind, source, target = key
    ordered = tuple(sorted(positions, key=lambda p: (p.stance, p.actor or "", p.citation.article_id, p.kind, p.ref)))
    return Claim(_claim_id(story_id, key), kind, source or "", target, ordered)
