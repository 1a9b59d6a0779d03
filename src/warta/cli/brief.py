"""``warta brief ID``: a briefing on one story in which every sentence cites its sources."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.batch import stderr
from warta.cli.ingest import DbOpt, open_db
from warta.errors import WartaError
from warta.report.briefing import brief


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


def brief_command(
    story_id: Annotated[str, typer.Argument(help="A story id, as `warta stories` lists them.")],
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")] = BriefFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to standard output.")] = None,
    db: DbOpt = None,
) -> None:
    """Write a briefing: what happened, who said what, what is disputed."""
    store = open_db(db)
    try:
        text = brief(story_id, format.value, store)
    except WartaError as error:
        stderr.print(f"warta: {error}", markup=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    if output is None:
        sys.stdout.write(text + "\n")
    else:
        output.write_text(text + "\n", encoding="utf-8")
