"""Claims: a contestable proposition (who did what to whom) and who asserts or denies it.

A claim is an event of a factual type (AID PRK→RUS: "North Korea supplies Russia") that an
article of the story reports. Positions on it come from every article of the story:

* an outlet asserts it when it reports the event as having happened;
* an actor asserts it when it ACCUSEs one of the claim's parties of that deed;
* one of the claim's parties denies it when it REJECTs it, is quoted with a denial cue
  ("membantah", "tidak berdasar"), or the claim's event is reported with status ``denied``.

A statement is linked to a claim by what it is about, not by who makes it: the words of its
content must name the claim's kind of deed ("membantah tuduhan mengenai pasokan senjata"
denies AID, not every event of the denier), and, outside the claim's own article, it must
name the claim's other party. A statement whose content names no deed at all ("Tuduhan itu
tidak berdasar") takes the claim of the same speaker's linked statement a sentence or two
before it, else of a claim event beside it in the same article.

A claim is disputed when somebody asserts it and one of its parties denies it.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from warta.corpus.fusion import actor_key
from warta.corpus.records import Citation, EventRecord, QuoteRecord
from warta.resources import read_text

NEAR_SENTENCES = 2  # a statement this close to a claim's own sentence may be about it
ASSERTING = frozenset({"happened", "announced", "disputed"})
Key = tuple[str, str | None, str | None]


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


@dataclass(frozen=True, slots=True)
class _Statement:
    """An accusation or a denial: who takes which stance, in which words, where."""

    stance: str
    actor: str
    record: EventRecord | QuoteRecord
    kind: str
    deeds: frozenset[str]  # the kinds of deed its content names
    named: frozenset[str]  # the actors its words name


@dataclass(frozen=True, slots=True)
class _Settings:
    denial: re.Pattern[str]
    claim_types: frozenset[str]
    deed: re.Pattern[str]
    deed_of: dict[str, str]


@cache
def _settings() -> _Settings:
    data = tomllib.loads(read_text("corpus", "claims.toml"))
    deed_of = {cue.casefold(): kind for kind, cues in data["deed_cues"].items() for cue in cues}
    return _Settings(_alternation(data["denial_cues"]), frozenset(data["claim_types"]), _alternation(deed_of),
                     deed_of)


def _alternation(cues: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(cues, key=len, reverse=True)  # the longest cue wins where cues overlap
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in ordered) + r")(?!\w)", re.IGNORECASE)


def is_denial(quote: QuoteRecord) -> bool:
    pattern = _settings().denial
    return bool(pattern.search(quote.cue or "") or pattern.search(quote.text))


def deeds_named(text: str) -> frozenset[str]:
    """The kinds of deed (PLOVER types) the words of ``text`` name."""
    settings = _settings()
    return frozenset(settings.deed_of[m.group(0).casefold()] for m in settings.deed.finditer(text))


def denied_content(text: str) -> str:
    """What a denial denies: the words after its denial cue, else all of it."""
    match = _settings().denial.search(text)
    return text[match.end():] if match else text


def _statements(events: Iterable[EventRecord], quotes: Iterable[QuoteRecord]) -> Iterator[_Statement]:
    for event in events:
        if not event.source:
            continue
        named = event.mention_actors | {event.source} | ({event.target} if event.target else set())
        if event.type == "ACCUSE" and event.target:
            yield _Statement("assert", event.source, event, "event", deeds_named(event.evidence), frozenset(named))
        elif event.type == "REJECT" and _settings().denial.search(event.evidence):
            # Rejecting a proposal or a criticism ("menolak provokasi") is no denial of a fact;
            # only a REJECT worded as a denial ("membantah adanya ...") disputes a claim.
            deeds = deeds_named(denied_content(event.evidence))
            yield _Statement("deny", event.source, event, "event", deeds, frozenset(named))
    for quote in quotes:
        if quote.actor and is_denial(quote):
            deeds = deeds_named(quote.text) | deeds_named(denied_content(quote.cue or ""))
            yield _Statement("deny", quote.actor, quote, "quote", deeds, frozenset({quote.actor}))


def _near(left: EventRecord | QuoteRecord, right: EventRecord | QuoteRecord) -> bool:
    if left.article_hash != right.article_hash:
        return False
    if left.sentence is not None and right.sentence is not None:
        return abs(left.sentence - right.sentence) <= NEAR_SENTENCES
    return left.paragraph is not None and left.paragraph == right.paragraph


def _takes_part(statement: _Statement, key: Key) -> bool:
    """An accuser stands outside the claim and accuses one of its parties; a denier is one."""
    _, source, target = key
    parties = {source, target} - {None}
    if statement.stance == "deny":
        return statement.actor in parties
    accused = statement.record.target if isinstance(statement.record, EventRecord) else None
    return statement.actor not in parties and accused in parties


def _about(statement: _Statement, key: Key, reports: list[EventRecord]) -> bool:
    """Whether the statement's words are about this claim (see the module docstring)."""
    if key[0] not in statement.deeds:
        return False
    if any(r.article_hash == statement.record.article_hash for r in reports):
        return True
    return {key[1], key[2]} - {None} <= statement.named


