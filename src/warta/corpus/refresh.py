"""Rebuilding the per-story products (span, title, fused events, claims) of changed stories.

Done for all the stories a chunk of articles touched at once: one read of their members,
events and quotes, one delete and one many-row insert per table, whatever the number of
stories, so the cost is a handful of statements per chunk rather than per story.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, update
from sqlalchemy.engine import Connection

from warta.corpus import stories
from warta.corpus.claims import Claim, find_claims
from warta.corpus.fusion import FusedEvent, fuse
from warta.store import schema
from warta.store.queries import members_of, story_records

S = schema.stories


def refresh_stories(connection: Connection, story_ids: Iterable[str]) -> None:
    """Rebuild span, title, fused events and claims of each story from its current members."""
    ids = sorted(set(story_ids))
    if not ids:
        return
    members = members_of(connection, ids)
    gone = [story_id for story_id, rows in members.items() if not rows]
    live = {story_id: rows for story_id, rows in members.items() if rows}
    _delete_products(connection, ids)
    if gone:
        connection.execute(delete(S).where(S.c.id.in_(gone)))
    if not live:
        return
    _write_heads(connection, live)
    fused: list[tuple[str, FusedEvent]] = []
    claims: list[tuple[str, Claim]] = []
    for story_id, (events, quotes) in story_records(connection, live).items():
        fused += [(story_id, f) for f in fuse(events, story_id)]
        claims += [(story_id, c) for c in find_claims(events, quotes, story_id)]
    _write_fusion(connection, fused)
    _write_claims(connection, claims)


def _delete_products(connection: Connection, ids: list[str]) -> None:
    # event_sources and claim_positions go with their parents (ON DELETE CASCADE needs the
    # foreign-key pragma on SQLite, which the store sets), but say so explicitly: cheaper
    # than relying on cascades row by row on PostgreSQL.
    fused_ids = schema.fused_events.select().with_only_columns(schema.fused_events.c.id)
    claim_ids = schema.claims.select().with_only_columns(schema.claims.c.id)
    connection.execute(delete(schema.event_sources).where(
        schema.event_sources.c.fused_id.in_(fused_ids.where(schema.fused_events.c.story_id.in_(ids)))))
    connection.execute(delete(schema.claim_positions).where(
        schema.claim_positions.c.claim_id.in_(claim_ids.where(schema.claims.c.story_id.in_(ids)))))
    connection.execute(delete(schema.fused_events).where(schema.fused_events.c.story_id.in_(ids)))
    connection.execute(delete(schema.claims).where(schema.claims.c.story_id.in_(ids)))


def _write_heads(connection: Connection, live: dict[str, list[Any]]) -> None:
    heads = []
    for story_id, members in live.items():
        days = [m.day for m in members if m.day]
        heads.append({"key": story_id, "title": title_of(members), "articles": len(members),
                      "first_day": min(days, default=None), "last_day": max(days, default=None)})
    statement = update(S).where(S.c.id == bindparam("key")).values(
        title=bindparam("title"), articles=bindparam("articles"), first_day=bindparam("first_day"),
        last_day=bindparam("last_day"))
    connection.execute(statement, heads)


def title_of(members: list[Any]) -> str | None:
    """The headline of the member closest to the story's centroid."""
    vectors = {m.hash: json.loads(m.vector) for m in members if m.title}
    sums: dict[str, float] = {}
    for vector in vectors.values():
        for feature, weight in vector.items():
            sums[feature] = sums.get(feature, 0.0) + weight
    best = stories.representative(sorted(vectors.items()), sums)
    return next((m.title for m in members if m.hash == best), None)


def _write_fusion(connection: Connection, fused: list[tuple[str, FusedEvent]]) -> None:
    if not fused:
        return
    connection.execute(schema.fused_events.insert(), [
        {"id": f.id, "story_id": story_id, "type": f.type, "source": f.source, "target": f.target, "date": f.date,
         "polarity": f.polarity, "reports": len(f.sources), "outlets": f.outlets} for story_id, f in fused])
    connection.execute(schema.event_sources.insert(), [
        {"fused_id": f.id, "article_hash": s.article_hash, "event_n": s.n} for _, f in fused for s in f.sources])


def _write_claims(connection: Connection, claims: list[tuple[str, Claim]]) -> None:
    if not claims:
        return
    connection.execute(schema.claims.insert(), [
        {"id": c.id, "story_id": story_id, "type": c.type, "source": c.source, "target": c.target,
         "disputed": c.disputed} for story_id, c in claims])
    connection.execute(schema.claim_positions.insert(), [
        {"claim_id": c.id, "n": n, "stance": p.stance, "actor": p.actor, "article_hash": p.article_hash,
         "kind": p.kind, "ref": p.ref} for _, c in claims for n, p in enumerate(c.positions)])
