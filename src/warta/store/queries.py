"""Reads shared by the corpus stages and the reports: a story's events, quotes and members."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Row, Table, and_, func, select
from sqlalchemy.engine import Connection

from warta.corpus.records import EventRecord, QuoteRecord
from warta.corpus.stories import Member, StoryState, deed_key
from warta.store import schema

R = TypeVar("R", EventRecord, QuoteRecord)

A, D, S, SA, SF = schema.articles, schema.documents, schema.stories, schema.story_articles, schema.story_features
E, Q, EN = schema.events, schema.quotes, schema.entities
CHUNK = 400  # keys per IN (...) list: well under SQLite's variable limit
CANDIDATE_STORIES = 30  # stories scored per article, chosen by shared rare features
BLOCK_MIN_DF = 50  # features rarer than this (or than 5% of the corpus) select candidates
BLOCK_FRACTION = 0.05
BLOCK_FEATURES = 32  # of those, the rarest this many select candidates


def _members_query(story_ids: list[str]) -> Any:
    original = A.alias("original")
    return (
        select(A.c.hash, A.c.id, A.c.title, A.c.publisher, A.c.published, A.c.day, A.c.seq, SA.c.story_id,
               SA.c.vector, SA.c.score, schema.duplicates.c.original_hash, original.c.id.label("original_id"),
               original.c.publisher.label("original_publisher"))
        .join(SA, SA.c.article_hash == A.c.hash)
        .join(D, D.c.hash == A.c.hash)
        .outerjoin(schema.duplicates, schema.duplicates.c.article_hash == A.c.hash)
        .outerjoin(original, original.c.hash == schema.duplicates.c.original_hash)
        .where(SA.c.story_id.in_(story_ids), D.c.current.is_(True))
        .order_by(A.c.seq)
    )


def member_rows(connection: Connection, story_id: str) -> list[Row[Any]]:
    """The story's current articles with their copy links, in arrival order."""
    return list(connection.execute(_members_query([story_id])))


def members_of(connection: Connection, story_ids: list[str]) -> dict[str, list[Row[Any]]]:
    """:func:`member_rows` for many stories in one query per :data:`CHUNK` ids."""
    found: dict[str, list[Row[Any]]] = {story_id: [] for story_id in story_ids}
    for start in range(0, len(story_ids), CHUNK):
        for row in connection.execute(_members_query(story_ids[start : start + CHUNK])):
            found[row.story_id].append(row)
    return found


def outlet_of(member: Row[Any]) -> str:
    """Copies count as their original's outlet; an unnamed outlet is its own article."""
    if member.original_hash is not None:
        return str(member.original_publisher or member.original_id)
    return str(member.publisher or member.id)


def event_records(connection: Connection, story_id: str, rows: list[Any] | None = None) -> list[EventRecord]:
    """The events of the story's current articles (``rows``: its members, if already read)."""
    members = {m.hash: m for m in (member_rows(connection, story_id) if rows is None else rows)}
    return _events_of(connection, members)


def _events_of(connection: Connection, members: dict[str, Row[Any]]) -> list[EventRecord]:
    return _records_of(connection, E, members, _event_record)


def _records_of(
    connection: Connection, table: Table, members: dict[str, Row[Any]], make: Callable[[Row[Any], Row[Any]], R]
) -> list[R]:
    """``make(row, member)`` for every row of ``table`` belonging to ``members``, in article order."""
    keys = list(members)
    records = []
    for start in range(0, len(keys), CHUNK):
        query = select(table).where(table.c.article_hash.in_(keys[start : start + CHUNK]))
        records += [make(row, members[row.article_hash]) for row in connection.execute(query)]
    return sorted(records, key=lambda r: (r.article_hash, r.n))


def _event_record(row: Row[Any], member: Row[Any]) -> EventRecord:
    return EventRecord(
        article_hash=row.article_hash, article_id=member.id, outlet=outlet_of(member), n=row.n, type=row.type,
        source=row.source, target=row.target, date=row.date, status=row.status, evidence=row.evidence,
        start=row.start, end=row.end, sentence=row.sentence, paragraph=row.paragraph,
        mention_actors=frozenset((row.mention_actors or "").split()),
    )


def quote_records(connection: Connection, story_id: str, rows: list[Any] | None = None) -> list[QuoteRecord]:
    members = {m.hash: m for m in (member_rows(connection, story_id) if rows is None else rows)}
    return _quotes_of(connection, members)


def _quotes_of(connection: Connection, members: dict[str, Row[Any]]) -> list[QuoteRecord]:
    return _records_of(connection, Q, members, _quote_record)


def _quote_record(row: Row[Any], member: Row[Any]) -> QuoteRecord:
    return QuoteRecord(
        article_hash=row.article_hash, article_id=member.id, outlet=outlet_of(member), n=row.n, text=row.text,
        speaker=row.speaker, actor=row.actor, direct=row.direct, cue=row.cue, date=member.day,
        sentence=row.sentence, paragraph=row.paragraph,
    )


def story_records(
    connection: Connection, members: dict[str, list[Row[Any]]]
) -> dict[str, tuple[list[EventRecord], list[QuoteRecord]]]:
    """The events and quotes of many stories at once (``members``: from :func:`members_of`)."""
    everyone = {m.hash: m for rows in members.values() for m in rows}
    story_of = {m.hash: story_id for story_id, rows in members.items() for m in rows}
    found: dict[str, tuple[list[EventRecord], list[QuoteRecord]]] = {s: ([], []) for s in members}
    for event in _events_of(connection, everyone):
        found[story_of[event.article_hash]][0].append(event)
    for quote in _quotes_of(connection, everyone):
        found[story_of[quote.article_hash]][1].append(quote)
    return found


def actor_names(connection: Connection, story_id: str) -> dict[str, str]:
    """A readable name per actor code, from the states and bodies the story's articles name."""
    query = (
        select(EN.c.actor, EN.c.name)
        .join(SA, SA.c.article_hash == EN.c.article_hash)
        .where(and_(SA.c.story_id == story_id, EN.c.actor.is_not(None), EN.c.type.in_(["GPE", "IGO"])))
    )
    counts: dict[str, dict[str, int]] = {}
    for actor, name in connection.execute(query):
        counts.setdefault(actor, {}).setdefault(name, 0)
        counts[actor][name] += 1
    return {actor: min(names, key=lambda n: (-names[n], n)) for actor, names in counts.items()}


def recent_members(connection: Connection, story_id: str, limit: int) -> list[Member]:
    """The vectors and days of the story's ``limit`` latest articles (copies carry none)."""
    query = (select(SA.c.vector, A.c.day).join(A, A.c.hash == SA.c.article_hash)
             .where(SA.c.story_id == story_id, SA.c.vector != "{}").order_by(A.c.seq.desc()).limit(limit))
    return [Member(json.loads(vector), day) for vector, day in connection.execute(query)]


def disputed_deeds(connection: Connection, story_ids: list[str]) -> dict[str, frozenset[str]]:
    """Per story, the ``v:`` keys of the deeds its disputed claims are about."""
    claims = schema.claims
    found: dict[str, set[str]] = {}
    for start in range(0, len(story_ids), CHUNK):
        query = (select(claims.c.story_id, claims.c.type, claims.c.source, claims.c.target)
                 .where(claims.c.story_id.in_(story_ids[start : start + CHUNK]), claims.c.disputed.is_(True)))
        for story_id, kind, source, target in connection.execute(query):
            found.setdefault(story_id, set()).add(deed_key(kind, source, target))
    return {story_id: frozenset(keys) for story_id, keys in found.items()}


def candidate_stories(connection: Connection, vector: Mapping[str, float], df: Mapping[str, int], n_docs: int,
                      exclude: str | None = None) -> list[StoryState]:
    """Stories sharing the article's rarest features: an inverted-index look-up, not a scan.

    Only the :data:`BLOCK_FEATURES` rarest features already seen elsewhere select stories,
    so the look-up reads a bounded number of index entries however large the corpus grows.
    """
    limit = max(BLOCK_MIN_DF, BLOCK_FRACTION * n_docs)
    seen = [f for f in vector if 0 < df.get(f, 0) <= limit]
    rare = sorted(seen, key=lambda f: (df[f], -vector[f], f))[:BLOCK_FEATURES]
    if not rare:
        return []
    ranked = (select(SF.c.story_id).where(SF.c.feature.in_(rare), SF.c.story_id != (exclude or ""))
              .group_by(SF.c.story_id).order_by(func.count().desc(), SF.c.story_id).limit(CANDIDATE_STORIES))
    return story_states(connection, list(connection.scalars(ranked)), vector)


def story_states(connection: Connection, story_ids: list[str], vector: Mapping[str, float]) -> list[StoryState]:
    """The given stories as the clusterer scores them: head, and sums on ``vector``'s features."""
    if not story_ids:
        return []
    heads = connection.execute(select(S.c.id, S.c.sq_norm, S.c.first_day, S.c.last_day)
                               .where(S.c.id.in_(story_ids)).order_by(S.c.id)).all()
    sums: dict[str, dict[str, float]] = {h.id: {} for h in heads}
    features = list(vector)
    for start in range(0, len(features), CHUNK):
        query = (select(SF.c.story_id, SF.c.feature, SF.c.weight)
                 .where(SF.c.story_id.in_(list(sums)), SF.c.feature.in_(features[start : start + CHUNK])))
        for story_id, feature, weight in connection.execute(query):
            sums[story_id][feature] = weight
    disputed = disputed_deeds(connection, list(sums))
    return [StoryState(h.id, h.sq_norm, sums[h.id], h.first_day, h.last_day, disputed.get(h.id, frozenset()))
            for h in heads]
