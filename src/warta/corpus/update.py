"""The corpus stages over the store, run incrementally after each ingest batch.

For each stored article the stages have not seen (in arrival order, one transaction each,
so an interruption resumes cleanly): retire the version it replaces, link it to an earlier
near-duplicate through the LSH buckets, then put it in a story (a copy goes to its
original's story and adds nothing to its features). Then, for every story that changed,
rebuild its title, fused events and claims.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.engine import Connection

from warta.corpus import dedup, stories
from warta.corpus.claims import find_claims
from warta.corpus.fusion import fuse
from warta.store import schema
from warta.store.queries import event_records, member_rows, quote_records
from warta.store.repository import Store
from warta.store.upsert import add_to

A, D, S, SA, SF = schema.articles, schema.documents, schema.stories, schema.story_articles, schema.story_features
CANDIDATE_STORIES = 30  # stories scored per article, chosen by shared rare features
BLOCK_MIN_DF = 50  # features rarer than this (or than 5% of the corpus) select candidates
BLOCK_FRACTION = 0.05
N_KEY = "articles"
CHUNK = 64  # articles per corpus-stage transaction


class Frequencies:
    """Document frequencies, read once per chunk and written back once, in its transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.known: dict[str, int] = {}
        self.delta: Counter[str] = Counter()
        self.n_docs = _corpus_size(connection)
        self.n_delta = 0

    def lookup(self, features: list[str]) -> dict[str, int]:
        missing = [f for f in features if f not in self.known]
        if missing:
            fetched = _document_frequencies(self.connection, missing)
            self.known.update({f: fetched.get(f, 0) for f in missing})
        return {f: self.known[f] for f in features}

    def count(self, raw: Mapping[str, float], sign: int) -> None:
        self.lookup(list(raw))
        for feature in raw:
            self.known[feature] += sign
            self.delta[feature] += sign
        self.n_docs += sign
        self.n_delta += sign

    def flush(self) -> None:
        add_to(self.connection, schema.feature_df, {}, "df", [(f, d) for f, d in self.delta.items() if d])
        if self.n_delta:
            add_to(self.connection, schema.corpus_meta, {}, "value", [(N_KEY, self.n_delta)])
        self.delta.clear()
        self.n_delta = 0


def update_corpus(store: Store, progress: Callable[[str], None] | None = None) -> set[str]:
    """Run the corpus stages on every pending article; return the stories that changed.

    Articles go in chunks, each chunk (placing its articles, then refreshing the stories
    they touched) in one transaction: an interruption leaves the chunk pending, to redo.
    """
    touched: set[str] = set()
    pending = store.pending()
    for start in range(0, len(pending), CHUNK):
        with store.transaction() as connection:
            frequencies = Frequencies(connection)
            changed: set[str] = set()
            for key in pending[start : start + CHUNK]:
                changed |= place_article(connection, key, frequencies)
                if progress:
                    progress(key)
            frequencies.flush()
            for story_id in sorted(changed):
                refresh_story(connection, story_id)
        touched |= changed
    return touched


def place_article(connection: Connection, key: str, frequencies: Frequencies) -> set[str]:
    """Deduplicate and cluster one article; the stories it touched (joined or left)."""
    row = connection.execute(
        select(A.c.hash, A.c.id, A.c.day, A.c.seq, A.c.features, A.c.minhash, D.c.previous)
        .join(D, D.c.hash == A.c.hash).where(A.c.hash == key)
    ).one()
    touched = retire(connection, row.previous, frequencies) if row.previous else set()
    original = find_original(connection, row)
    _add_buckets(connection, key, row.minhash)
    if original is None:
        story_id = _cluster(connection, row, frequencies)
    else:
        story_id = _join_as_copy(connection, row, original, frequencies)
    connection.execute(update(A).where(A.c.hash == key).values(corpus_done=True))
    return touched | ({story_id} if story_id else set())


# -- near-duplicates -------------------------------------------------------------------------


def find_original(connection: Connection, row: Any) -> tuple[str, float] | None:
    """The earliest current article whose body this one repeats, with the similarity."""
    keys = dedup.band_keys(row.minhash)
    candidates = connection.execute(
        select(A.c.hash, A.c.minhash, A.c.seq)
        .join(schema.lsh_buckets, schema.lsh_buckets.c.article_hash == A.c.hash)
        .join(D, D.c.hash == A.c.hash)
        .where(tuple_(schema.lsh_buckets.c.band, schema.lsh_buckets.c.bucket).in_(keys))
        .where(D.c.current.is_(True), A.c.id != row.id)
        .distinct()
    ).all()
    scored = [(dedup.similarity(row.minhash, c.minhash), -c.seq, c.hash) for c in candidates]
    scored = [s for s in scored if s[0] >= dedup.THRESHOLD]
    if not scored:
        return None
    similarity, _, original = max(scored)
    dup = schema.duplicates
    first = connection.scalar(select(dup.c.original_hash).where(dup.c.article_hash == original))
    return (first or original), similarity


