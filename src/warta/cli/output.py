"""Writing records as JSON Lines, a JSON array, or a Rich table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or http(s) URLs.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


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


def write_records(
    records: Iterable[dict[str, Any]], format: Format, out: TextIO, title: str, columns: Sequence[str]
) -> None:
    """Records as JSON Lines, a JSON array, or a table of ``columns``."""
    if format is Format.jsonl:
        write_jsonl(records, out)
    elif format is Format.json:
        write_json(records, out)
    else:
        write_table(title, columns, ([record.get(column) for column in columns] for record in records), out)
