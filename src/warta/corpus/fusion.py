"""Event fusion: one real event reported by several articles becomes one fused event.

Events fuse when they share type, actors (COOPERATE and CONSULT are symmetric) and polarity,
and their dates are compatible: equal, one missing, one a prefix of the other (``2023-11``
and ``2023-11-09``), or a day apart (outlets date by their own time zone or by the day of
the statement). A fused event lists every source article and evidence span and counts the
independent outlets behind it: syndicated copies carry their original's outlet, so a wire
story printed by five sites counts once.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from warta.corpus.records import EventRecord

SYMMETRIC = frozenset({"COOPERATE", "CONSULT"})
POLARITY = {
    "happened": "asserted",
    "announced": "asserted",
    "disputed": "asserted",
    "threatened": "threatened",
    "negated": "negative",
    "denied": "negative",
}


@dataclass(frozen=True, slots=True)
class FusedEvent:
    id: str
    type: str
    source: str | None
    target: str | None
    date: str | None
    polarity: str
    sources: tuple[EventRecord, ...]

    @property
    def outlets(self) -> int:
        """Corroboration: how many independent outlets report it."""
        return len({record.outlet for record in self.sources})

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({record.article_id for record in self.sources}))


def actor_key(record: EventRecord) -> tuple[str, str | None, str | None]:
    source, target = record.source, record.target
    if record.type in SYMMETRIC and (source or "") > (target or ""):
        source, target = target, source
    return record.type, source, target


def compatible(left: str | None, right: str | None) -> bool:
    if left is None or right is None or left.startswith(right) or right.startswith(left):
        return True
    try:
        return abs((date.fromisoformat(left[:10]) - date.fromisoformat(right[:10])).days) <= 1
    except ValueError:
        return False


def _more_specific(left: str | None, right: str | None) -> str | None:
    if left is None:
        return right
    if right is None:
        return left
    return max(left, right, key=lambda value: (len(value), value))


def _group_by_date(records: list[EventRecord]) -> list[list[EventRecord]]:
    """Dated records cluster by compatibility; undated ones join the largest dated group."""
    groups: list[tuple[str | None, list[EventRecord]]] = []
    for record in sorted((r for r in records if r.date), key=lambda r: (r.date or "", r.article_id, r.n)):
        for index, (when, members) in enumerate(groups):
            if compatible(when, record.date):
                members.append(record)
                groups[index] = (_more_specific(when, record.date), members)
                break
        else:
            groups.append((record.date, [record]))
    undated = [r for r in records if not r.date]
    if undated and groups:
        max(groups, key=lambda g: len(g[1]))[1].extend(undated)
    elif undated:
        groups.append((None, undated))
    return [members for _, members in groups]


def consensus_date(dates: list[str]) -> str | None:
    """The most reported of the most specific dates (ties: the earliest)."""
    if not dates:
        return None
    longest = max(len(d) for d in dates)
    counts = Counter(d for d in dates if len(d) == longest)
    return min(counts, key=lambda d: (-counts[d], d))


def _fused_id(story_id: str, key: tuple[str, str | None, str | None], polarity: str, members: list[EventRecord]) -> str:
    first = min((m.article_hash, m.n) for m in members)
    text = f"{story_id}|{key}|{polarity}|{first}"
    return "fe_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def fuse(records: Iterable[EventRecord], story_id: str = "") -> list[FusedEvent]:
    """The story's events fused, in date order (undated last)."""
    buckets: dict[tuple[tuple[str, str | None, str | None], str], list[EventRecord]] = defaultdict(list)
    for record in records:
        polarity = POLARITY.get(record.status)
        if polarity is not None:
            buckets[(actor_key(record), polarity)].append(record)
    fused = []
    for (key, polarity), members in buckets.items():
        for group in _group_by_date(members):
            when = consensus_date([m.date for m in group if m.date])
            ordered = tuple(sorted(group, key=lambda m: (m.article_id, m.n)))
            fused.append(FusedEvent(_fused_id(story_id, key, polarity, group), *key, when, polarity, ordered))
    return sorted(fused, key=lambda f: (f.date is None, f.date or "", f.type, f.source or "", f.target or ""))