def _add_buckets(connection: Connection, key: str, minhash: bytes) -> None:
    rows = [{"band": band, "bucket": bucket, "article_hash": key} for band, bucket in dedup.band_keys(minhash)]
    connection.execute(schema.lsh_buckets.insert(), rows)


def _join_as_copy(connection: Connection, row: Any, original: tuple[str, float], frequencies: Frequencies) -> str:
    original_hash, similarity = original
    connection.execute(schema.duplicates.insert().values(article_hash=row.hash, original_hash=original_hash,
                                                         similarity=similarity))
    story_id = connection.scalar(select(SA.c.story_id).where(SA.c.article_hash == original_hash))
    if story_id is None:
        return _cluster(connection, row, frequencies)
    connection.execute(SA.insert().values(article_hash=row.hash, story_id=story_id, score=similarity, vector="{}"))
    _bump_story(connection, story_id, row.day, 1)
    return str(story_id)


# -- stories ---------------------------------------------------------------------------------


def _corpus_size(connection: Connection) -> int:
    return int(connection.scalar(select(schema.corpus_meta.c.value).where(schema.corpus_meta.c.key == N_KEY)) or 0)


def _document_frequencies(connection: Connection, features: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(features), 500):
        chunk = features[start : start + 500]
        table = schema.feature_df
        found.update({f: int(df) for f, df in connection.execute(select(table).where(table.c.feature.in_(chunk)))})
    return found


def _cluster(connection: Connection, row: Any, frequencies: Frequencies) -> str:
    raw: dict[str, float] = json.loads(row.features)
    df = frequencies.lookup(list(raw))
    vector = stories.weighted(raw, df, frequencies.n_docs)
    candidates = _candidate_stories(connection, vector, df, frequencies.n_docs)
    story_id, score = stories.best_story(vector, candidates, row.day)
    if story_id is None:
        story_id = "st_" + row.hash[:12]
        connection.execute(schema.stories.insert().values(id=story_id, title=None, first_day=row.day,
                                                          last_day=row.day, articles=0, sq_norm=0.0,
                                                          created_seq=row.seq))
        sums: Mapping[str, float] = {}
    else:
        sums = next(c.sums for c in candidates if c.id == story_id)
    _add_vector(connection, story_id, vector, sums, 1)
    connection.execute(SA.insert().values(article_hash=row.hash, story_id=story_id, score=score,
                                          vector=json.dumps(vector, sort_keys=True)))
    _bump_story(connection, story_id, row.day, 1)
    frequencies.count(raw, 1)
    return story_id


def _candidate_stories(connection: Connection, vector: Mapping[str, float], df: Mapping[str, int],
                       n_docs: int) -> list[stories.StoryState]:
    """Stories sharing the article's rarer features: an inverted-index look-up, not a scan."""
    limit = max(BLOCK_MIN_DF, BLOCK_FRACTION * n_docs)
    rare = [f for f in vector if df.get(f, 0) <= limit]
    if not rare:
        return []
    ranked = connection.execute(
        select(SF.c.story_id).where(SF.c.feature.in_(rare)).group_by(SF.c.story_id)
        .order_by(func.count().desc(), SF.c.story_id).limit(CANDIDATE_STORIES)
    ).scalars().all()
    if not ranked:
        return []
    sums: dict[str, dict[str, float]] = {s: {} for s in ranked}
    for story_id, feature, weight in connection.execute(
        select(SF.c.story_id, SF.c.feature, SF.c.weight)
        .where(SF.c.story_id.in_(ranked), SF.c.feature.in_(list(vector)))
    ):
        sums[story_id][feature] = weight
    heads = connection.execute(select(schema.stories).where(schema.stories.c.id.in_(ranked)))
    return [stories.StoryState(h.id, h.sq_norm, sums[h.id], h.first_day, h.last_day) for h in heads]


