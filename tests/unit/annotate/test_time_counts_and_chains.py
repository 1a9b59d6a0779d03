"""A bare month chained to a dated month, and "hari ini" after a count of days."""

from __future__ import annotations

from datetime import date

import pytest

from warta.annotate.time import find_timexes

ANCHOR = date(2025, 9, 18)


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value or "") for t in find_timexes(text, ANCHOR, "published")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kapal perang itu sama dengan yang dikerahkan saat latihan Maret dan Agustus 2023.",
            [("Maret", "2023-03"), ("Agustus 2023", "2023-08")],
        ),
        (
            "Harga beras naik sepanjang Januari hingga Mei 2024, menurut BPS.",
            [("Januari", "2024-01"), ("Mei 2024", "2024-05")],
        ),
        (
            "Ekspor anjlok selama November dan Desember tahun 2022.",
            [("November", "2022-11"), ("Desember tahun 2022", "2022-12")],
        ),
    ],
)
def test_time_bare_month_chained_to_a_dated_month_takes_its_year(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ia bertemu Juni dan Budi di kantor camat.",  # given names: no year follows
        "Lagu April karya band itu diputar ulang.",
    ],
)
def test_time_bare_month_without_a_dated_partner_stays_a_name(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Para sandera akan dibebaskan dalam dua atau tiga hari ini, kata mediator.",
        "Bantuan itu dijadwalkan tiba dalam 2-3 hari ini.",
        "Hujan deras turun dalam beberapa hari ini di pesisir utara.",
        "Sudah tujuh hari ini listrik padam di desa itu.",
    ],
)
def test_time_hari_ini_after_a_count_of_days_is_not_today(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sidang putusan digelar hari ini di Den Haag.", "hari ini"),
        ("Berikut jadwal Piala Presiden 2025 hari ini di Bandung.", "hari ini"),  # a year, not a count
        ("Kalau punya Rp 5 juta hari ini, mau ditaruh di mana?", "hari ini"),  # an amount, not days
    ],
)
def test_time_hari_ini_after_other_words_is_the_anchor_day(sentence: str, expected: str) -> None:
    assert (expected, "2025-09-18") in values(sentence)
