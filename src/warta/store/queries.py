"""Reads shared by the corpus stages and the reports: a story's events, quotes and members."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, and_, select
from sqlalchemy.engine import Connection

from warta.corpus.records import EventRecord, QuoteRecord
from warta.store import schema

A, D, SA = schema.articles, schema.documents, schema.story_articles
E, Q, EN = schema.events, schema.quotes, schema.entities
CHUNK = 400  # keys per IN (...) list: well under SQLite's variable limit


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
    keys = list(members)
    records = []
    for start in range(0, len(keys), CHUNK):
        query = select(E).where(E.c.article_hash.in_(keys[start : start + CHUNK]))
        records += [_event_record(row, members[row.article_hash]) for row in connection.execute(query)]
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
    keys = list(members)
    records = []
    for start in range(0, len(keys), CHUNK):
        query = select(Q).where(Q.c.article_hash.in_(keys[start : start + CHUNK]))
        records += [_quote_record(row, members[row.article_hash]) for row in connection.execute(query)]
    return sorted(records, key=lambda r: (r.article_hash, r.n))


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
