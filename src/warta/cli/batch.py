"""Running a batch for the CLI: a progress bar, one line per failure, and a summary."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from warta.errors import WartaError
from warta.types import Failure

T = TypeVar("T")

stderr = Console(stderr=True, highlight=False)


@dataclass
class _State:
    debug: bool = False


state = _State()


@dataclass
class BatchReport:
    done: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def summary(self) -> str:
        failed = len(self.failures)
        return f"{self.done} article(s) analysed, {failed} input(s) failed"


def describe(failure: Failure) -> str:
    error = failure.error
    if isinstance(error, WartaError):
        return f"warta: {error}"
    detail = "".join(traceback.format_exception(error)) if state.debug else f"{type(error).__name__}: {error}"
    return f"warta: {failure.source}: [E900] internal error, please report it (--debug shows where): {detail}"


class RateColumn(ProgressColumn):
    """Articles per second, over the whole run once it is finished."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("– articles/s" if speed is None else f"{speed:.1f} articles/s", style="progress.data.speed")


def _progress(total: int | None) -> Progress:
    columns: list[ProgressColumn] = [SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                                     MofNCompleteColumn(), RateColumn(), TimeElapsedColumn()]
    if total is not None:
        columns.append(TimeRemainingColumn())
    return Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal)


def run_batch(items: Iterable[T | Failure], report: BatchReport, label: str = "analysing",
              total: int | None = None) -> Iterator[T]:
    """Yield the successes; print each failure as it happens and count both in ``report``.
    In a terminal a progress bar shows the count (out of ``total`` when known) and the rate."""
    progress = _progress(total)
    with progress:
        task = progress.add_task(label, total=total)
        for item in items:
            if isinstance(item, Failure):
                report.failures.append(item)
                progress.console.print(describe(item), markup=False, soft_wrap=True)
            else:
                report.done += 1
                yield item
            progress.advance(task)


def finish(report: BatchReport) -> int:
    if report.failures or report.done == 0:
        stderr.print(report.summary(), markup=False)
    sys.stderr.flush()
    return report.exit_code
