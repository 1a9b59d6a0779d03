"""Store fixtures for the corpus, store, report and CLI tests: SQLite, and PostgreSQL when
``WARTA_TEST_PG_URL`` is set (each test then gets a schema of its own, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from warta.corpus.update import update_corpus
from warta.store import Store
from warta.store.rows import article_rows, content_hash
from warta.types import Analysis

PG_ENV = "WARTA_TEST_PG_URL"
BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]


def _postgres_url() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'warta.db'}"
    else:
        yield from _postgres_url()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.close()


def add_all(store: Store, analyses: Iterable[Analysis]) -> set[str]:
    """Store hand-built analyses as ingest would, then run the corpus stages."""
    for analysis in analyses:
        key = content_hash(analysis.id, analysis.text.encode("utf-8"))
        store.add(article_rows(key, f"{analysis.id}.txt", "text/plain", analysis))
    return update_corpus(store)
