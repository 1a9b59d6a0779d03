"""What a time expression says (:class:`Reading`), or why it names no date: the values
:mod:`timex_patterns` finds and :mod:`timex_resolve` turns into dates. Not a stable API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from warta.quick_init import quick_init
from warta.types import Span

Kind = str  # "date" | "range" | "month" | "year" | "relative" | "weekday"


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    """What an expression says: absolute fields, or a shift relative to an anchor."""

    kind: Kind
    span: Span
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    weekday: int | None = None
    unit: str | None = None  # "day" | "week" | "month" | "year" for relative readings
    offset: int = 0  # units from the anchor for relative readings
    shift: int | None = None  # -1 past, 0 current, +1 next, None unstated (months, weekdays, dates)
    year_offset: int | None = None  # "Mei tahun lalu": the month in the anchor's year - 1
    future: bool = False  # a future marker (akan, dijadwalkan) shortly before
    week: int | None = None  # "Senin pekan depan": the weekday in the anchor's week + this
    stated_year: int | None = None  # the year as written, when the weekday showed it a typo

    @property
    def explicit_day(self) -> date | None:
        """The full date stated in the text, the kind of date that can anchor others."""
        return self.on(self.year) if self.kind == "date" and self.year is not None else None

    def on(self, year: int) -> date | None:
        """This reading's day and month in ``year``; None when that day does not exist."""
        if self.month is None or self.day is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Recurring:
    """A time that recurs ("setiap Senin"), so names no one date; not reported."""

    span: Span


@dataclass(frozen=True, slots=True)
class Rejected:
    """Words that look like a time expression but cannot be given one value."""

    span: Span
    code: str
    message: str


Found = Reading | Rejected | Recurring | None
