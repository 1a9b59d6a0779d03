"""Time expressions added from unseen-article error patterns: Markdown day ranges, "nanti",
bare months after event words, years after comparisons, and "hari ini" without a reporting date.

Sentences written for these tests. Calendar checks: 14 March 2024 is a Thursday; 26 May 2026 is
a Tuesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from warta.annotate.time import find_timexes, scan

THURSDAY = date(2024, 3, 14)


def values(text: str, anchor: date | None = THURSDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, anchor, "published" if anchor else None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pameran buku digelar pada 12--15 September 2024 di Yogyakarta.", [("12--15 September 2024", "2024-09")]),
        ("Forum investasi berlangsung 3–5 April di Bali.", [("3–5 April", "2024-04")]),
        ("Latihan bersama dijadwalkan 20 — 24 Mei 2024.", [("20 — 24 Mei 2024", "2024-05")]),
    ],
)
def test_time_day_ranges_with_any_dash_are_the_month(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sidang putusan digelar Juni nanti.", [("Juni nanti", "2024-06")]),
        ("Panitia menargetkan jembatan rampung Februari nanti.", [("Februari nanti", "2025-02")]),
        ("Aturan itu mulai berlaku 1 Mei nanti.", [("1 Mei nanti", "2024-05-01")]),
        ("Tim akan bertolak ke Doha Sabtu nanti.", [("Sabtu nanti", "2024-03-16")]),
    ],
)
def test_time_nanti_looks_forward_after_months_dates_and_weekdays(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


def test_time_nanti_after_a_period_stays_in_the_current_one() -> None:
    assert values("Seluruh dapur umum ditargetkan beroperasi akhir tahun nanti.") == [("akhir tahun", "2024")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pengamat menilai pemilu April di Bangladesh akan berlangsung ketat.", [("April", "2024-04")]),
        ("Para menteri bersiap menghadapi KTT Mei di Tokyo.", [("Mei", "2024-05")]),
        ("Kompetisi liga yang dimulai Januari itu diikuti 18 klub.", [("Januari", "2024-01")]),
    ],
)
def test_time_bare_month_after_event_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Kerusuhan Mei masih membekas bagi para korban.", "Penyanyi Juni Sihombing merilis album baru."],
)
def test_time_bare_month_in_names_of_episodes_or_people_is_no_date(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Produksi padi turun 12 persen dibandingkan 2022," kata kepala dinas.', [("2022", "2022")]),
        ("Angka itu naik tajam dibanding 2019.", [("2019", "2019")]),
        ("Harga tiket kini lebih murah ketimbang 2021.", [("2021", "2021")]),
    ],
)
def test_time_bare_year_after_a_comparison(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


def test_time_hari_ini_without_reporting_date_is_not_read_from_backstory() -> None:
    text = (
        "Lebih dari 200 warga mengungsi sejak banjir pertama pada 9 Januari 2026. "
        "Bantuan tahap kedua tiba hari ini di posko utama."
    )
    timexes, problems = scan(text, None, None)
    assert [(t.text, t.value) for t in timexes] == [("9 Januari 2026", "2026-01-09")]
    assert [p.code for p in problems] == ["timex.unresolved"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sejak 9 Januari 2026 warga mengungsi. Bantuan tiba hari ini, kata camat, Selasa (26/5/2026).",
            ("hari ini", "2026-05-26"),
        ),
        (
            "Sejak 9 Januari 2026 warga mengungsi. Bantuan tiba kemarin, kata camat, Selasa (26/5/2026).",
            ("kemarin", "2026-05-25"),
        ),
    ],
)
def test_time_day_words_use_the_reporting_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, None)


def test_time_hari_ini_uses_publication_date_over_text_dates() -> None:
    text = "Banjir pertama terjadi pada 9 Januari 2024. Bantuan tahap kedua tiba hari ini."
    assert ("hari ini", "2024-03-14") in values(text)
