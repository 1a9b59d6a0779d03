"""Writing records as JSON Lines, a JSON array, or a Rich table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8") as handle:
        yield handle


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()


def write_json(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    json.dump(list(records), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO) -> None:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    Console(file=out, width=160 if not out.isatty() else None).print(table)
