from __future__ import annotations

from dataclasses import replace

import pytest
from newsroom import ARMS_DENIAL, ARMS_JOINT, build
from sqlalchemy import select, text
from storefixtures import add_all

from warta.errors import StoreError
from warta.store import Store, resolve_db_url, schema
from warta.store.rows import ArticleRows, article_rows, content_hash
from warta.types import Analysis


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        (None, None, "sqlite:///warta.db"),
        (None, "/data/berita.db", "sqlite:////data/berita.db"),
        ("korpus.db", "/data/berita.db", "sqlite:///korpus.db"),
        ("postgresql+psycopg://u:p@127.0.0.1/warta", None, "postgresql+psycopg://u:p@127.0.0.1/warta"),
    ],
)
def test_repository_db_selection(monkeypatch: pytest.MonkeyPatch, given: str | None, env: str | None,
                                 expected: str) -> None:
    if env is None:
        monkeypatch.delenv("WARTA_DB", raising=False)
    else:
        monkeypatch.setenv("WARTA_DB", env)
    assert resolve_db_url(given) == expected


def test_repository_migrates_on_open(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "0002"
    Store(store.url).close()  # opening an up-to-date database again is a no-op


def test_repository_same_article_twice_changes_nothing(store: Store) -> None:
    add_all(store, [build(ARMS_JOINT), build(ARMS_DENIAL)])
    before = store.counts()
    add_all(store, [build(ARMS_JOINT), build(ARMS_DENIAL)])
    assert store.counts() == before
    assert before["articles"] == 2
    assert before["events"] == 8


def test_repository_changed_article_is_a_new_linked_version(store: Store) -> None:
    first = build(ARMS_JOINT)
    add_all(store, [first])
    fixed = replace(first, article=replace(first.article, title=first.article.title + " (diperbarui)",
                                           text=first.text + " Ralat: jumlah kontainer diperbarui."))
    add_all(store, [fixed])
    rows = store.article_rows()
    assert [(r.id, r.version, r.current) for r in rows] == [(ARMS_JOINT.id, 1, False), (ARMS_JOINT.id, 2, True)]
    assert rows[1].previous == rows[0].hash
    with store.engine.connect() as connection:
        members = connection.execute(select(schema.story_articles.c.article_hash)).scalars().all()
    assert members == [rows[1].hash]  # the old version left its story


def test_repository_failed_write_leaves_nothing(store: Store) -> None:
    analysis = build(ARMS_JOINT)
    rows = article_rows(content_hash(analysis.id, b"x"), "x.txt", "text/plain", analysis)
    rows.tables["events"].append({"n": 0, "type": "AID"})  # a duplicate key, missing columns: the insert fails
    with pytest.raises(StoreError):
        store.add(rows)
    counts = store.counts()
    assert counts["documents"] == counts["articles"] == counts["entities"] == counts["events"] == 0


def test_repository_unreachable_database_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store("sqlite:////nonexistent-folder/sub/warta.db")


def _rows(analysis: Analysis, body: bytes) -> ArticleRows:
    return article_rows(content_hash(analysis.id, body), f"{analysis.id}.txt", "text/plain", analysis)


def test_repository_batch_write_skips_stored_and_repeated_articles(store: Store) -> None:
    joint, denial = build(ARMS_JOINT), build(ARMS_DENIAL)
    assert store.add(_rows(joint, b"v1"))
    batch = [_rows(joint, b"v1"), _rows(denial, b"v1"), _rows(denial, b"v1")]
    assert store.add_many(batch) == [False, True, False]
    counts = store.counts()
    assert (counts["documents"], counts["articles"], counts["events"]) == (2, 2, 8)
    assert [r.seq for r in store.article_rows()] == sorted(r.seq for r in store.article_rows())


def test_repository_batch_write_chains_versions_of_one_article(store: Store) -> None:
    joint = build(ARMS_JOINT)
    store.add(_rows(joint, b"v1"))
    assert store.add_many([_rows(joint, b"v2"), _rows(joint, b"v3")]) == [True, True]
    rows = store.article_rows()
    assert [(r.version, r.current) for r in rows] == [(1, False), (2, False), (3, True)]
    assert (rows[1].previous, rows[2].previous) == (rows[0].hash, rows[1].hash)


def test_repository_batch_write_is_one_statement_per_table(store: Store) -> None:
    from sqlalchemy import event

    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, many: statements.append(sql.split()[0]))
    batch = [_rows(build(spec), b"v1") for spec in (ARMS_JOINT, ARMS_DENIAL)]
    store.add_many(batch)
    inserts = [s for s in statements if s.upper() == "INSERT"]
    # documents, articles, entities, mentions, quotes (the denial's), events: once each for both articles
    assert len(inserts) == 6
