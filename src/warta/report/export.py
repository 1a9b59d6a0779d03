"""Exporting the store: JSON Lines (one full analysis per article, as ``warta analyze`` prints
it, plus its story), or flat tables of articles, events or stories as CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import select

from warta.corpus.views import using_store
from warta.store import schema
from warta.store.repository import Store

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("articles", "events", "stories")
A, D, SA, DU = schema.articles, schema.documents, schema.story_articles, schema.duplicates


def _current_articles(store: Store) -> Iterator[Any]:
    original = A.alias("original")
    query = (
        select(A.c.hash, A.c.id, A.c.title, A.c.publisher, A.c.published, A.c.day, A.c.url, A.c.language, A.c.record,
               D.c.version, SA.c.story_id, original.c.id.label("copy_of"))
        .join(D, D.c.hash == A.c.hash)
        .outerjoin(SA, SA.c.article_hash == A.c.hash)
        .outerjoin(DU, DU.c.article_hash == A.c.hash)
        .outerjoin(original, original.c.hash == DU.c.original_hash)
        .where(D.c.current.is_(True)).order_by(A.c.seq)
    )
    with store.engine.connect() as connection:
        yield from connection.execute(query)


def article_records(store: Store) -> Iterator[dict[str, Any]]:
    """Each current article's analysis with its story id, version and original (for a copy)."""
    for row in _current_articles(store):
        record = json.loads(row.record)
        record.update(story_id=row.story_id, version=row.version, copy_of=row.copy_of)
        yield record


def article_rows(store: Store) -> Iterator[dict[str, Any]]:
    for row in _current_articles(store):
        record = json.loads(row.record)
        yield {"id": row.id, "title": row.title, "publisher": row.publisher, "published": row.published,
               "day": row.day, "url": row.url, "language": row.language, "story_id": row.story_id,
               "copy_of": row.copy_of, "version": row.version, "entities": len(record.get("entities", [])),
               "quotes": len(record.get("quotes", [])), "events": len(record.get("events", []))}


_EVENT_COLUMNS = [schema.events.c[name] for name in (
    "n", "type", "mode", "source", "target", "date", "status", "confidence", "sentence", "evidence")]


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    query = (
        select(A.c.id.label("article_id"), SA.c.story_id, A.c.publisher, A.c.day, *_EVENT_COLUMNS)
        .join(A, A.c.hash == schema.events.c.article_hash).join(D, D.c.hash == A.c.hash)
        .outerjoin(SA, SA.c.article_hash == A.c.hash)
        .where(D.c.current.is_(True)).order_by(A.c.seq, schema.events.c.n)
    )
    with store.engine.connect() as connection:
        for row in connection.execute(query):
            yield dict(row._mapping)


def story_rows(store: Store) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as connection:
        for row in connection.execute(select(schema.stories).order_by(schema.stories.c.id)):
            yield {k: v for k, v in row._mapping.items() if k != "sq_norm"}


ROWS = {"articles": article_rows, "events": event_rows, "stories": story_rows}


def _write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        if not rows:
            return
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def export(format: str, path: str | Path, db: str | Store | None = None, table: str = "articles") -> int:
    """Write the store's ``table`` to ``path`` in ``format``; returns the number of records.

    ``jsonl`` always writes full article records (nested entities, quotes, events).
    """
    if format not in FORMATS or table not in TABLES:
        raise ValueError(f"format must be one of {', '.join(FORMATS)} and table one of {', '.join(TABLES)}")
    target = Path(path)
    with using_store(db) as store:
        if format == "jsonl":
            with target.open("w", encoding="utf-8") as handle:
                records = [json.dumps(record, ensure_ascii=False) + "\n" for record in article_records(store)]
                handle.writelines(records)
            return len(records)
        rows = list(ROWS[table](store))
    if format == "csv":
        _write_csv(rows, target)
    else:
        pq.write_table(pa.Table.from_pylist(rows), target)
    return len(rows)