def _add_vector(connection: Connection, story_id: str, vector: Mapping[str, float], sums: Mapping[str, float],
                sign: int) -> None:
    sq_norm = connection.scalar(select(schema.stories.c.sq_norm).where(schema.stories.c.id == story_id)) or 0.0
    new_norm = stories.added_sq_norm(sq_norm, sums, vector, sign)
    add_to(connection, SF, {"story_id": story_id}, "weight", [(f, sign * w) for f, w in vector.items()])
    if sign < 0:
        connection.execute(delete(SF).where(SF.c.story_id == story_id, SF.c.weight <= 1e-9))
    connection.execute(update(schema.stories).where(schema.stories.c.id == story_id).values(sq_norm=new_norm))


def _bump_story(connection: Connection, story_id: str, day: str | None, sign: int) -> None:
    head = connection.execute(select(S.c.first_day, S.c.last_day).where(S.c.id == story_id)).one()
    days = [d for d in (head.first_day, head.last_day, day) if d]
    values: dict[str, Any] = {"articles": S.c.articles + sign}
    if sign > 0 and days:
        values.update(first_day=min(days), last_day=max(days))
    connection.execute(update(S).where(S.c.id == story_id).values(**values))


def retire(connection: Connection, key: str, frequencies: Frequencies) -> set[str]:
    """Take a superseded version out of its story and the indexes; the story it left."""
    connection.execute(delete(schema.lsh_buckets).where(schema.lsh_buckets.c.article_hash == key))
    member = connection.execute(select(SA).where(SA.c.article_hash == key)).first()
    if member is None:
        return set()
    vector: dict[str, float] = json.loads(member.vector)
    if vector:
        query = select(SF.c.feature, SF.c.weight).where(SF.c.story_id == member.story_id)
        found = connection.execute(query.where(SF.c.feature.in_(list(vector))))
        sums = {row.feature: row.weight for row in found}
        _add_vector(connection, member.story_id, vector, sums, -1)
        raw = json.loads(connection.scalar(select(A.c.features).where(A.c.hash == key)) or "{}")
        frequencies.count(raw, -1)
    connection.execute(delete(SA).where(SA.c.article_hash == key))
    _bump_story(connection, member.story_id, None, -1)
    return {member.story_id}


# -- per-story products ------------------------------------------------------------------------


def refresh_story(connection: Connection, story_id: str) -> None:
    """Rebuild the story's span, title, fused events and claims from its current members."""
    members = member_rows(connection, story_id)
    if not members:
        connection.execute(delete(S).where(S.c.id == story_id))
        return
    days = [m.day for m in members if m.day]
    title = _title(members)
    connection.execute(update(S).where(S.c.id == story_id).values(
        title=title, articles=len(members), first_day=min(days, default=None), last_day=max(days, default=None)
    ))
    _write_fusion(connection, story_id, members)
    _write_claims(connection, story_id, members)


def _title(members: list[Any]) -> str | None:
    vectors = {m.hash: json.loads(m.vector) for m in members if m.title}
    sums: dict[str, float] = {}
    for vector in vectors.values():
        for feature, weight in vector.items():
            sums[feature] = sums.get(feature, 0.0) + weight
    best = stories.representative(sorted(vectors.items()), sums)
    return next((m.title for m in members if m.hash == best), None)


def _write_fusion(connection: Connection, story_id: str, members: list[Any]) -> None:
    connection.execute(delete(schema.fused_events).where(schema.fused_events.c.story_id == story_id))
    fused = fuse(event_records(connection, story_id, members), story_id)
    if not fused:
        return
    connection.execute(schema.fused_events.insert(), [
        {"id": f.id, "story_id": story_id, "type": f.type, "source": f.source, "target": f.target, "date": f.date,
         "polarity": f.polarity, "reports": len(f.sources), "outlets": f.outlets} for f in fused])
    connection.execute(schema.event_sources.insert(), [
        {"fused_id": f.id, "article_hash": s.article_hash, "event_n": s.n} for f in fused for s in f.sources])


def _write_claims(connection: Connection, story_id: str, members: list[Any]) -> None:
    connection.execute(delete(schema.claims).where(schema.claims.c.story_id == story_id))
    events = event_records(connection, story_id, members)
    found = find_claims(events, quote_records(connection, story_id, members), story_id)
    if not found:
        return
    connection.execute(schema.claims.insert(), [
        {"id": c.id, "story_id": story_id, "type": c.type, "source": c.source, "target": c.target,
         "disputed": c.disputed} for c in found])
    connection.execute(schema.claim_positions.insert(), [
        {"claim_id": c.id, "n": n, "stance": p.stance, "actor": p.actor, "article_hash": p.article_hash,
         "kind": p.kind, "ref": p.ref} for c in found for n, p in enumerate(c.positions)])