def _position(stance: str, actor: str | None, record: EventRecord | QuoteRecord, kind: str) -> Position:
    return Position(stance, actor, record.article_hash, record.citation, kind, record.n, record.outlet)


def _reporting(reports: list[EventRecord]) -> Iterator[Position]:
    for event in reports:
        if event.status in ASSERTING:
            yield _position("assert", None, event, "event")
        elif event.status == "denied" and event.source:
            yield _position("deny", event.source, event, "event")


def _linked(key: Key, reports: list[EventRecord], statements: list[_Statement]) -> list[_Statement]:
    """The statements about the claim: by their words, then wordless ones by their place."""
    relevant = [s for s in statements if _takes_part(s, key)]
    linked = [s for s in relevant if _about(s, key, reports)]
    for statement in relevant:
        if not statement.deeds and _follows(statement, linked, reports, statements):
            linked.append(statement)
    return linked


def _follows(statement: _Statement, linked: list[_Statement], reports: list[EventRecord],
             statements: list[_Statement]) -> bool:
    """A wordless statement goes with the same speaker's worded one beside it, whichever
    claim that is about; only when there is none, with a claim event beside it."""
    same = [s for s in statements if s.deeds and (s.actor, s.stance) == (statement.actor, statement.stance)
            and _near(statement.record, s.record)]
    if same:
        return any(s in linked for s in same)
    return any(_near(statement.record, r) for r in reports)


def _claim_id(story_id: str, key: Key) -> str:
    return "cl_" + hashlib.sha1(f"{story_id}|{key}".encode()).hexdigest()[:16]


def _claim_events(events: Iterable[EventRecord]) -> dict[Key, list[EventRecord]]:
    claim_types = _settings().claim_types
    grouped: dict[Key, list[EventRecord]] = defaultdict(list)
    for event in events:
        if event.type in claim_types and event.source and event.status != "question":
            grouped[actor_key(event)].append(event)
    return grouped


def find_claims(events: Iterable[EventRecord], quotes: Iterable[QuoteRecord], story_id: str = "") -> list[Claim]:
    """The story's claims that some actor takes a position on, disputed ones first."""
    events = list(events)
    statements = list(_statements(events, quotes))
    claims = []
    for key, reports in _claim_events(events).items():
        positions = set(_reporting(reports))
        positions.update(_position(s.stance, s.actor, s.record, s.kind) for s in _linked(key, reports, statements))
        if any(p.actor for p in positions):
            claims.append(_make_claim(story_id, key, positions))
    return sorted(claims, key=lambda c: (not c.disputed, c.type, c.source, c.target or ""))


def _make_claim(story_id: str, key: Key, positions: set[Position]) -> Claim:
    kind, source, target = key
    ordered = tuple(sorted(positions, key=lambda p: (p.stance, p.actor or "", p.citation.article_id, p.kind, p.ref)))
    return Claim(_claim_id(story_id, key), kind, source or "", target, ordered)
