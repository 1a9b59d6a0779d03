"""Merging stories that have come close: the order in which reports arrive must not matter.

A story founded by a late follow-up (or by the first report of a story whose other reports
came later) can end up beside the story it belongs to: at the time, the article alone was
not close enough. Once more reports have arrived, the two stories' centroids are firmer
evidence than any single article. After each batch, every story that gained articles is
compared with the stories those articles were compared with (the stories sharing their
rarest features: see :func:`warta.store.queries.candidate_stories`); two stories merge when their
centroids are as close as an article must be to join (:data:`stories.THRESHOLD`, damped by
the time between their spans) and when their articles resemble each other on average
(group-average linkage: the drift guard, applied to stories). The older story keeps its
id; the newer one's id becomes an alias of it, so that links to it still resolve.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from typing import Any, Protocol

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from warta.corpus import stories
from warta.store import schema
from warta.store.queries import candidate_stories, disputed_deeds, recent_members, story_states
from warta.store.upsert import add_to

S, SA, SF, AL = schema.stories, schema.story_articles, schema.story_features, schema.story_aliases
PROFILE_FEATURES = 400  # a story's heaviest features stand for it when looking for a partner
RECENT_MEMBERS = 30  # members of each story compared article with article
# Articles of one story must on average resemble those of the other three quarters as much
# as an article must resemble its story to join it. A story of one subject has articles that
# all resemble each other; a season of sports reports or a minister's many subjects has
# pairs that do and many that do not: its centroid looks like every new report of the
# kind, its articles on average do not.
MERGE_AVERAGE = 0.75 * stories.THRESHOLD
MAX_ROUNDS = 4  # merges in a row for one story in one batch (each makes it firmer)

class DocFrequencies(Protocol):
    """What the merge pass reads of :class:`warta.corpus.update.Frequencies` (which imports this)."""

    n_docs: int

    def lookup(self, features: list[str]) -> dict[str, int]: ...


def merge_stories(connection: Connection, neighbours: Mapping[str, Iterable[str]],
                  frequencies: DocFrequencies) -> dict[str, str]:
    """Merge each story of ``neighbours`` with the closest of its neighbouring stories (those
    its new articles were compared with) when close enough; absorbed id -> surviving id."""
    merged: dict[str, str] = {}
    for story_id in sorted(neighbours):
        current = merged.get(story_id, story_id)
        for _ in range(MAX_ROUNDS):
            near = {merged.get(n, n) for n in neighbours[story_id]} - {current}
            partner = find_partner(connection, current, frequencies, near)
            if partner is None:
                break
            survivor, absorbed = _older_first(connection, current, partner[0])
            absorb(connection, survivor, absorbed, partner[1])
            merged = {old: (survivor if new == absorbed else new) for old, new in merged.items()}
            merged[absorbed] = survivor
            current = survivor
    return merged


def _profile(connection: Connection, story_id: str) -> tuple[Any, dict[str, float]] | None:
    head = connection.execute(select(S).where(S.c.id == story_id)).first()
    if head is None:
        return None
    query = (select(SF.c.feature, SF.c.weight).where(SF.c.story_id == story_id)
             .order_by(SF.c.weight.desc(), SF.c.feature).limit(PROFILE_FEATURES))
    return head, {row.feature: row.weight for row in connection.execute(query)}


def find_partner(connection: Connection, story_id: str, frequencies: DocFrequencies,
                 near: Collection[str] | None = None) -> tuple[str, float] | None:
    """The closest story this one should merge with, and the score; None when there is none.
    ``near``: the stories to consider; by default, those sharing its rarest features."""
    if near is not None and not near:
        return None
    found = _profile(connection, story_id)
    if found is None or not found[1]:
        return None
    head, sums = found
    own = stories.StoryState(head.id, head.sq_norm, sums, head.first_day, head.last_day,
                             disputed_deeds(connection, [head.id]).get(head.id, frozenset()))
    if near is None:
        df = frequencies.lookup(list(sums))
        others = candidate_stories(connection, sums, df, frequencies.n_docs, exclude=story_id)
    else:
        others = story_states(connection, sorted(near), sums)
    scored = [(story_similarity(own, other), other) for other in others]
    for score, other in sorted(scored, key=lambda p: (-p[0], p[1].id)):
        if score < stories.THRESHOLD:
            break
        waived = _continues_dispute(own, other)
        if members_resemble(connection, own.id, other.id, waived) >= MERGE_AVERAGE:
            return other.id, score
    return None


def _continues_dispute(own: stories.StoryState, other: stories.StoryState) -> bool:
    return stories.continues_dispute(own.sums, other.disputed) or stories.continues_dispute(other.sums, own.disputed)


def story_similarity(own: stories.StoryState, other: stories.StoryState) -> float:
    """Cosine of the two centroids (``other.sums`` holds its weights on ``own``'s profile),
    damped by the time between their spans unless one reports a deed the other disputes."""
    if own.sq_norm <= 0 or other.sq_norm <= 0:
        return 0.0
    dot = sum(weight * other.sums.get(feature, 0.0) for feature, weight in own.sums.items())
    damping = 1.0 if _continues_dispute(own, other) else stories.span_factor(
        own.first_date, own.last_date, other.first_date, other.last_date)
    return dot / math.sqrt(own.sq_norm * other.sq_norm) * damping


def members_resemble(connection: Connection, left: str, right: str, waived: bool) -> float:
    """How much, on average, a recent article of one story resembles one of the other."""
    return stories.average_link(recent_members(connection, left, RECENT_MEMBERS),
                                recent_members(connection, right, RECENT_MEMBERS), waived)


def _older_first(connection: Connection, one: str, other: str) -> tuple[str, str]:
    created = dict(connection.execute(select(S.c.id, S.c.created_seq).where(S.c.id.in_([one, other]))).all())
    return (one, other) if (created[one], one) < (created[other], other) else (other, one)


def absorb(connection: Connection, survivor: str, absorbed: str, score: float) -> None:
    """Move ``absorbed``'s articles and features into ``survivor``; its id becomes an alias.
    Titles, spans, fused events and claims are rebuilt afterwards by the refresh."""
    moved = _sums(connection, absorbed)
    kept = _sums(connection, survivor, list(moved))
    dot = sum(weight * kept.get(feature, 0.0) for feature, weight in moved.items())
    heads = {h.id: h for h in connection.execute(select(S).where(S.c.id.in_([survivor, absorbed])))}
    add_to(connection, SF, {"story_id": survivor}, "weight", list(moved.items()))
    connection.execute(delete(SF).where(SF.c.story_id == absorbed))
    connection.execute(update(SA).where(SA.c.story_id == absorbed).values(story_id=survivor))
    connection.execute(update(S).where(S.c.id == survivor).values(
        sq_norm=heads[survivor].sq_norm + heads[absorbed].sq_norm + 2 * dot,
        articles=heads[survivor].articles + heads[absorbed].articles))
    connection.execute(update(AL).where(AL.c.story_id == absorbed).values(story_id=survivor))
    connection.execute(insert(AL).values(old_id=absorbed, story_id=survivor, score=score))


def _sums(connection: Connection, story_id: str, features: list[str] | None = None) -> Mapping[str, float]:
    query = select(SF.c.feature, SF.c.weight).where(SF.c.story_id == story_id)
    if features is None:
        return {row.feature: row.weight for row in connection.execute(query)}
    found: dict[str, float] = {}
    for start in range(0, len(features), 500):
        chunk = query.where(SF.c.feature.in_(features[start : start + 500]))
        found.update({row.feature: row.weight for row in connection.execute(chunk)})
    return found


def resolve(connection: Connection, story_id: str) -> str:
    """The id a story goes by now: itself, or the story it was merged into."""
    alias = connection.scalar(select(AL.c.story_id).where(AL.c.old_id == story_id))
    return str(alias) if alias else story_id
