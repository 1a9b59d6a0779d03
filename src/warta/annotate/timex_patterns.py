"""Finding time expressions: one regular expression over the text, then context checks.

The expression is built once from ``resources/time/id.toml``. Each alternative is one
family of Indonesian news usage, tried in this order at every word start, so the longest
reading of a family wins over its parts ("Kamis (26/10/2023)" before "Kamis"):

    K  ISO dates                2023-11-09
    A  weekday with a date      Sabtu (11/11/2023), Senin (11/3), Kamis, 9 November 2023
    B  slash dates              (11/11), 9/11/2023, 09-11-2023
    C  day and month            18 November, 29-31 Mei 2026, 9 November lalu
    D  month and year           Februari 2022, awal Maret 2023
    E  bare month               pada Mei, bulan Juni, pertengahan Oktober, September lalu
    F  year                     pada 2022, tahun 2019, akhir 2023
    H  counted units ago        dua hari lalu, 3 tahun silam, sepekan lalu
    I  weekday                  pada Selasa, hari Kamis, Senin lalu
    G  relative periods         pekan lalu, bulan depan, awal tahun ini, akhir pekan lalu
    J  day words                hari ini, kemarin, besok

The expression is built in :mod:`timex_master`, each family is read in :mod:`timex_families`,
and what they find is a value of :mod:`timex_reading`; this module runs them over a text and
lets a year written once serve the dates chained before it.

Matches become :class:`Reading` values (what the words say, not yet a date) or
:class:`Rejected` ones with the reason a reader would give. Day and month are always read
day-first: Indonesian writes 11/3 for 11 March. Not a stable API.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace as _with

from warta.annotate.timex_families import _FAMILIES, _chained, _family
from warta.annotate.timex_lexicon import lexicon
from warta.annotate.timex_master import lead_gate, lead_patterns, lead_words, master
from warta.annotate.timex_reading import Found, Kind, Reading, Recurring, Rejected

try:
    from warta import _native
except ImportError:  # built without a C compiler: the regex finds where matches may start
    _native = None  # type: ignore[assignment]

# The readings and the master expression stay importable from here, where readings are found.
__all__ = ["Found", "Kind", "Reading", "Recurring", "Rejected", "master", "readings"]


def lead_starts(text: str) -> list[int]:
    """Where the master's opening passes, so a match may start: found by the compiled core in
    one pass, or by the opening's own regex (the twin)."""
    if _native is not None:
        return _native.lead_starts(text, lead_words())
    return [found.start() for found in lead_gate().finditer(text)]


def matches(text: str) -> Iterator[re.Match[str]]:
    """What ``master().finditer(text)`` finds, faster: run at every character, the master's
    opening costs more than all its matching, so the pattern runs only where the opening passes,
    and there with only the families that can start with the character found."""
    by_lead, whole = lead_patterns(), master()
    end = 0
    for start in lead_starts(text):
        if start >= end and (match := by_lead.get(text[start], whole).match(text, start)) is not None:
            end = match.end()
            yield match


def _raw_readings(text: str) -> Iterator[Reading | Rejected]:
    lex = lexicon()
    last_end: int | None = None
    recurring_end: int | None = None
    for match in matches(text):
        found = _FAMILIES[_family(match)](match, text, lex, last_end)
        if isinstance(found, Reading) and found.year is None and _chained(text, found.span.start, recurring_end):
            found = Recurring(found.span)  # "setiap Senin dan Kamis": the second recurs too
        if isinstance(found, Recurring):
            recurring_end = found.span.end
        elif isinstance(found, Reading):
            last_end = found.span.end
        if isinstance(found, (Reading, Rejected)):
            yield found


def _shares_year(first: Reading, second: Reading, text: str) -> bool:
    """ "Mei dan Agustus 2023", "1 Mei hingga 3 Juni 2024": the year written once serves both."""
    return (
        first.year is None
        and first.kind in ("date", "month")
        and first.kind == second.kind
        and first.shift is None
        and first.year_offset is None
        and second.year is not None
        and _chained(text, second.span.start, first.span.end)
    )


def _shared_year(first: Reading, second: Reading) -> int | None:
    # "Desember dan Januari 2024": the earlier month is in the year before.
    if second.year is None or first.month is None or second.month is None:
        return second.year
    return second.year if first.month <= second.month else second.year - 1


def _confirmed_years(found: list[Reading | Rejected]) -> set[int]:
    """Years the text writes in another full date, without a weekday or with one that fits:
    a year typed twice is no typo."""
    return {
        item.year
        for item in found
        if isinstance(item, Reading) and item.year is not None and item.stated_year is None
        and (day := item.explicit_day) is not None and item.weekday in (None, day.weekday())
    }


def _keep_confirmed_years(found: list[Reading | Rejected]) -> None:
    """Undo a year correction when another date confirms the year as written: then the
    weekday is the slip ("Jumat (25/7/2025)" then "Jumat (26/7/2025)")."""
    confirmed = _confirmed_years(found)
    for index, item in enumerate(found):
        if isinstance(item, Reading) and item.stated_year in confirmed:
            found[index] = _with(item, year=item.stated_year, stated_year=None)


def readings(text: str) -> list[Reading | Rejected]:
    """Every time expression in ``text``, left to right, as a reading or a rejection."""
    found = list(_raw_readings(text))
    _keep_confirmed_years(found)
    for index in range(len(found) - 2, -1, -1):
        first, second = found[index], found[index + 1]
        if isinstance(first, Reading) and isinstance(second, Reading) and _shares_year(first, second, text):
            found[index] = _with(first, year=_shared_year(first, second))
    _restated_dates_keep_year(found)
    return found


def _restated_dates_keep_year(found: list[Reading | Rejected]) -> None:
    """A day and month written again without its year ("digelar pada 14 Juli 2025 ... defile
    14 Juli") is the date written before with it: a report names the same day, not the one
    nearest to its own date. A weekday given with it must still fit."""
    years: dict[tuple[int | None, int | None], int] = {}
    for index, item in enumerate(found):
        if not isinstance(item, Reading) or item.kind != "date":
            continue
        if item.year is not None:
            years[item.month, item.day] = item.year
            continue
        year = years.get((item.month, item.day))
        day = item.on(year) if year is not None and item.year_offset is None else None
        if day is not None and (item.weekday is None or day.weekday() == item.weekday):
            found[index] = _with(item, year=year)
