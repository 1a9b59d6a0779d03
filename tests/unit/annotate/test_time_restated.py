"""A date restated without its year, and a part of today ("pagi ini")."""

from __future__ import annotations

from datetime import date

import pytest

from warta.annotate.time import find_timexes

ANCHOR = date(2025, 9, 18)


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value or "") for t in find_timexes(text, ANCHOR, "published")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # Nearest to the anchor would be 2025-11-02; the text said which year.
            "Pemilu sela digelar pada 2 November 2024. Sejak 2 November, oposisi menolak hasilnya.",
            [("2 November 2024", "2024-11-02"), ("2 November", "2024-11-02")],
        ),
        (
            "Traktat itu diteken pada 10 Oktober 2023 di Jenewa. "
            '"Sampai 10 Oktober itu kami terus menunggu," kata dia.',
            [("10 Oktober 2023", "2023-10-10"), ("10 Oktober", "2023-10-10")],
        ),
    ],
)
def test_time_restated_day_and_month_keep_the_year_written_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_time_restated_date_only_takes_a_year_written_before_it() -> None:
    # The full date comes after: the bare one stays the date nearest the anchor.
    assert values("Sejak 2 November, oposisi menolak hasil pemilu 2 November 2024.") == [
        ("2 November", "2025-11-02"),
        ("2 November 2024", "2024-11-02"),
    ]


def test_time_restated_date_with_a_weekday_that_does_not_fit_keeps_the_weekday() -> None:
    # 2 November 2024 was a Saturday; "Minggu (2/11)" is the Sunday of 2025.
    found = values("Pemilu digelar 2 November 2024. Minggu (2/11) massa kembali turun ke jalan.")
    assert found[1] == ("Minggu (2/11)", "2025-11-02")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Militer menyebut agresi pagi ini menyasar pangkalan udara.", [("pagi ini", "2025-09-18")]),
        ("Presiden dijadwalkan berpidato malam ini di Istana.", [("malam ini", "2025-09-18")]),
        ("Hujan turun sejak sore ini di ibu kota.", [("sore ini", "2025-09-18")]),
    ],
)
def test_time_part_of_today_is_today(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected
