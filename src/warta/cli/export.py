"""``warta export``: the store as JSON Lines, CSV or Parquet."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.batch import stderr
from warta.cli.ingest import DbOpt, open_db
from warta.report.export import export

TABLE_HELP = "Rows for CSV/Parquet (JSON Lines always holds full articles)."


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportTable(StrEnum):
    articles = "articles"
    events = "events"
    stories = "stories"


def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    table: Annotated[ExportTable, typer.Option("--table", "-t", help=TABLE_HELP)] = ExportTable.articles,
    db: DbOpt = None,
) -> None:
    """Export the stored articles (same ids as `warta analyze`), events or stories."""
    store = open_db(db)
    try:
        count = export(format.value, output, store, table.value)
    finally:
        store.close()
    stderr.print(f"{count} record(s) written to {output}", markup=False)
