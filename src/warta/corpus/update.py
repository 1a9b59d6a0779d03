"""The corpus stages over the store, run incrementally after each ingest batch.

For each stored article the stages have not seen (in arrival order, one transaction each,
so an interruption resumes cleanly): retire the version it replaces, link it to an earlier
near-duplicate through the LSH buckets, then put it in a story (a copy goes to its
original's story and adds nothing to its features). Then, for every story that changed,
rebuild its title, fused events and claims (:mod:`warta.corpus.refresh`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.engine import Connection

from warta.corpus import dedup, stories
from warta.corpus.merge import merge_stories
from warta.corpus.refresh import refresh_stories
from warta.store import schema
from warta.store.queries import candidate_stories, recent_members
from warta.store.repository import Store
from warta.store.upsert import add_to

A, D, S, SA, SF = schema.articles, schema.documents, schema.stories, schema.story_articles, schema.story_features
N_KEY = "articles"
CHUNK = 64  # articles per corpus-stage transaction
RECENT_MEMBERS = 30  # an article must resemble one of a story's latest articles to join it


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

    Articles go in chunks, each chunk (placing its articles, refreshing the stories they
    touched, merging those that have come close to another) in one transaction: an
    interruption leaves the chunk pending, to redo.
    """
    touched: set[str] = set()
    pending = store.pending()
    for start in range(0, len(pending), CHUNK):
        keys = pending[start : start + CHUNK]
        with store.transaction() as connection:
            frequencies = Frequencies(connection)
            changed: set[str] = set()
            neighbours: dict[str, set[str]] = {}
            for row in _pending_rows(connection, keys):
                changed |= place_article(connection, row, frequencies, neighbours)
                if progress:
                    progress(row.hash)
            connection.execute(update(A).where(A.c.hash.in_(keys)).values(corpus_done=True))
            refresh_stories(connection, changed)  # first: the merge pass reads the disputed claims
            merged = merge_stories(connection, neighbours, frequencies)
            refresh_stories(connection, set(merged) | set(merged.values()))
            frequencies.flush()
        touched = {merged.get(story_id, story_id) for story_id in touched | changed}
    return touched


def _pending_rows(connection: Connection, keys: list[str]) -> list[Any]:
    """The chunk's articles as the stages need them, in one query, in arrival order."""
    query = (select(A.c.hash, A.c.id, A.c.day, A.c.seq, A.c.features, A.c.minhash, D.c.previous)
             .join(D, D.c.hash == A.c.hash).where(A.c.hash.in_(keys)).order_by(A.c.seq))
    return list(connection.execute(query))


def place_article(connection: Connection, row: Any, frequencies: Frequencies,
                  neighbours: dict[str, set[str]] | None = None) -> set[str]:
    """Deduplicate and cluster one article; the stories it touched (joined or left).
    ``neighbours`` gathers, per story an article went to, the other stories it was compared
    with: those the story may have come close to, for the merge pass."""
    neighbours = {} if neighbours is None else neighbours
    touched = retire(connection, row.previous, frequencies) if row.previous else set()
    original = find_original(connection, row)
    _add_buckets(connection, row.hash, row.minhash)
    if original is None:
        story_id = _cluster(connection, row, frequencies, neighbours)
    else:
        story_id = _join_as_copy(connection, row, original, frequencies, neighbours)
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


def _join_as_copy(connection: Connection, row: Any, original: tuple[str, float], frequencies: Frequencies,
                  neighbours: dict[str, set[str]]) -> str:
    original_hash, similarity = original
    connection.execute(schema.duplicates.insert().values(article_hash=row.hash, original_hash=original_hash,
                                                         similarity=similarity))
    story_id = connection.scalar(select(SA.c.story_id).where(SA.c.article_hash == original_hash))
    if story_id is None:
        return _cluster(connection, row, frequencies, neighbours)
    connection.execute(SA.insert().values(article_hash=row.hash, story_id=story_id, score=similarity, vector="{}"))
    head = connection.execute(select(S).where(S.c.id == story_id)).one()
    _update_head(connection, stories.StoryState(head.id, head.sq_norm, {}, head.first_day, head.last_day),
                 head.sq_norm, row.day, 1)
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


