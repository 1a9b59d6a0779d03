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
                return write_articles(connection, [rows])[0]
        except StoreError:
            if self.known([rows.hash]):
                return False  # a concurrent writer stored it first
            raise

    def add_many(self, batch: list[ArticleRows]) -> list[bool]:
        """Write many articles in one transaction, one statement per table for all of them;
        for each, whether it was new. Should the batch fail (a concurrent writer), each
        article is written on its own."""
        if not batch:
            return []
        try:
            with self.transaction() as connection:
                return write_articles(connection, batch)
        except StoreError:
            return [self.add(rows) for rows in batch]

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


def write_articles(connection: Connection, batch: list[ArticleRows]) -> list[bool]:
    """Insert the articles not stored yet, each table in one many-row statement; which were new.

    A changed article (an id already stored, new bytes) becomes the next version of the
    current one, which stops being current; two versions in one batch chain the same way.
    """
    known = _stored(connection, [rows.hash for rows in batch])
    fresh: dict[str, ArticleRows] = {}
    for rows in batch:
        if rows.hash not in known:
            fresh.setdefault(rows.hash, rows)
    if not fresh:
        return [False] * len(batch)
    documents = _document_rows(connection, list(fresh.values()))
    connection.execute(schema.documents.insert(), documents)
    seqs = dict(connection.execute(select(schema.documents.c.hash, schema.documents.c.seq)
                                   .where(schema.documents.c.hash.in_(list(fresh)))).all())
    connection.execute(schema.articles.insert(), [
        {**rows.article, "hash": key, "seq": seqs[key], "corpus_done": False} for key, rows in fresh.items()])
    for name in LAYER_TABLES:
        layer = [{**row, "article_hash": key} for key, rows in fresh.items() for row in rows.tables.get(name, [])]
        if layer:
            connection.execute(schema.metadata.tables[name].insert(), layer)
    firsts = {id(rows) for rows in fresh.values()}
    return [id(rows) in firsts for rows in batch]


def _stored(connection: Connection, keys: list[str]) -> set[str]:
    documents = schema.documents
    found: set[str] = set()
    for start in range(0, len(keys), _LOOKUP_CHUNK):
        chunk = keys[start : start + _LOOKUP_CHUNK]
        found.update(connection.scalars(select(documents.c.hash).where(documents.c.hash.in_(chunk))))
    return found


def _current_versions(connection: Connection, ids: list[str]) -> dict[str, tuple[str, int]]:
    """Hash and version of the current document of each id, which a new version supersedes."""
    documents = schema.documents
    found: dict[str, tuple[str, int]] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        query = select(documents.c.id, documents.c.hash, documents.c.version).where(
            documents.c.id.in_(ids[start : start + _LOOKUP_CHUNK]), documents.c.current.is_(True))
        found.update({row.id: (row.hash, row.version) for row in connection.execute(query)})
    if found:
        connection.execute(update(documents).where(documents.c.hash.in_([h for h, _ in found.values()]))
                           .values(current=False))
    return found


def _document_rows(connection: Connection, batch: list[ArticleRows]) -> list[dict[str, Any]]:
    """The documents to insert, each the next version of the current one with its id."""
    latest = _current_versions(connection, sorted({rows.id for rows in batch}))
    now = datetime.now(UTC)
    out: dict[str, dict[str, Any]] = {}
    for rows in batch:
        previous_hash, version = latest.get(rows.id, (None, 0))
        if previous_hash in out:
            out[previous_hash]["current"] = False  # superseded within this batch
        out[rows.hash] = {"hash": rows.hash, "id": rows.id, "origin": rows.origin, "media_type": rows.media_type,
                          "version": version + 1, "previous": previous_hash, "current": True, "ingested_at": now}
        latest[rows.id] = (rows.hash, version + 1)
    return list(out.values())


def _safe(url: str) -> str:
    """The URL without its password, for error messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


__all__ = ["Store", "resolve_db_url"]
