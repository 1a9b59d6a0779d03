"""``warta entities``: the entities of many articles, with mention and article counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import typer

from warta.analyze import analyze_many
from warta.cli.batch import BatchReport, finish, run_batch
from warta.cli.output import Format, FormatOpt, OutputOpt, PathsArg, open_output, write_records
from warta.types import Analysis

COLUMNS = ("name", "type", "actor", "wikidata", "mentions", "articles")


@dataclass
class Tally:
    """One entity over a batch: its description and where it was mentioned."""

    id: str
    name: str
    type: str
    actor: str | None
    wikidata: str | None
    mentions: int = 0
    articles: set[str] = field(default_factory=set)

    def record(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "actor": self.actor,
                "wikidata": self.wikidata, "mentions": self.mentions, "articles": len(self.articles)}


def entity_table(analyses: Iterable[Analysis]) -> list[dict[str, Any]]:
    """Each entity once over all analyses, most mentioned first."""
    tallies: dict[str, Tally] = {}
    for analysis in analyses:
        for entity in analysis.entities:
            tallies.setdefault(entity.id, Tally(entity.id, entity.name, entity.type, entity.actor, entity.wikidata))
        for mention in analysis.mentions:
            tally = tallies[mention.entity_id]
            tally.mentions += 1
            tally.articles.add(analysis.id)
    ordered = sorted(tallies.values(), key=lambda t: (-t.mentions, t.name))
    return [t.record() for t in ordered]


def entities_command(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
) -> None:
    """List the entities named in articles: canonical name, type, actor and mention counts."""
    report = BatchReport()
    records = entity_table(run_batch(analyze_many(paths), report))
    with open_output(output) as out:
        write_records(records, format, out, "entities", COLUMNS)
    raise typer.Exit(finish(report))


__all__ = ["entities_command", "entity_table"]