def _cluster(connection: Connection, row: Any, frequencies: Frequencies, neighbours: dict[str, set[str]]) -> str:
    raw: dict[str, float] = json.loads(row.features)
    df = frequencies.lookup(list(raw))
    vector = stories.weighted(raw, df, frequencies.n_docs)
    candidates = candidate_stories(connection, vector, df, frequencies.n_docs)
    chosen, score = _supported_story(connection, vector, row.day, candidates)
    if chosen is None:
        story_id = "st_" + row.hash[:12]
        chosen = stories.StoryState(story_id, 0.0, {}, None, None)
        connection.execute(S.insert().values(id=story_id, title=None, first_day=row.day, last_day=row.day,
                                             articles=0, sq_norm=0.0, created_seq=row.seq))
    add_to(connection, SF, {"story_id": chosen.id}, "weight", list(vector.items()))
    _update_head(connection, chosen, stories.added_sq_norm(chosen.sq_norm, chosen.sums, vector), row.day, 1)
    connection.execute(SA.insert().values(article_hash=row.hash, story_id=chosen.id, score=score,
                                          vector=json.dumps(vector, sort_keys=True)))
    frequencies.count(raw, 1)
    neighbours.setdefault(chosen.id, set()).update(c.id for c in candidates if c.id != chosen.id)
    return chosen.id


def _supported_story(connection: Connection, vector: Mapping[str, float], day: str | None,
                     candidates: list[stories.StoryState]) -> tuple[stories.StoryState | None, float]:
    """The closest story whose centroid and at least one recent member are close enough."""
    for score, story in stories.ranked_stories(vector, candidates, day):
        waived = stories.continues_dispute(vector, story.disputed)
        members = recent_members(connection, story.id, RECENT_MEMBERS)
        if stories.member_support(vector, day, members, waived) >= stories.THRESHOLD:
            return story, score
    return None, 0.0


def _update_head(connection: Connection, story: stories.StoryState, sq_norm: float, day: str | None,
                 sign: int) -> None:
    """One UPDATE for the story's norm, size and span (the span only widens here)."""
    values: dict[str, Any] = {"sq_norm": sq_norm, "articles": S.c.articles + sign}
    days = [d for d in (story.first_date, story.last_date, day) if d]
    if sign > 0 and days:
        values.update(first_day=min(days), last_day=max(days))
    connection.execute(update(S).where(S.c.id == story.id).values(**values))


def retire(connection: Connection, key: str, frequencies: Frequencies) -> set[str]:
    """Take a superseded version out of its story and the indexes; the story it left."""
    connection.execute(delete(schema.lsh_buckets).where(schema.lsh_buckets.c.article_hash == key))
    member = connection.execute(select(SA).where(SA.c.article_hash == key)).first()
    if member is None:
        return set()
    head = connection.execute(select(S.c.id, S.c.sq_norm).where(S.c.id == member.story_id)).one()
    vector: dict[str, float] = json.loads(member.vector)
    sq_norm = head.sq_norm
    if vector:
        query = select(SF.c.feature, SF.c.weight).where(SF.c.story_id == member.story_id)
        sums = {row.feature: row.weight for row in connection.execute(query.where(SF.c.feature.in_(list(vector))))}
        sq_norm = stories.added_sq_norm(sq_norm, sums, vector, -1)
        add_to(connection, SF, {"story_id": member.story_id}, "weight", [(f, -w) for f, w in vector.items()])
        connection.execute(delete(SF).where(SF.c.story_id == member.story_id, SF.c.weight <= 1e-9))
        raw = json.loads(connection.scalar(select(A.c.features).where(A.c.hash == key)) or "{}")
        frequencies.count(raw, -1)
    connection.execute(delete(SA).where(SA.c.article_hash == key))
    _update_head(connection, stories.StoryState(head.id, head.sq_norm, {}), sq_norm, None, -1)
    return {member.story_id}
