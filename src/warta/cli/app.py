"""The ``warta`` command. Library errors become one clean line; tracebacks only with --debug."""

from __future__ import annotations

import typer

from warta.cli.analyze import analyze_command
from warta.cli.batch import state
from warta.cli.brief import brief_command
from warta.cli.entities import entities_command
from warta.cli.events import events_command
from warta.cli.export import export_command
from warta.cli.ingest import ingest_command
from warta.cli.quotes import quotes_command
from warta.cli.stories import stories_command, story_command, timeline_command

app = typer.Typer(
    name="warta",
    help="Indonesian-language news to a structured, citable record of international political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _options(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks for unexpected errors."),
) -> None:
    """Analyse Indonesian news articles; see each command's --help."""
    state.debug = debug


app.command("analyze")(analyze_command)
app.command("entities")(entities_command)
app.command("events")(events_command)
app.command("quotes")(quotes_command)
app.command("ingest")(ingest_command)
app.command("stories")(stories_command)
app.command("story")(story_command)
app.command("timeline")(timeline_command)
app.command("brief")(brief_command)
app.command("export")(export_command)


def main() -> None:
    app()
