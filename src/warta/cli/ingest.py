"""``warta ingest``: store articles from files, folders, URLs or feeds and update the stories."""

from __future__ import annotations

from typing import Annotated

import typer

from warta.cli.batch import BatchReport, finish, run_batch, stderr
from warta.corpus.ingest import IngestReport, count_inputs, ingest_iter
from warta.errors import WartaError
from warta.store.repository import Store

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database path or URL (postgresql+psycopg://...); default $WARTA_DB, else warta.db."),
]


def open_db(db: str | None) -> Store:
    try:
        return Store.open(db)
    except WartaError as error:
        stderr.print(f"warta: {error}", markup=False)
        raise typer.Exit(1) from None


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursively), http(s) URLs or feeds.")],
    db: DbOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes (0: analyse in this one).")] = 2,
) -> None:
    """Analyse and store articles; already stored ones are skipped, so a re-run resumes."""
    store = open_db(db)
    batch, report = BatchReport(), IngestReport()
    total = count_inputs(paths) if stderr.is_terminal else None  # only a progress bar needs it
    try:
        items = ingest_iter(paths, store, workers=workers, report=report)
        for _ in run_batch(items, batch, label="ingesting", total=total):
            pass
    except WartaError as error:
        stderr.print(f"warta: {error}", markup=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    stderr.print(report.summary(), markup=False)
    raise typer.Exit(finish(batch))
