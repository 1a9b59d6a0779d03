"""``warta stories``, ``warta story ID`` and ``warta timeline ID``: reading stories back."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from warta.cli.batch import stderr
from warta.cli.ingest import DbOpt, open_db
from warta.cli.output import write_table
from warta.corpus.views import stories, story
from warta.errors import WartaError
from warta.report.timeline import timeline_entries


class ListFormat(StrEnum):
    json = "json"
    table = "table"


IdArg = Annotated[str, typer.Argument(help="A story id, as `warta stories` lists them.")]


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _load_story(story_id: str, db: str | None) -> dict[str, Any]:
    store = open_db(db)
    try:
        return story(story_id, store)
    except WartaError as error:
        stderr.print(f"warta: {error}", markup=False)
        raise typer.Exit(1) from None
    finally:
        store.close()


def stories_command(
    db: DbOpt = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
) -> None:
    """List the stories in the store, the largest first."""
    store = open_db(db)
    try:
        found = stories(store)
    finally:
        store.close()
    if format is ListFormat.json:
        _dump(found)
        return
    rows = ((s["id"], s["title"], s["first_day"], s["last_day"], s["articles"], s["outlets"],
             "yes" if s["disputed_claims"] else "") for s in found)
    write_table("stories", ["id", "title", "from", "to", "articles", "outlets", "disputed"], rows, sys.stdout)


def story_command(story_id: IdArg, db: DbOpt = None) -> None:
    """Show one story as JSON: articles, fused events with their sources, claims, quotes."""
    _dump(_load_story(story_id, db))


def timeline_command(story_id: IdArg, db: DbOpt = None) -> None:
    """Show a story's dated events and quotes in date order, as JSON, each with its citations."""
    _dump(timeline_entries(_load_story(story_id, db)))
