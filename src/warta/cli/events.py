"""``warta events``: the events of each article as a table, JSON Lines or JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated, Any

import typer

from warta.analyze import analyze_many
from warta.cli.batch import BatchReport, finish, run_batch
from warta.cli.output import Format, FormatOpt, OutputOpt, PathsArg, open_output, write_records
from warta.serialize import event_dict
from warta.types import Analysis

COLUMNS = ["article", "type", "mode", "source", "target", "date", "status", "evidence"]


def event_records(
    analyses: Iterable[Analysis], type: str | None = None, actor: str | None = None
) -> Iterator[dict[str, Any]]:
    """One record per event, with its article id; only events of ``type`` and involving ``actor`` if given."""
    for analysis in analyses:
        for event in analysis.events:
            if type and event.type != type.upper():
                continue
            if actor and actor.upper() not in (event.source, event.target):
                continue
            yield {"article": analysis.id, **event_dict(event, analysis.text)}


def events_command(
    paths: PathsArg,
    type: Annotated[str | None, typer.Option("--type", "-t", help="Only events of this PLOVER type.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only events this actor is in.")] = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
) -> None:
    """List the PLOVER events of articles: who did what to whom, when, with the words that say so."""
    report = BatchReport()
    records = event_records(run_batch(analyze_many(paths), report), type, actor)
    with open_output(output) as out:
        write_records(records, format, out, "events", COLUMNS)
    raise typer.Exit(finish(report))
