"""``warta quotes``: who said what, one row per quotation, filterable by speaker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated, Any

import typer

from warta.analyze import analyze_many
from warta.cli.batch import BatchReport, finish, run_batch
from warta.cli.output import Format, FormatOpt, OutputOpt, PathsArg, open_output, write_records
from warta.serialize import quote_dict
from warta.types import Analysis

SpeakerOpt = Annotated[
    str | None, typer.Option("--speaker", "-s", help="Only quotes whose speaker's name contains this (any case).")
]
COLUMNS = ["article", "speaker", "actor", "kind", "text"]


def quote_records(analyses: Iterable[Analysis], speaker: str | None = None) -> Iterator[dict[str, Any]]:
    """One record per quotation (direct and indirect), optionally only one speaker's."""
    wanted = speaker.casefold() if speaker else None
    for analysis in analyses:
        for quote in analysis.quotes:
            if wanted is not None and wanted not in (quote.speaker or "").casefold():
                continue
            yield {"article": analysis.id, "kind": "direct" if quote.direct else "indirect", **quote_dict(quote)}


def quotes_command(
    paths: PathsArg,
    speaker: SpeakerOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
) -> None:
    """List the quotations in articles: speaker, actor, direct or indirect, and the words."""
    report = BatchReport()
    records = quote_records(run_batch(analyze_many(paths), report), speaker)
    with open_output(output) as out:
        write_records(records, format, out, "quotes", COLUMNS)
    raise typer.Exit(finish(report))
