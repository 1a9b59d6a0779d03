"""The :class:`Store`: open a database by URL, migrate it, write articles, read them back.

Each article is written in one transaction with all its layers, so an interrupted ingest
leaves either the whole article or nothing. Documents are keyed by content hash: writing
the same document twice is a no-op, and a changed article (same id, different bytes)
becomes a new version linked to the one it replaces.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Row, create_engine, event, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from warta.errors import StoreError
from warta.store import schema
from warta.store.migrate import upgrade
from warta.store.rows import ArticleRows

DEFAULT_DB = "warta.db"
LAYER_TABLES = ("entities", "mentions", "quotes", "events", "timexes")
_LOOKUP_CHUNK = 500  # keys per IN (...) query: well under SQLite's variable limit


def resolve_db_url(db: str | None = None) -> str:
    """``--db`` if given, else ``$WARTA_DB``, else ``warta.db``; a plain path means SQLite."""
    value = db or os.environ.get("WARTA_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the ingesting writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Store:
    """A warta database. ``Store.open()`` picks it from ``--db``/``WARTA_DB``/``warta.db``."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = _engine(url)
            with self.engine.begin() as connection:
                upgrade(connection)
        except SQLAlchemyError as error:
            raise StoreError(_safe(url), f"cannot open the database: {error.__class__.__name__}: {error}") from None

    @classmethod
    def open(cls, db: str | None = None) -> Store:
        return cls(resolve_db_url(db))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise StoreError(_safe(self.url), f"{error.__class__.__name__}: {error}") from None

    # -- documents -----------------------------------------------------------------------

    def known(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` already stored (ingest skips them before analysing)."""
        wanted = list(keys)
        found: set[str] = set()
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), _LOOKUP_CHUNK):
                chunk = wanted[start : start + _LOOKUP_CHUNK]
                query = select(schema.documents.c.hash).where(schema.documents.c.hash.in_(chunk))
                found.update(connection.scalars(query))
        return found

    def add(self, rows: ArticleRows) -> bool:
        """Write one article with all its layers in one transaction; False if already stored."""
        try:
            with self.transaction() as connection:
                if connection.scalar(select(schema.documents.c.hash).where(schema.documents.c.hash == rows.hash)):
                    return False
                seq = _insert_document(connection, rows)
                connection.execute(schema.articles.insert(), {**rows.article, "hash": rows.hash, "seq": seq,
                                                               "corpus_done": False})
                for name in LAYER_TABLES:
                    _insert_layer(connection, name, rows.hash, rows.tables.get(name, []))
        except StoreError:
            if self.known([rows.hash]):
                return False  # a concurrent writer stored it first
            raise
        return True

    def pending(self) -> list[str]:
        """Hashes of stored articles the corpus stages have not seen yet, in arrival order."""
        query = select(schema.articles.c.hash).where(schema.articles.c.corpus_done.is_(False))
        with self.engine.connect() as connection:
            return list(connection.scalars(query.order_by(schema.articles.c.seq)))

    def counts(self) -> dict[str, int]:
        """Row count of every table (what a re-ingest must leave unchanged)."""
        with self.engine.connect() as connection:
            return {
                name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in schema.metadata.tables.items()
            }

    def article_rows(self, where: Any = None) -> list[Row[Any]]:
        documents = schema.documents
        query = select(schema.articles, documents.c.version, documents.c.previous, documents.c.current).join(
            documents, documents.c.hash == schema.articles.c.hash
        )
        if where is not None:
            query = query.where(where)
        with self.engine.connect() as connection:
            return list(connection.execute(query.order_by(schema.articles.c.seq)))


def _insert_document(connection: Connection, rows: ArticleRows) -> int:
    documents = schema.documents
    old = connection.execute(
        select(documents.c.hash, documents.c.version).where(documents.c.id == rows.id, documents.c.current.is_(True))
    ).first()
    if old is not None:
        connection.execute(update(documents).where(documents.c.hash == old.hash).values(current=False))
    result = connection.execute(
        documents.insert().values(
            hash=rows.hash, id=rows.id, origin=rows.origin, media_type=rows.media_type,
            version=1 if old is None else old.version + 1, previous=None if old is None else old.hash,
            current=True, ingested_at=datetime.now(UTC),
        )
    )
    key = result.inserted_primary_key
    assert key is not None  # an insert into a table with an autoincrement key returns it
    return int(key[0])


def _insert_layer(connection: Connection, name: str, key: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(schema.metadata.tables[name].insert(), [{**row, "article_hash": key} for row in rows])


def _safe(url: str) -> str:
    """The URL without its password, for error messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


__all__ = ["Store", "resolve_db_url"]
