"""``warta analyze``: one analysis per article, as JSON Lines, JSON or a table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import typer

from warta.analyze import analyze_many
from warta.cli.batch import BatchReport, finish, run_batch
from warta.cli.output import Format, FormatOpt, OutputOpt, PathsArg, open_output, write_records
from warta.serialize import analysis_dict

COLUMNS = ["id", "title", "publisher", "published", "dateline", "authors", "paragraphs", "lang"]


def _table_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for record in records:
        yield {
            **record,
            "authors": ", ".join(record["authors"]),
            "paragraphs": len(record["body"]),
            "lang": record["language"],
        }


def analyze_command(paths: PathsArg, format: FormatOpt = Format.jsonl, output: OutputOpt = None) -> None:
    """Analyse articles: metadata, clean body, entities, quotes, events and time expressions."""
    report = BatchReport()
    records = (analysis_dict(a) for a in run_batch(analyze_many(paths), report))
    with open_output(output) as out:
        write_records(_table_rows(records) if format is Format.table else records, format, out, "articles", COLUMNS)
    raise typer.Exit(finish(report))
