"""Rules that read a date against the report's own day: "Jumat lalu" after a told date, and a
weekday date whose year was typed one behind."""

from __future__ import annotations

from datetime import date

import pytest

from warta.annotate.time import scan

PUBLISHED = date(2025, 3, 10)  # a Monday


def values(text: str, anchor: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value or "") for t in scan(text, anchor, "published" if anchor else None)[0]]


@pytest.mark.parametrize("anchor", [PUBLISHED, None])
def test_time_weekday_lalu_counts_back_from_the_report_not_from_a_told_date(anchor: date | None) -> None:
    text = (
        "Jakarta, Senin (10/3/2025). Gencatan senjata berlaku sejak Jumat (7/3/2025). "
        "Namun, sebuah pos perbatasan kembali ditembaki pada Jumat lalu, kata juru bicara militer."
    )
    # Without a publication date the report's day is the weekday date it states last.
    found = dict(values(text, anchor))
    assert found["Jumat lalu"] == "2025-03-07"


@pytest.mark.parametrize("anchor", [PUBLISHED, None])
def test_time_weekday_date_with_the_year_typed_behind_takes_the_report_year(anchor: date | None) -> None:
    # 8 March is a Saturday in 2025; in 2024 it was a Friday.
    text = "Jakarta, Senin (10/3/2025). Militer mengumumkan pada Sabtu (8/3/2024) bahwa dua komandan tewas."
    found, problems = scan(text, anchor, "published" if anchor else None)
    assert ("Sabtu (8/3/2024)", "2025-03-08") in [(t.text, t.value) for t in found]
    assert "timex.year_corrected" in [p.code for p in problems]


@pytest.mark.parametrize(
    "text",
    [
        # The weekday fits the year after, but that day is after the report: the day is the slip.
        "Jakarta, Senin (10/3/2025). Perjanjian itu diteken pada Selasa (11/3/2024).",
        # The weekday is right for the year written: nothing to fix.
        "Jakarta, Senin (10/3/2025). Perjanjian itu diteken pada Senin (11/3/2024).",
    ],
)
def test_time_weekday_date_year_kept_when_the_year_after_does_not_fit_the_report(text: str) -> None:
    assert "2024-03-11" in [value for _, value in values(text, PUBLISHED)]
