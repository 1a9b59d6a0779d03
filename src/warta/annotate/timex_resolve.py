"""Turning a :class:`~warta.annotate.timex_patterns.Reading` into an ISO value.

The rules, and why:

- Weekdays. News reports what has happened, so with the publication date as anchor a bare
  weekday is the nearest such day on or before it ("pada Selasa" in Thursday's paper is this
  week's Tuesday). When the anchor is only a date stated in the text, the report may come
  days later and the stated date may precede the day named, so the nearest such day in
  either direction. A future marker just before ("akan ... pada Senin") or "depan" /
  "mendatang" looks forward; "lalu" / "kemarin" looks strictly back.
- Months without a year are in the anchor's year unless that would put them more than two
  months after the anchor (then the year before): reports look back more than forward.
  "September lalu" is the latest September up to the anchor's month: "awal Mei lalu" in a
  late-May report is this May.
- A day range within one month ("17-20 Juni") has the month as its value: the values
  are single days, months or years, and the month is the finest one that holds it all.
- "<weekday> pekan depan/lalu/ini" is that weekday in the week after, before or of the
  anchor (weeks start on Monday).
- A day and month without a year is the nearest such date to the anchor; with a weekday
  named, the nearest one (anchor year, the one after or before) that falls on it.
- Weeks resolve to ISO weeks (2023-W45); "awal", "akhir" and "pertengahan" keep the value
  of the whole period, the finest value the words support.

Not a stable API.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from warta.annotate.timex_patterns import Reading
from warta.quick_init import quick_init
from warta.types import Granularity

# How far after the anchor a bare month may fall before it is read as last year's.
MONTHS_AHEAD = 2


@quick_init
@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    granularity: Granularity
    relative: bool  # whether the value depends on the anchor


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def nearest_weekday(anchor: date, weekday: int, direction: int | None) -> date:
    """The day named ``weekday`` nearest ``anchor`` (itself included): on or before it (-1),
    on or after it (+1), or either (None)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == -1 or (direction is None and back <= ahead):
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=ahead)


def weekday_day(reading: Reading, anchor: date, published: bool) -> date:
    weekday = reading.weekday if reading.weekday is not None else anchor.weekday()
    if reading.week is not None:  # "Senin pekan depan": Monday of the week after the anchor's
        return anchor + timedelta(days=weekday - anchor.weekday(), weeks=reading.week)
    if reading.shift == -1:
        return nearest_weekday(anchor - timedelta(days=1), weekday, -1)
    if reading.shift == 1:
        return nearest_weekday(anchor + timedelta(days=1), weekday, 1)
    if reading.future:
        return nearest_weekday(anchor, weekday, 1)
    if reading.shift == 0 or not published:
        return nearest_weekday(anchor, weekday, None)
    return nearest_weekday(anchor, weekday, -1)


def _candidates(reading: Reading, anchor: date) -> list[date]:
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return [d for d in map(reading.on, years) if d is not None]


def day_month_day(reading: Reading, anchor: date) -> date | None:
    """A day and month without a year: nearest the anchor, or the shift's side of it.

    A stated weekday ("Selasa (26/5)") chooses among the years around the anchor: the
    anchor is often a background date months away, and the weekday is what the writer
    saw on the calendar. When no nearby year fits the weekday, it is the slip.
    """
    if reading.year_offset is not None:
        return reading.on(anchor.year + reading.year_offset)
    found = _candidates(reading, anchor)
    if reading.shift == -1:
        found = [d for d in found if d <= anchor]
    elif reading.shift == 1:
        found = [d for d in found if d >= anchor]
    fitting = [d for d in found if d.weekday() == reading.weekday]
    return min(fitting or found, key=lambda d: abs((d - anchor).days)) if found else None


def month_year(reading: Reading, anchor: date) -> int:
    assert reading.month is not None
    if reading.year_offset is not None:
        return anchor.year + reading.year_offset
    if reading.shift == -1:
        return anchor.year if reading.month <= anchor.month else anchor.year - 1
    if reading.shift == 1 or reading.future:
        return anchor.year if reading.month >= anchor.month else anchor.year + 1
    if reading.shift == 0:
        return anchor.year
    return anchor.year - 1 if reading.month - anchor.month > MONTHS_AHEAD else anchor.year


def relative_value(reading: Reading, anchor: date) -> Resolved:
    if reading.unit == "day":
        return Resolved((anchor + timedelta(days=reading.offset)).isoformat(), "day", True)
    if reading.unit == "week":
        return Resolved(iso_week(anchor + timedelta(weeks=reading.offset)), "week", True)
    if reading.unit == "month":
        year, month = add_months(anchor, reading.offset)
        return Resolved(f"{year:04d}-{month:02d}", "month", True)
    return Resolved(f"{anchor.year + reading.offset:04d}", "year", True)


def absolute_value(reading: Reading) -> Resolved | None:
    """The value of a reading that needs no anchor, or None when it needs one."""
    if reading.year is None:
        return None
    if reading.kind == "year":
        return Resolved(f"{reading.year:04d}", "year", False)
    if reading.kind == "month":
        return Resolved(f"{reading.year:04d}-{reading.month:02d}", "month", False)
    first = reading.on(reading.year)
    if first is None:
        return None
    if reading.kind == "range":
        return Resolved(first.isoformat()[:7], "month", False)
    return Resolved(first.isoformat(), "day", False)


def anchored_value(reading: Reading, anchor: date, published: bool) -> Resolved | None:
    """The value of a reading that needs an anchor; None when no such date exists."""
    if reading.kind == "relative":
        return relative_value(reading, anchor)
    if reading.kind == "weekday":
        return Resolved(weekday_day(reading, anchor, published).isoformat(), "day", True)
    if reading.kind == "month":
        return Resolved(f"{month_year(reading, anchor):04d}-{reading.month:02d}", "month", True)
    found = day_month_day(reading, anchor)
    if found is None:
        return None
    if reading.kind == "range":
        return Resolved(found.isoformat()[:7], "month", True)
    return Resolved(found.isoformat(), "day", True)


def resolve(reading: Reading, anchor: date | None, published: bool) -> Resolved | None:
    """The reading's value: absolute when it states a year, else from ``anchor``."""
    fixed = absolute_value(reading)
    if fixed is not None or anchor is None:
        return fixed
    return anchored_value(reading, anchor, published)
