"""``warta analyze``: one analysis per article, as JSON Lines, JSON or a table."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from warta.analyze import analyze_many
from warta.cli.batch import BatchReport, finish, run_batch
from warta.cli.output import open_output, write_json, write_jsonl, write_table
from warta.serialize import analysis_dict


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or http(s) URLs.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")]


def analyze_command(
    paths: PathsArg,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: OutputOpt = None,
) -> None:
    """Analyse articles: metadata, clean body, entities, quotes, events and time expressions."""
    report = BatchReport()
    records = (analysis_dict(a) for a in run_batch(analyze_many(paths), report))
    with open_output(output) as out:
        if format is Format.jsonl:
            write_jsonl(records, out)
        elif format is Format.json:
            write_json(records, out)
        else:
            rows = (
                (r["id"], r["title"], r["publisher"], r["published"], r["dateline"], ", ".join(r["authors"]),
                 len(r["body"]), r["language"])
                for r in records
            )
            columns = ["id", "title", "publisher", "published", "dateline", "authors", "paragraphs", "lang"]
            write_table("articles", columns, rows, out)
    raise typer.Exit(finish(report))
