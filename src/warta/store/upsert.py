"""Adding to counters and weights in one statement on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection


def add_to(
    connection: Connection, table: Table, keys: Mapping[str, Any], column: str, amounts: list[tuple[Any, float]]
) -> None:
    """``column += amount`` for each (key value, amount), inserting rows that do not exist.

    ``keys`` fixes the other key columns (such as a story id); the first key column not in
    it takes the values from ``amounts``.
    """
    if not amounts:
        return
    key_columns = [c.name for c in table.primary_key.columns]
    free = next(name for name in key_columns if name not in keys)
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=key_columns, set_={column: table.c[column] + statement.excluded[column]}
    )
    connection.execute(statement, [{**keys, free: key, column: amount} for key, amount in amounts])
