"""The store: SQLAlchemy tables, Alembic migrations and the :class:`Store` repository.

SQLite file by default, PostgreSQL by URL, the same code for both.
"""

from warta.store.repository import Store, resolve_db_url

__all__ = ["Store", "resolve_db_url"]
